"""gp-066 .. gp-070: merged PDFs (a GP document followed by enclosed earlier documents in one file)."""
import sys

from gp_common import build

DOCS = []


def merged(stem, label, parts):
    DOCS.append({'stem': stem, 'label': label, 'parts': parts})


def part(render, text, kinds, date, author, **opts):
    return {'render': render, 'text': text, 'opts': opts, 'label': {'kinds': kinds, 'date': date, 'author': author}}


# ---------------------------------------------------------------------------------------------- 066
merged('gp-066-bijlagen-verwijzing-orthopedie', {
    'kinds': ['referral', 'correspondence'], 'date': '2026-11-09', 'author': 'gp',
    'style': 'merged PDF: GP referral + enclosed outpatient letter', 'referral_question': True,
    'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
    'notes': 'two documents in one file; the specialist letter (enclosure) is older and proposes surgery only'}, [
    part('platypus', """
LH: Huisartsenpraktijk Hoogkerk | Zuiderweg 55, 9745 AE Groningen
LH: dr. P. Smit, huisarts | 050-5562244 | AGB 01-038716

Aan: Handkliniek Noord
t.a.v. polikliniek second opinion
Groningen

Hoogkerk, 9 november 2026

Betreft: mevrouw J. Veenstra, geb. 15-05-1968

Geachte collega,

Mevrouw Veenstra, 58 jaar, bloemist, heeft sinds 2024 pijn aan de radiale zijde van de linkerpols. Zij werd in september door de orthopeed van het Martini Ziekenhuis gezien; op de röntgenfoto werd STT-artrose vastgesteld en er werd een artrodese voorgesteld. Zij wil graag een tweede mening voordat zij een besluit neemt, mede omdat zij bang is haar vak niet meer te kunnen uitoefenen met een vastgezette pols.

Mijn vraag aan u: is een STT-artrodese in haar geval de beste behandeling, of zijn er alternatieven (bijvoorbeeld een resectie-artroplastiek of injecties)?

De polikliniekbrief van de orthopeed is bijgevoegd.

Medicatie: paracetamol z.n., etoricoxib 60 mg z.n.
Allergieën: geen.

Met vriendelijke groet,

dr. P. Smit
huisarts
""", ['referral'], '2026-11-09', 'gp', pagenum=None),
    part('canvas', """
LH: Martini Ziekenhuis | Orthopedie
LH: Van Swietenplein 1, 9728 NT Groningen | T 050-5245245

K: Ons kenmerk | ORT/ 2026-09-30 / 7720184
K: Datum | 30 september 2026

Aan:
dr. P. Smit, huisarts
Zuiderweg 55
9745 AE Groningen

K: Betreft | mevr. J. Veenstra, geb. 15-05-1968, patiëntnr. 7720184

Geachte collega,

Op 29 september zagen wij uw patiënte op de polikliniek orthopedie.

## Anamnese
Sinds 2 jaar pijn radiaal aan de linkerpols, erger bij knijpen (snoeischaar) en bij belasten. Geen trauma. Injectie door u gaf 2 maanden verlichting.

## Lichamelijk onderzoek
Drukpijn over het STT-gewricht li, pijnlijke radiale deviatie. Grind-test CMC-1 negatief. Goede functie vingers.

## Aanvullend onderzoek
X-pols en scaphoidserie li (29-09-2026): gewrichtsspleetversmalling en subchondrale sclerose STT-gewricht. Radiocarpaal en CMC-1 zonder afwijkingen.

## Conclusie
Symptomatische STT-artrose links.

## Beleid
Opties besproken: conservatief (spalk, injectie), of een STT-artrodese. Patiënte wil hierover nadenken en neemt contact op als zij voor een operatie kiest.

Met vriendelijke groet,

drs. W.J. Kamminga, orthopedisch chirurg

cc: patiënte
""", ['correspondence'], '2026-09-30', 'specialist', header='Martini Ziekenhuis - Orthopedie - Veenstra, J. (15-05-1968)',
        pagenum='Pagina {p} van {n}', bars=False),
])

# ---------------------------------------------------------------------------------------------- 067
merged('gp-067-bijlagen-verwijzing-mrsa', {
    'kinds': ['referral', 'mrsa-screening'], 'date': '2026-11-30', 'author': 'gp',
    'style': 'merged PDF: GP referral + enclosed MRSA lab result', 'referral_question': True,
    'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
    'notes': 'MRSA result enclosed as its own page; referral describes earlier MRSA carriage, eradication and admission in Tangier'}, [
    part('docxpdf', """
LH: Huisartsenpraktijk Dauwendaele | Dauwendaelseweg 80, 4335 HG Middelburg
LH: dr. L. de Kam, huisarts | 0118-625500 | AGB 01-087710

Aan: Handcentrum Rijnland, second opinion handchirurgie

Middelburg, 30 november 2026

Betreft: de heer M. Benali, geboren 21-07-1964

Geachte collega,

Graag verwijs ik de heer Benali voor een second opinion naar uw kliniek.

Hij viel in september 2026 tijdens een familiebezoek in Marokko van een steiger en werd vijf dagen opgenomen in een ziekenhuis in Tanger. Daar werd een fractuur van het os scaphoideum links vastgesteld, die met gips is behandeld; hij is niet geopereerd. De CT-scan in het Adrz (Goes) van 2 november 2026 toont een uitblijvende consolidatie. De plastisch chirurg heeft een operatie met schroeffixatie en bottransplantaat aangeboden. Patiënt wil voor hij beslist een tweede mening.

Vraagstelling: is operatie op dit moment geïndiceerd, of is verlengde gipsbehandeling nog een optie?

Bij de MRSA-screening op 16 oktober bleek hij drager (neus). Na eradicatiebehandeling (mupirocine neuszalf en chloorhexidine wassingen) is op 20 november een controlescreening gedaan; deze uitslag is bijgevoegd.

Medicatie: metoprolol 50 mg, atorvastatine 40 mg.

Met vriendelijke groet,

dr. L. de Kam
""", ['referral'], '2026-11-30', 'gp', font='Arial', size=10.5, pagefield=False),
    part('platypus', """
LH: Stichting Diagnostisch Centrum Delta Zuid | Laboratorium voor Medische Microbiologie
LH: Postbus 4412, 4330 EA Middelburg | 0118-611000

# Eindrapport bacteriologisch onderzoek

K: Aanvrager | dr. L. de Kam, huisarts, Huisartsenpraktijk Dauwendaele
K: Patiënt | dhr. M. Benali
K: Geboortedatum | 21-07-1964
K: Ons nummer | DZ-26-361502
K: Afnamedatum | 20-11-2026
K: Rapportdatum | 25-11-2026
K: Klinische informatie | Controle na eradicatie MRSA-dragerschap (neus, 10-2026)

T: Materiaal | Onderzoek | Resultaat
T: Neus | MRSA-screening kweek | MRSA niet aangetoond
T: Keel | MRSA-screening kweek | MRSA niet aangetoond
T: Perineum | MRSA-screening kweek | MRSA niet aangetoond

K: Commentaar | Eerste controlekweek negatief. Volgens protocol tweede en derde controle na 1 en 2 weken.
K: Geautoriseerd | 25-11-2026, drs. A. Kortekaas, arts-microbioloog
""", ['mrsa-screening'], '2026-11-25', 'lab', kv_w=38, size=9.5, pagenum=None),
])

# ---------------------------------------------------------------------------------------------- 068
merged('gp-068-bijlagen-verwijzing-mri-verslag', {
    'kinds': ['referral', 'imaging-report'], 'date': '2026-10-05', 'author': 'gp',
    'style': 'merged PDF: GP referral + enclosed MRI report', 'referral_question': True,
    'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'unmentioned',
    'notes': 'radiology report appended; the report has a requester (orthopaedist) and a Vraagstelling of its own'}, [
    part('canvas', """
LH: Huisartsenpraktijk Stratum | Leenderweg 120, 5615 AC Eindhoven
LH: L.M. van Gerwen, huisarts | 040-2127080 | AGB 01-047560

Aan: Kliniek voor Hand- en Polschirurgie Utrecht
T.a.v. second opinion

>R Eindhoven, 05-10-2026

Betreft: mw. R. Kuijpers, geb. 10-10-2000

Geachte collega,

Mevrouw Kuijpers is een 25-jarige studente en fanatiek turnster met sinds februari 2026 pijn aan de ulnaire zijde van de rechterpols. De orthopeed van het Catharina Ziekenhuis liet een MRI maken (verslag bijgevoegd) en stelde op basis daarvan een artroscopie voor. Zij is nooit aan de pols geopereerd.

Zij en haar ouders willen graag een second opinion: is een artroscopie zinvol, of is er een conservatief traject mogelijk waarmee zij kan blijven turnen?

Met vriendelijke groet,

L.M. van Gerwen, huisarts
""", ['referral'], '2026-10-05', 'gp', pagenum=None),
    part('platypus', """
LH: Catharina Ziekenhuis Eindhoven | Afdeling Radiologie
LH: Michelangelolaan 2, 5623 EJ Eindhoven | 040-2399111

# RADIOLOGISCH ONDERZOEK

K: Patiënt | Kuijpers, R.
K: Geboortedatum | 10-10-2000
K: Patiëntnummer | 3307715
K: Aanvrager | dr. T. Aerts, orthopedisch chirurg, Orthopedie
K: Onderzoek | MRI pols rechts (zonder contrast)
K: Datum onderzoek | 18-09-2026
K: Klinische gegevens | Turnster, ulnaire polspijn re sinds 02-2026. Vraagstelling: TFCC-letsel? Ulnair impactie?

## Verslag
Ulnaire variantie +1 mm. Verhoogd signaal in de discus articularis van het TFCC met een lineaire scheur aan de radiale aanhechting (Palmer 1A), geen perifere losheid. Geen beenmergoedeem in lunatum of ulnakop. Scafolunair en lunotriquetraal ligament intact. ECU-pees in de groeve, geen tendinopathie. Kleine hoeveelheid vocht in het DRUG.

## Conclusie
Centrale TFCC-scheur (Palmer 1A), geen tekenen van ulnair impactiesyndroom.

drs. M.H. Peeters, radioloog
Geautoriseerd: 19-09-2026
""", ['imaging-report'], '2026-09-19', 'radiologist', pagenum=None, kv_w=40),
])

# ---------------------------------------------------------------------------------------------- 069
merged('gp-069-en-bijlagen-oxford-discharge', {
    'kinds': ['referral', 'correspondence', 'operation-report'], 'date': '2026-10-12', 'language': 'en',
    'author': 'gp', 'style': 'merged PDF: expat GP referral (English) + enclosed NHS discharge summary with operation',
    'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
    'notes': 'second part is a UK discharge summary with a full operation section (correspondence + operation report)'}, [
    part('platypus', """
LH: The Hague International Medical Practice | Johan de Wittlaan 12, 2517 JR Den Haag
LH: Dr Thomas Whitaker, GP | +31 70 3560 788 | AGB 01-065990

Kliniek voor Hand- en Polschirurgie Utrecht
Second opinion service

12 October 2026

Re: Ms Hannah Clarke, DOB 3 April 1979

Dear colleague,

Thank you for seeing Ms Clarke, a 47-year-old British violinist living in The Hague, for a second opinion.

In August 2026, while in Oxford for a festival, she sustained an open fracture of the proximal phalanx of her right index finger in a car door. She was admitted to the John Radcliffe Hospital, where she underwent washout and K-wire fixation; the discharge summary, which includes the operation details, is enclosed. The wires were removed in Oxford after four weeks.

She now has a stiff PIP joint (range 20-55 degrees) and cannot play. She has been offered tenolysis and capsulotomy at the Haaglanden MC and would like an independent opinion before deciding.

Medication: none. Allergies: none known.

Yours sincerely,

Dr Thomas Whitaker
General Practitioner
""", ['referral'], '2026-10-12', 'gp', pagenum=None),
    part('platypus', """
LH: Oxford University Hospitals NHS Foundation Trust | John Radcliffe Hospital
LH: Plastic and Hand Surgery | Headley Way, Oxford OX3 9DU

# Discharge Summary

K: Patient | CLARKE, Hannah
K: DOB | 03/04/1979
K: NHS / hospital no. | not registered / J4471820
K: Admitted | 14/08/2026
K: Discharged | 16/08/2026
K: Consultant | Mr R. Pennington, Consultant Hand Surgeon
K: GP | Dr T. Whitaker, The Hague, Netherlands (overseas visitor)

## Diagnosis
Open comminuted fracture, base of proximal phalanx, right index finger (Gustilo I), after a car-door crush injury.

## Investigations
X-ray right hand 14/08/2026: comminuted intra-articular fracture base of P1 index finger, mild angulation.

## Operation
K: Date | 14/08/2026
K: Procedure | Washout and debridement, closed reduction and K-wire fixation (2 x 1.1 mm) P1 right index finger
K: Surgeon | Mr R. Pennington; assistant Dr A. Chaudhry (ST5)
K: Anaesthetic | Regional (axillary block)
K: Findings | 1 cm volar-radial wound, contaminated; extensor and flexor tendons intact; digital nerves intact.
K: Description | Wound extended, debrided and irrigated with 3 L saline. Fracture reduced under image intensifier, fixed with two crossed K-wires, wires cut and bent outside skin. Wound closed loosely with 5-0 nylon. Volar slab.
K: Complications | None

## Medication on discharge
Co-amoxiclav 625 mg TDS for 5 days; paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN.

## Plan
Hand therapy from day 5. Wound check and X-ray in Hand Clinic at 2 weeks. K-wire removal at 4 weeks. Patient advised to inform her GP in the Netherlands.

Electronically signed: Dr A. Chaudhry for Mr R. Pennington, 16/08/2026
""", ['correspondence', 'operation-report'], '2026-08-16', 'specialist', pagenum='Page {p} of {n}', kv_w=36),
])

# ---------------------------------------------------------------------------------------------- 070
merged('gp-070-bijlagen-samenvatting-brief-rontgen', {
    'kinds': ['history', 'correspondence', 'imaging-report'], 'date': '2026-11-02', 'author': 'gp',
    'style': 'merged PDF: HIS summary + enclosed specialist letter + X-ray report', 'imaging_done': 'yes',
    'operated': 'no', 'treated_abroad': 'yes',
    'notes': 'three parts; old fracture treated in a Spanish hospital (2019, abroad); newest imaging (CT) is mentioned but its report is not included'}, [
    part('canvas', """
# Professionele samenvatting
K: Datum uitdraai | 02-11-2026
K: Patiënt | Verbruggen, T. (m)
K: Geboortedatum | 25-01-1972
K: Huisarts | J. Hermans, Huisartsenpraktijk Ginneken, Breda (AGB 01-084473)

## Episodelijst
K: L72 | Fractuur distale radius links (2019, Spanje) - afgesloten
K: L99 | Instabiliteit DRUG links - sinds 04-2026
K: K86 | Hypertensie - sinds 2020
K: A04 | Moeheid - 2025, afgesloten

## Journaal (selectie)
K: 12-08-2019 | Telefonisch: pt in Spanje (Valencia) gevallen van fiets, SEH Hospital Clínico Universitario de Valencia, distale radiusfractuur li, gips. Controle in NL.
K: 22-08-2019 | Brief specialist ontvangen: gipspoli Amphia, stand acceptabel, conservatief verder.
K: 14-04-2026 | S: sinds maanden klikken en pijn pinkzijde li pols bij draaien (padel). O: pianotoetsfenomeen +, DRUG-instabiliteit? P: X-pols li aangevraagd, verwijzing plastische chirurgie Amphia.
K: 01-07-2026 | Uitslag X-pols li (30-06-2026): oude geconsolideerde radiusfractuur, ulna plus 2 mm.
K: 16-07-2026 | Brief specialist ontvangen: plast. chir. Amphia - DRUG-instabiliteit, CT aangevraagd, evt. stabiliserende operatie.
K: 25-08-2026 | Uitslag CT beide polsen (20-08-2026): subluxatie ulnakop li bij pronatie.
K: 12-10-2026 | S: operatie (DRUG-stabilisatie) voorgesteld, pt wil second opinion. P: verwijzing via ZorgDomein. Patiënt is niet eerder aan de pols geopereerd.

## Medicatie
K: | perindopril 4 mg 1dd

## Allergieën
K: | geen
""", ['history'], '2026-11-02', 'gp', header='Huisartsenpraktijk Ginneken - Professionele samenvatting - Verbruggen, T.',
        pagenum='Pagina {p} van {n}', kv_x=46),
    part('platypus', """
LH: Amphia | Plastische, Reconstructieve en Handchirurgie
LH: Molengracht 21, 4818 CK Breda | 076-5955000

K: Datum | 14 juli 2026
K: Ons kenmerk | PCH/hv/6610927
K: Aan | J. Hermans, huisarts, Breda
K: Betreft | dhr. T. Verbruggen, geb. 25-01-1972

Geachte collega,

Wij zagen uw patiënt op 13 juli op onze polikliniek.

**Anamnese:** sinds enkele maanden klikken en pijn ulnair aan de linkerpols bij draaibewegingen, met name bij padel. In 2019 distale radiusfractuur li, in Spanje met gips behandeld.

**Lichamelijk onderzoek:** positief pianotoetsfenomeen li, pijnlijke ballottement van het DRUG, ulnocarpale stresstest negatief.

**Aanvullend onderzoek:** X-pols li (30-06-2026): oude geconsolideerde distale radiusfractuur, positieve ulnaire variantie 2 mm.

**Conclusie:** verdenking instabiliteit van het distale radio-ulnaire gewricht links na oude radiusfractuur.

**Beleid:** CT van beide polsen in pronatie en supinatie. Afhankelijk daarvan bespreken wij een stabiliserende operatie (bijv. Adams-procedure).

Met vriendelijke groet,

dr. H. van Velzen, plastisch chirurg
""", ['correspondence'], '2026-07-14', 'specialist', pagenum=None, kv_w=32),
    part('canvas', """
LH: Amphia | Radiologie
LH: Molengracht 21, Breda |

K: Patiënt | Verbruggen, T.
K: Geb. | 25-01-1972
K: Aanvrager | J. Hermans, huisarts
K: Onderzoek | X-pols links, 2 richtingen
K: Datum | 30-06-2026

K: Verslag | Oude, geconsolideerde distale radiusfractuur met geringe dorsale kanteling van het gewrichtsvlak. Positieve ulnaire variantie van 2 mm. Geen recente fractuur. Geen artrose radiocarpaal. Weke delen normaal.
K: Conclusie | Status na oude radiusfractuur li met ulna plus 2 mm.

dr. S. Yilmaz, radioloog
""", ['imaging-report'], '2026-06-30', 'radiologist', pagenum=None, kv_x=45),
])

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
