"""gp-033 .. gp-046: HIS printouts and GP summaries (journal, episode lists, SOEP). All invented."""
import sys

from gp_common import build

DOCS = []


def doc(stem, render, text, label, **opts):
    DOCS.append({'stem': stem, 'render': render, 'text': text, 'label': label, 'opts': opts})


doc('gp-033-uitdraai-journaal-cts', 'txt', """
HUISARTSENPRAKTIJK DE ESCH                                        Uitdraai journaal
Eschweg 12, 7534 AA Enschede                                      Datum uitdraai: 20-11-2026
AGB 01-057761                                                     Gebruiker: ASSIST-02
------------------------------------------------------------------------------------------------
Patiënt : Hofstede, G. (Gerrit)          Geb.datum: 12-10-1964      Geslacht: M
BSN     : 133 904 528                    Verzekeraar: Menzis        Huisarts: dr. B. Nijhuis
Adres   : Lasondersingel 44, 7514 BR Enschede
------------------------------------------------------------------------------------------------

EPISODELIJST (actueel)
ICPC    Omschrijving                                 Begin        Attentie
N93     Carpaletunnelsyndroom rechts                 03-02-2025   *
L87     Ganglion pols links                          19-08-2026
K86     Hypertensie zonder orgaanschade              2011
T90     Diabetes mellitus type 2                     2016         *
L90     Artrose knie beiderzijds                     2020

EPISODELIJST (inactief)
D88     Appendicitis - appendectomie                 1983 - 1983
L81     Distorsie pols rechts                        05-2024 - 07-2024

MEDICATIE (actueel)
Metformine 1000 mg          2dd1
Lisinopril 10 mg            1dd1
Simvastatine 40 mg          1dd1 a.n.
Paracetamol 500 mg          z.n. max 6dd2

INTOLERANTIES / CONTRA-INDICATIES
Geen allergieën bekend. CI: diabetes mellitus.

JOURNAAL (01-01-2025 t/m 20-11-2026)
Datum       Arts  R   Tekst
03-02-2025  BN    S   Sinds 3 mnd tintelingen dig 1-3 re, 's nachts wakker, schudt hand uit. Werkt als
                      metaalbewerker, trillend gereedschap.
                  O   Tinel +, Phalen + re. Sens dig 1-3 iets verminderd. Geen thenaratrofie.
                  E   N93 Carpaletunnelsyndroom rechts
                  P   Nachtspalk, uitleg. Controle 6 wk.
17-03-2025  BN    S   Spalk helpt deels. Overdag ook klachten.
                  P   Injectie triamcinolon 10 mg carpale tunnel re. Status na injectie: geen bijz.
28-05-2025  BN    S   Na 6 weken klachten terug, nu ook onhandig met knopen.
                  O   Sensibiliteit dig 1-3 re verminderd, 2PD 8 mm.
                  E   N93 CTS re, therapieresistent
                  P   Verwijzing neurologie MST voor EMG.
02-07-2025  AS        Brief specialist ontvangen: neuroloog MST, EMG: ernstig CTS re, licht CTS li. Advies
                      operatieve behandeling.
04-07-2025  BN    P   Verwijzing plastische chirurgie MST, ZorgDomein, voor carpale tunnel release re.
15-09-2025  AS        Brief specialist ontvangen: plast. chir. MST - d.d. 11-09-2025 open carpale tunnel
                      release re verricht (dagbehandeling). Hechtingen eruit bij HA na 10-14 dgn.
23-09-2025  DA    O   Wond re rustig, hechtingen verwijderd. Sensibiliteit verbeterd.
                  P   Oefenen volgens folder.
11-11-2025  BN    S   DM-controle. Geen hypo's. Hand re veel beter, restpijn in litteken.
                  O   RR 142/86, gewicht 96 kg, BMI 30,6. Lab: HbA1c 54, kreat 88, eGFR 82.
                  E   T90 DM2 redelijk gereguleerd; N93 status na CTR re.
                  P   Leefstijladvies, controle 3 mnd.
10-03-2026  POH   DM-controle: HbA1c 52. Voeten: monofilament intact. Fundus 2025 geen retinopathie.
19-08-2026  BN    S   Sinds 2 mnd zwelling dorsaal pols li, drukgevoelig bij steunen.
                  O   Ronde zwelling 1,5 cm dorsaal SL-gebied, transilluminatie +.
                  E   L87 Ganglion pols links
                  P   Echo pols li aangevraagd (MST).
03-09-2026  AS        Uitslag echo pols li (MST, 01-09-2026): ganglion 14 x 9 mm uitgaande van SL-
                      gewricht, geen synovitis.
24-09-2026  BN    S   Pijn neemt toe, ook weer tintelingen in re hand 's nachts (sinds zomer).
                  O   Re: litteken rustig, Tinel licht +. Li: ganglion onveranderd.
                  E   L87 ganglion li; N93 recidief klachten re?
                  P   Pt wil second opinion over beide handen. Uitleg. Verwijzing volgt na overleg.
14-10-2026  BN    P   Verwijzing second opinion handchirurgie via ZorgDomein (Handcentrum Rijnland).
                      Operatieverslag MST en EMG-brief meegestuurd.
20-11-2026  AS        Uitdraai journaal gemaakt op verzoek van Handcentrum Rijnland (intake).

------------------------------------------------------------------------------------------------
Einde uitdraai - vertrouwelijk medisch dossier
""", {'kinds': ['history'], 'date': '2026-11-20', 'author': 'gp', 'style': 'HIS journal printout, plain text, ICPC episodes + SOEP',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'print date next to birth date at top; journal lines "Brief specialist ontvangen", "Verwijzing ..."; appendectomy other operation'},
    wrap=False)

doc('gp-034-professionele-samenvatting-nice', 'platypus', """
# Professionele samenvatting

K: Praktijk | Huisartsenpraktijk Zeeheldenkwartier, Prins Hendrikplein 9, 2518 JA Den Haag - AGB 01-064118
K: Huisarts | drs. C.A. Dekker
K: Datum uitdraai | 01-12-2026
K: Patiënt | mevr. I. Vermeer
K: Geboortedatum | 05-06-1971
K: BSN | 287 320 619
K: Verzekeraar | Zilveren Kruis - 77810332

## Actuele episodes
T: ICPC | Omschrijving | Begindatum | Toelichting
T: L72 | Fractuur distale radius links | 09-04-2026 | SEH Nice, gips
T: L99 | Complex regionaal pijnsyndroom? | 11-06-2026 | na fractuur li
T: P74 | Angststoornis | 2014 | in remissie, SSRI
T: K86 | Hypertensie | 2021 |

## Afgesloten episodes (selectie)
T: ICPC | Omschrijving | Periode | Toelichting
T: X87 | Uterus prolaps | 2018 - 2019 | vaginale hysterectomie 2019
T: S18 | Snijwond hand rechts | 2010 | gehecht HAP

## Medicatie
T: Middel | Dosering | Sinds
T: Sertraline 50 mg | 1dd1 | 2014
T: Hydrochloorthiazide 12,5 mg | 1dd1 | 2021
T: Vitamine C 500 mg | 1dd1 | 04-2026
T: Paracetamol 1000 mg | z.n. max 3dd | 04-2026

## Intoleranties
K: | Codeïne (misselijkheid)

## Journaal (laatste 12 maanden)
K: 09-04-2026 | Telefonisch contact: pt belt uit Nice. Val op straat op li hand. Gezien op de urgences van het Hôpital Pasteur (CHU de Nice). Röntgenfoto: distale radiusfractuur li, niet verplaatst. Onderarmgips aangelegd, controle in NL over 1 week.
K: 16-04-2026 | S: terug uit Frankrijk, gips zit goed. Franse brief + CD meegenomen. O: vingers warm, goede capillaire refill. E: L72 fractuur distale radius li. P: verwijzing SEH/gipspoli HMC voor controle en vervolg.
K: 18-04-2026 | Brief specialist ontvangen: SEH HMC Westeinde, controlefoto stand goed, gips continueren tot 6 weken na trauma.
K: 22-05-2026 | Gips eraf (HMC). Start fysiotherapie.
K: 11-06-2026 | S: brandende pijn, zwelling, verkleuring li hand, overgevoelig voor aanraking. O: hand li oedemateus, glanzende huid, temperatuurverschil. E: L99 verdenking CRPS li. P: overleg revalidatiearts; verwijzing revalidatie Sophia; vit C continueren.
K: 02-07-2026 | Brief specialist ontvangen: revalidatiearts Basalt - CRPS type 1 li hand, PEPT-traject gestart.
K: 14-09-2026 | S: pijn verminderd maar kracht en beweeglijkheid pols beperkt, werk (tandartsassistente) lukt niet. E: L72 status na radiusfractuur li, restklachten. P: pt wil beoordeling door handchirurg, second opinion. Verwijzing via ZorgDomein (HandPols Kliniek Amsterdam).
K: 03-11-2026 | RR 134/82. Hypertensie stabiel. Herhaalrecepten.
K: 01-12-2026 | Samenvatting uitgedraaid t.b.v. second opinion (verzoek kliniek).

## Bijzonderheden
K: | Geen operaties aan pols of hand. Hysterectomie 2019 (Haga).
""", {'kinds': ['history'], 'date': '2026-12-01', 'author': 'gp', 'style': 'HIS professional summary, platypus tables, header/footer',
      'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'treated at the urgences of Hôpital Pasteur Nice (abroad); "Geen operaties aan pols of hand"; hysterectomy other body part'},
    header='Professionele samenvatting - Vermeer, I. - geb. 05-06-1971 - uitdraai 01-12-2026',
    footer='Vertrouwelijk - HIS Zeeheldenkwartier', kv_w=28, size=9)

doc('gp-035-patientoverzicht-triggerduim', 'docx', """
# Patiëntoverzicht

K: Datum uitdraai | 26-11-2026
K: Patiënt | Postma, L. (Lars)
K: Geboren | 23-09-1988
K: Praktijk | Huisartsenpraktijk Zuiderpark, Leeuwarden (AGB 01-078834)
K: Eigen huisarts | S.J. de Haan

## Episodelijst
T: ICPC | Omschrijving | Begin | Einde
T: L87 | Triggerduim rechts | 04-03-2026 |
T: L87 | Tendovaginitis flexoren dig 2 re | 04-03-2026 |
T: A85 | Bijwerking medicatie (statine) | 2024 | 2024
T: R96 | Astma | 2002 |
T: L76 | Fractuur os metacarpale V li (boksersfractuur) | 2012 | 2012

## Medicatie
T: Geneesmiddel | Gebruik | Start
T: Beclometason/formoterol 100/6 | 2dd2 | 2019
T: Salbutamol 100 mcg | z.n. | 2002
T: Ibuprofen 400 mg | z.n. | 03-2026

## Journaal
T: Datum | Regel | Tekst
T: 04-03-2026 | S | Sinds januari hapert de duim re, pijn bij grijpen. Werkt als kok. Ook wijsvinger soms stijf.
T: 04-03-2026 | O | Knobbeltje ter hoogte A1 duim re, triggering bij flexie-extensie. Crepitaties flexorpees dig 2.
T: 04-03-2026 | E | L87 Triggerduim re
T: 04-03-2026 | P | Injectie triamcinolon 10 mg A1 duim re. Controle z.n.
T: 20-05-2026 | S | Na 6 weken recidief. Wijsvinger nu ook op slot in de ochtend.
T: 20-05-2026 | P | Echo hand re aangevraagd, 2e injectie.
T: 12-06-2026 | - | Uitslag echo hand re (Medisch Centrum Leeuwarden): verdikte A1-pulley duim re, tenosynovitis flexoren dig 2. Geen ganglion.
T: 01-07-2026 | P | Verwijzing plastische chirurgie MCL: verwezen voor operatie (A1-klieving duim en dig 2).
T: 19-08-2026 | - | Brief specialist ontvangen: plast. chirurg MCL, geplaatst op wachtlijst voor A1-release duim re en tenosynovectomie dig 2.
T: 06-10-2026 | S | Pt twijfelt over operatie, leest over injectie met hyaluronzuur. Wil eerst second opinion.
T: 06-10-2026 | P | Uitleg. Verwijzing second opinion handchirurgie, pt kiest zelf kliniek.
T: 26-11-2026 | - | Patiëntoverzicht uitgedraaid en meegegeven aan patiënt.
""", {'kinds': ['history'], 'date': '2026-11-26', 'author': 'gp', 'style': 'HIS patient overview in Word tables',
      'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': '"verwezen voor operatie" and waiting list only; journal lines "Verwijzing" / "Brief specialist ontvangen"'},
    header='Huisartsenpraktijk Zuiderpark - Patiëntoverzicht Postma, L. 23-09-1988', font='Arial', size=9.5)

doc('gp-036-samenvatting-geen-rontgen', 'txt', """
PROFESSIONELE SAMENVATTING                                   afgedrukt: 07-10-2026 10:14
Huisartsenpraktijk Tuindorp, Utrecht - M.E. Verhagen, huisarts - AGB 01-031176

Naam: A. van Rijn        Geboortedatum: 18-03-1957     Geslacht: vrouw
Adres: Burgemeester Norbruislaan 9, 3571 XL Utrecht
Verzekering: Zilveren Kruis

== Episodes ==
[actief]
  T90   Diabetes mellitus type 2                        sinds 2012
  K86   Hypertensie                                     sinds 2009
  L87   Triggerfinger dig 3 en 4 links                  sinds 09-2025
  L91   Artrose handen (Heberden/Bouchard)              sinds 2022
  P06   Slaapstoornis                                   sinds 2023
[passief]
  L73   Fractuur enkel rechts (operatie 2001)           2001
  F92   Cataract beiderzijds - operatie                 2020

== Medicatie ==
  metformine 1000 mg 2dd; sitagliptine 100 mg 1dd; perindopril 4 mg 1dd; atorvastatine 40 mg 1dd;
  temazepam 10 mg z.n. (max 2x/wk)

== Allergieën ==
  geen bekend

== Journaal (selectie laatste 15 maanden) ==
11-09-2025  S: stijve, pijnlijke middel- en ringvinger li, 's ochtends op slot, moet ze met andere hand
               strekken. O: noduli A1-pulley dig 3 en 4 li, triggering. E: L87 triggerfinger dig 3-4 li.
               P: uitleg, spalk.
30-10-2025  P: injectie triamcinolon 10 mg dig 3 li. Dig 4 afwachten.
22-01-2026  S: dig 3 beter, dig 4 erger. P: injectie dig 4 li.
05-03-2026  POH DM: HbA1c 58 mmol/mol, RR 138/80, voeten sensibel. Eigen regie goed.
15-05-2026  S: beide vingers weer op slot, ook pijn in DIP-gewrichten. O: Heberden noduli dig 2-4 li
               en re. Triggering dig 3 en 4 li. E: L87 recidief triggerfinger; L91 artrose handen.
               P: geen röntgenfoto gemaakt, klinisch beeld duidelijk. Overleg: verwijzing of 3e injectie.
               Pt kiest 3e injectie.
10-07-2026  S: injecties helpen niet meer. Wil 'er vanaf'. Buurvrouw is geopereerd en is tevreden.
               P: Verwijzing plastische chirurgie Diakonessenhuis voor A1-klieving dig 3-4 li.
02-09-2026     Brief specialist ontvangen: plastisch chirurg Diak - operatie besproken, pt twijfelt
               i.v.m. gebruik bloedverdunners? (nvt). Pt vraagt bedenktijd.
07-10-2026  S: wil eerst second opinion elders vanwege eerdere slechte ervaring met enkeloperatie.
               P: verwijzing second opinion via ZorgDomein. Samenvatting meegegeven.

Einde samenvatting.
""", {'kinds': ['history'], 'date': '2026-10-07', 'author': 'gp', 'style': 'HIS professional summary plain text',
      'imaging_done': 'no', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': '"geen röntgenfoto gemaakt"; ankle and cataract operations and neighbour surgery are not the hand problem; hand surgery only planned'},
    wrap=False)

doc('gp-037-journaal-alanya', 'canvas', """
LH: Huisartsenpraktijk Kruiskamp | Kruiskamp 30, 3815 BM Amersfoort
LH: A.C. Willems, huisarts | AGB 01-052209 | 033-4721155

# Uitdraai journaal
K: Patiënt | mevr. Z. Aydin
K: Geboortedatum | 17-02-1969
K: Datum uitdraai | 25-11-2026
K: Periode | 01-01-2025 t/m 25-11-2026
K: Uitgedraaid door | doktersassistente M. Peters

## Episodelijst
K: L72 | Fractuur distale radius links - 07-2026 (geopereerd Turkije)
K: L99 | Stijve pols li na fractuur - 10-2026
K: T90 | Diabetes mellitus type 2 - 2015
K: T82 | Obesitas (BMI 36) - 2015
K: K86 | Hypertensie - 2017
K: L03 | Lage rugpijn - 2020

## Journaal
K: 09-01-2025 | POH DM-controle. HbA1c 59 mmol/mol, RR 152/92, gewicht 101 kg, BMI 37. Voeten: sensibiliteit intact, geen ulcera. Leefstijl besproken, dieetadvies, verwijzing diëtist.
K: 06-02-2025 | S: hoesten sinds 10 dagen, koorts tot 38,5. O: crepitaties basaal re, sat 96%. E: R81 pneumonie. P: amoxicilline 500 mg 3dd 7 dgn. Controle z.n.
K: 10-03-2025 | S: rugpijn na tillen kleinkind. O: paravertebrale spierspanning, neurologisch geen uitval. E: L03 lage rugpijn. P: uitleg, blijven bewegen, paracetamol.
K: 14-04-2025 | POH DM: HbA1c 62. Metformine max, overweging SGLT2-remmer. Lab: kreat 71, eGFR > 90, LDL 2,9.
K: 02-06-2025 | S: controle RR. O: RR 146/88. P: amlodipine verhoogd naar 10 mg.
K: 15-09-2025 | Griepvaccinatie en COVID-vaccinatie gegeven.
K: 20-10-2025 | POH DM: HbA1c 60, gewicht 99 kg. Jaarcontrole: fundusfoto aangevraagd.
K: 28-11-2025 | Uitslag fundusfoto: geen diabetische retinopathie.
K: 14-01-2026 | POH DM-controle. HbA1c 61, RR 148/90, gewicht 98 kg. Advies beweegprogramma, metformine verhoogd.
K: 28-02-2026 | S: rugpijn, uitstraling li bil. O: SLR neg. E: L03. P: paracetamol, oefeningen.
K: 15-04-2026 | POH DM: HbA1c 57. Voetonderzoek normaal.
K: 22-07-2026 | Telefonisch (dochter): moeder is in Turkije gevallen op li hand, opgenomen in Alanya (Anadolu Hastanesi). Röntgenfoto: verplaatste radiusfractuur. Op 19-07-2026 geopereerd (plaat). Komt 05-08 terug.
K: 07-08-2026 | S: terug uit Turkije, spalk li, wond droog. Turkse ontslagbrief (in het Turks) + CD meegenomen. O: wond volair li rustig, hechtingen nog in situ, vingers goed doorbloed. E: L72 status na ORIF radius li (Turkije). P: hechtingen verwijderd. Verwijzing traumachirurgie Meander voor nacontrole. MRSA-kweek neus/keel/perineum afgenomen i.v.m. opname buitenland.
K: 12-08-2026 | Uitslag MRSA-screening: niet aangetoond (alle locaties).
K: 20-08-2026 | Brief specialist ontvangen: traumachirurgie Meander - controlefoto: plaat in goede positie, consolidatie gaande. Start handtherapie.
K: 17-09-2026 | POH DM: HbA1c 63 (ontregeld, minder bewegen i.v.m. pols). Overleg HA: start gliclazide.
K: 16-10-2026 | S: pols li erg stijf, kan niet koken of haar kleinzoon optillen. Pijn bij draaien. O: ext 20, flex 15, supinatie 30, pronatie 60. E: L99 stijve pols na fractuur. P: handtherapie continueren. Pt wil mening handchirurg over stijfheid en plaat.
K: 30-10-2026 | Brief specialist ontvangen: handtherapie Meander - geringe vooruitgang.
K: 04-11-2026 | P: verwijzing second opinion handchirurgie (HandPols Kliniek Amsterdam). Turkse brief laten vertalen door dochter.
K: 25-11-2026 | Journaal uitgedraaid op verzoek van kliniek.

## Medicatie
K: | metformine 1000 mg 2dd; gliclazide 30 mg 1dd (sinds 09-2026); amlodipine 10 mg 1dd; paracetamol 1000 mg 3dd

## Contra-indicaties
K: | diabetes mellitus; obesitas
""", {'kinds': ['history'], 'date': '2026-11-25', 'author': 'gp', 'style': 'HIS journal printout, canvas, repeated header',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'admitted and operated in Alanya, Turkey; journal line quotes an MRSA result (mention only, not a lab report)'},
    header='Uitdraai journaal  |  Aydin, Z.  |  geb. 17-02-1969  |  pagina {p} van {n}', pagenum=None,
    footer='Huisartsenpraktijk Kruiskamp - vertrouwelijk', kv_x=44, size=10.5)

doc('gp-038-en-patient-summary-manchester', 'platypus', """
LH: Expat Health Centre Eindhoven | Kennedyplein 210, 5611 ZT Eindhoven, NL
LH: Dr Priya Raman, GP (huisarts) | +31 40 2900 441 | AGB 01-095510

# Patient Summary

K: Printed | 27 Nov 2026
K: Patient | Mr Lukas Becker
K: Date of birth | 09 Jul 1983
K: Registered since | 03 Feb 2024
K: Health insurer | CZ (Dutch basic insurance)

## Active problems
T: ICPC | Problem | Since
T: L81 | Injury right wrist (scapholunate?) | Mar 2026
T: R97 | Hay fever | 2005
T: P06 | Insomnia | 2025

## Past problems
T: ICPC | Problem | Period
T: L76 | Fracture 5th metacarpal left - conservative | 2008
T: D88 | Appendicitis - laparoscopic appendicectomy (Germany) | 2016

## Medication
K: | Cetirizine 10 mg once daily in season; melatonin 1 mg at night (short term)

## Allergies
K: | None known

## Consultations (last 12 months)
K: 16 Mar 2026 | S: Returned from a business trip to Manchester. On 10 March fell on icy pavement onto right hand. Attended A&E at Manchester Royal Infirmary: X-ray of the wrist reported as no fracture, placed in a wrist splint. O: tender over dorsal SL interval, mild swelling. A: wrist sprain, possible ligament injury. P: continue splint 2 weeks, review.
K: 01 Apr 2026 | S: still painful, clicking. P: physiotherapy; MRI discussed, patient prefers to wait.
K: 17 Jun 2026 | S: persistent pain and weakness (plays tennis). O: Watson test painful. P: referred to orthopaedics, Catharina Ziekenhuis. MRI requested by orthopaedics.
K: 12 Aug 2026 | Specialist letter received: orthopaedics Catharina - MRI (28 Jul 2026) shows partial SL ligament tear, no instability on dynamic X-rays. Conservative treatment advised, no surgery.
K: 05 Nov 2026 | S: no improvement after hand therapy. Patient requests a second opinion at a specialised hand clinic. P: referral letter written, this summary enclosed.

No surgery on the wrist or hand to date.
""", {'kinds': ['history'], 'date': '2026-11-27', 'language': 'en', 'author': 'gp',
      'style': 'expat GP patient summary in English, platypus tables',
      'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'A&E in Manchester counts as treated abroad; appendicectomy in Germany is another operation; "No surgery on the wrist"'},
    pagenum='Page {p} of {n}', header='Patient Summary - Becker, L. - DOB 09 Jul 1983 - confidential', kv_w=30)

doc('gp-039-episodelijst-ra-2025', 'html', """
# Huisartsenpraktijk Wolfsdonken - Patiëntgegevens

K: Datum uitdraai | 18-03-2025
K: Patiënt | F. de Jong (m)
K: Geboortedatum | 29-01-1951
K: Adres | Zuid-Willemsvaart 120, 5211 NX 's-Hertogenbosch
K: Huisarts | J.H.M. van der Velden (AGB 01-045631)

## Episodelijst
T: Code | Omschrijving | Begin | Eind | Attentie
T: L88 | Reumatoïde artritis | 11-2021 | | ja
T: L91 | Artrose knie rechts | 2015 | |
T: K78 | Atriumfibrilleren | 2020 | | ja
T: N93 | Carpaletunnelsyndroom links | 02-2025 | |
T: S77 | Basaalcelcarcinoom neus, excisie | 2018 | 2018 |

## Medicatie
T: Middel | Dosering
T: Methotrexaat 20 mg | 1x per week (donderdag)
T: Foliumzuur 5 mg | 1x per week (vrijdag)
T: Prednison 5 mg | 1dd1
T: Rivaroxaban 20 mg | 1dd1
T: Bisoprolol 2,5 mg | 1dd1

## Journaal
T: Datum | | Omschrijving
T: 14-11-2024 | S | Meer pijn en zwelling MCP 2-3 beiderzijds, ochtendstijfheid 2 uur.
T: 14-11-2024 | O | Synovitis MCP 2-3 re en li, pols li gezwollen.
T: 14-11-2024 | P | Reumatoloog JBZ eerder teruggebeld, prednison verhoogd naar 10 mg.
T: 03-12-2024 | | Brief specialist ontvangen: reumatologie JBZ - X-handen/voeten: nieuwe erosies MCP 2 re. Start biological overwogen.
T: 06-02-2025 | S | Tintelingen li hand, nachtelijk, ook overdag bij fietsen.
T: 06-02-2025 | E | N93 CTS li, waarschijnlijk door synovitis pols li
T: 06-02-2025 | P | Overleg reumatoloog: injectie pols li door reumatoloog.
T: 27-02-2025 | | Brief specialist ontvangen: reumatologie - echo pols li: tenosynovitis flexoren, compressie n. medianus. Injectie gegeven.
T: 12-03-2025 | S | Wil graag mening handchirurg over pols en CTS; vraagt second opinion.
T: 12-03-2025 | P | Verwijzing plastische chirurgie (handchirurgie) JBZ via ZorgDomein.
T: 18-03-2025 | | Overzicht uitgedraaid voor handchirurgie.

## Intoleranties
K: | Sulfasalazine (leverfunctiestoornissen)
""", {'kinds': ['history'], 'date': '2025-03-18', 'author': 'gp', 'style': 'HIS overview via LibreOffice (HTML tables), older',
      'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'older printout (2025, not recent); excision of skin cancer is other body part; imaging via quoted specialist letters'},
    font='Arial', size=9, kv_grid=True)

doc('gp-040-journaal-cts-moeder', 'txt', """
Uitdraai journaal                               Datum: 30-09-2026
===================================================================
Praktijk:   Gezondheidscentrum Kattenbroek, Amersfoort (AGB 01-052300)
Patiënt:    E. Dekker, vrouw                    geboren 02-11-1990
Huisarts:   N. Bouwman
===================================================================

Episode N93 CTS rechts (sinds 12-02-2026)
Episode W78 Zwangerschap (2025-09-2025, afgesloten)
Episode D88 Appendicitis (2019, appendectomie, afgesloten)
Episode A97 Geen ziekte (gezondheidsverklaring rijbewijs 2024)

12-02-2026 S  Tintelingen rechterhand dig 1-3, vooral 's nachts en bij borstvoeding geven. Sinds
              bevalling (sept 2025). Moeder heeft CTS gehad en is in 2010 beiderzijds geopereerd.
           O  Tinel re +, Phalen re + na 20 sec. Geen atrofie. Li neg.
           E  N93 CTS rechts, postpartum
           P  Polsspalk 's nachts, uitleg natuurlijk beloop na zwangerschap. Controle 8 wk.
09-04-2026 S  Geen verbetering, nu ook overdag. Pijn tot in elleboog.
           O  Idem, 2PD dig 2 7 mm.
           P  Echo pols re aangevraagd.
28-04-2026    Uitslag echo pols re (Meander, 24-04-2026): n. medianus CSA 14 mm2 (verdikt), passend
              bij CTS. Geen ruimte-innemend proces.
30-04-2026 P  Injectie triamcinolon 10 mg carpale tunnel re.
18-06-2026 S  Klachten na 5 weken terug. Wil geen tweede injectie (borstvoeding gestopt inmiddels).
           P  Verwijzing neurologie Meander (EMG).
21-07-2026    Brief specialist ontvangen: neuroloog Meander - EMG matig CTS re. Advies: verwijzen
              plastische chirurgie voor release.
04-08-2026 S  Wil liever niet geopereerd worden, ziet op tegen herstel met jonge baby. Vraagt naar
              second opinion / andere mogelijkheden (handtherapie?).
           P  Informatie gegeven. Bedenktijd.
28-09-2026 P  Verwijzing second opinion handchirurgie (Kliniek Hand- en Polschirurgie Utrecht).
              Pt neemt EMG-brief en echoverslag zelf mee.
30-09-2026    Journaal uitgedraaid t.b.v. verwijzing.

-------------------------------------------------------------------
pagina 1/1
""", {'kinds': ['history'], 'date': '2026-09-30', 'author': 'gp', 'style': 'HIS journal plain text, episodes + SOEP',
      'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'mother operated (family); appendectomy other body part; patient does not want surgery (no operation happened but not stated as negation)'},
    wrap=False)

doc('gp-041-samenvatting-thailand-rsi', 'platypus', """
LH: Huisartsenpraktijk Oosterhout-Centrum | Arendshof 15, 4901 HZ Oosterhout
LH: P.J. Aarts, huisarts | 0162-452210 | AGB 01-083951

# Professionele samenvatting
K: Datum | 19-10-2026
K: Naam | dhr. R. Huisman
K: Geboortedatum | 15-12-1979
K: Geslacht | man
K: BSN | 250 117 862

## Episodes
K: L99 | Chronische polspijn links (KANS/RSI?) - sinds 03-2025
K: L87 | Tendinitis extensoren pols li - 2025
K: P02 | Stressreactie/overspanning - 2024, afgesloten
K: D87 | Functionele maagklachten - 2022

## Medicatie
K: | Geen vaste medicatie. Diclofenac gel z.n.

## Journaal (selectie)
K: 18-03-2025 | S: ICT-consultant, 10 uur per dag laptop, pijn dorsaal li pols en onderarm, tintelend. O: drukpijn extensoren, geen zwelling, sensibiliteit intact, Finkelstein neg. E: L87 tendinitis extensoren li. P: werkplekadvies, rust, NSAID-gel.
K: 13-05-2025 | P: fysiotherapie (ergonomie, oefentherapie). Bedrijfsarts ingeschakeld.
K: 02-09-2025 | S: wisselend, nu ook li duim. E: L99 chronische polspijn li. P: ergotherapie-advies, verticale muis.
K: 21-01-2026 | S: terug van 6 weken reizen door Thailand, daar 'geen last gehad' en geen arts of ziekenhuis bezocht. Sinds hervatting werk weer pijn. P: afwachten, bedrijfsarts.
K: 09-06-2026 | S: aanhoudend, verzuimt deels. O: geen afwijkingen, kracht normaal. P: pt wil specialistische beoordeling. Uitleg dat beeldvorming weinig toevoegt. Verwijzing orthopedie Amphia.
K: 22-07-2026 | Brief specialist ontvangen: orthopeed Amphia - KANS, geen chirurgische pathologie, geen operatie-indicatie; advies multidisciplinaire aanpak.
K: 15-10-2026 | S: wil second opinion bij handchirurg, vertrouwt het oordeel niet. P: verwijzing second opinion. Samenvatting voor patiënt uitgedraaid.

## Bijzonderheden
K: | Niet geopereerd. Geen beeldvorming in ons dossier bekend.
""", {'kinds': ['history'], 'date': '2026-10-19', 'author': 'gp', 'style': 'HIS professional summary, platypus two-column',
      'imaging_done': 'no', 'operated': 'no', 'treated_abroad': 'no',
      'notes': 'Thailand trip without doctor or hospital; "Niet geopereerd"; hedged negation "Geen beeldvorming in ons dossier bekend"'},
    kv_w=30, footer='Professionele samenvatting - Huisman, R. (15-12-1979)')

doc('gp-042-his-uittreksel-dupuytren', 'docx', """
# HIS-uittreksel

K: Uitgedraaid op | 5 november 2026
K: Patiënt | J. Wouters, man
K: Geboortedatum | 19-04-1950
K: Huisarts | dr. M. Smeets, Huisartsenpraktijk Sittard-Noord (AGB 01-072200)

## Episodelijst
T: ICPC | Episode | Begin
T: L99 | M. Dupuytren beide handen | 2019
T: K77 | Hartfalen (HFrEF) | 2021
T: K78 | Atriumfibrilleren | 2021
T: T93 | Hypercholesterolemie | 2012
T: F83 | Retinopathie | 2023

## Journaal
T: Datum | Soort | Tekst
T: 14-06-2022 | Brief | Brief specialist ontvangen: plast. chir. Zuyderland - d.d. 02-06-2022 limited fasciectomie dig IV-V rechts, ongecompliceerd.
T: 28-06-2022 | O | Wondcontrole re hand: goed genezen. Verwijzing handtherapie.
T: 17-01-2025 | S | Streng in li hand wordt groter, pink li begint te krommen. Re hand weer iets krommer (dig V).
T: 17-01-2025 | O | Li: streng dig V, MCP 20 gr extensiedeficit. Re: recidief streng dig V, PIP 30 gr.
T: 17-01-2025 | P | Afwachtend. Controle bij toename.
T: 30-04-2026 | S | Kan hand niet meer plat op tafel leggen, haakt achter zakken.
T: 30-04-2026 | E | L99 recidief Dupuytren re, progressie li
T: 30-04-2026 | P | Verwijzing plastische chirurgie Zuyderland.
T: 12-06-2026 | Brief | Brief specialist ontvangen: plast. chir. - re-operatie re hand aangeboden (dermofasciectomie), li eventueel naaldfasciotomie. Cardioloog i.v.m. anticoagulatie.
T: 20-09-2026 | S | Wil weten of er een minder belastende behandeling is i.v.m. hartfalen. Vraagt second opinion.
T: 20-09-2026 | P | Verwijzing second opinion (Handcentrum Rijnland). Uittreksel meegestuurd.

## Medicatie
T: Middel | Dosering
T: Apixaban 5 mg | 2dd1
T: Metoprolol 100 mg | 1dd1
T: Sacubitril/valsartan 49/51 mg | 2dd1
T: Furosemide 40 mg | 1dd1
T: Rosuvastatine 10 mg | 1dd1
""", {'kinds': ['history'], 'date': '2026-11-05', 'author': 'gp', 'style': 'HIS extract in Word tables',
      'imaging_done': 'unmentioned', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'earlier fasciectomy 2022 reported via journal line; re-operation only offered'},
    header='Huisartsenpraktijk Sittard-Noord - vertrouwelijk', font='Calibri', size=10)

doc('gp-043-journaal-portugal-orif-nl', 'txt', """
Uitdraai journaal - Huisartsenpraktijk Schalkwijk, Haarlem
Huisarts: R. de Graaf (AGB 01-012997)            Datum uitdraai: 10-11-2026
Patiënt:  K. Bos, vrouw, geb. 26-08-1966         BSN: 190 556 203
Adres:    Europaweg 150, 2035 KZ Haarlem

EPISODES
  L72  Fractuur distale radius rechts            20-05-2026   actief
  L99  Stijve pols rechts / restklachten         09-2026      actief
  L95  Osteoporose                               06-2026      actief
  K86  Hypertensie                               2018         actief
  X76  Mammacarcinoom li (2012, ablatio)         2012         passief

MEDICATIE
  alendroninezuur 70 mg 1x/wk; calcium/colecalciferol 500 mg/800 IE 1dd; losartan 50 mg 1dd;
  tamoxifen gestopt 2017

JOURNAAL
20-05-2026  TEL  Pt belt: gisteren teruggekomen van wandelvakantie in Portugal (Algarve). Daar 17-05
                 gevallen op re hand. Geen arts bezocht in Portugal, zelf mitella gemaakt. Nu zeer
                 pijnlijk en blauw. Advies: vandaag SEH Spaarne Gasthuis.
21-05-2026  BRF  Brief SEH Spaarne Gasthuis ontvangen: X-pols re: dorsaal verplaatste distale
                 radiusfractuur, gesloten repositie, gips. Controle gipspoli.
29-05-2026  BRF  Brief specialist ontvangen: traumachirurgie Spaarne - secundaire dislocatie;
                 28-05-2026 ORIF met volaire plaat re. Ontslag dezelfde dag.
04-06-2026  S    Pijn redelijk, gips tot 2 wk. Vragen over osteoporose.
            O    Wond rustig. Vingers goed beweeglijk.
            E    L72 status na ORIF radius re
            P    DEXA aangevraagd (Spaarne), hechtingen verwijderen op poli.
26-06-2026  BRF  Uitslag DEXA: T-score lumbaal -2,8, heup -2,3. E: L95 osteoporose. P: start
                 alendroninezuur en calcium/vit D.
15-07-2026  BRF  Brief specialist ontvangen: controle trauma - X-pols: consolidatie. Handtherapie.
10-09-2026  S    Pols blijft stijf en pijnlijk aan pinkzijde, kan niet tuinieren. Draaien beperkt.
            O    Ext 40, flex 35, supinatie 50. Drukpijn ulnocarpaal. Litteken goed.
            E    L99 restklachten na radiusfractuur re
            P    Handtherapie voortzetten. Pt vraagt second opinion: 'is de plaat goed geplaatst?'
08-10-2026  BRF  Brief specialist ontvangen: traumachirurg Spaarne - nieuwe X: plaat goed, lichte
                 ulna-plusvariant. Afwachten, eventueel plaatverwijdering over een jaar.
05-11-2026  P    Verwijzing second opinion handchirurgie via ZorgDomein (Handcentrum Rijnland).
10-11-2026  ---  Journaal uitgedraaid t.b.v. kliniek.

                                       -- einde --
""", {'kinds': ['history'], 'date': '2026-11-10', 'author': 'gp', 'style': 'HIS journal plain text with BRF/TEL lines',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'no',
      'notes': 'fall in Portugal without any doctor there; treated and operated in the Netherlands; mastectomy other operation'},
    wrap=False)

doc('gp-044-patientoverzicht-mri-aangevraagd', 'fpdf', """
LH: Huisartsenpraktijk Vathorst | Laan der Hoven 2, 3825 AA Amersfoort
LH: E. van Beek, huisarts | 033-3031460, AGB 01-052887

# Patiëntoverzicht
K: Datum uitdraai | 04-08-2026
K: Patiënt | Kok, D. (Dennis)
K: Geboortedatum | 11-11-1998
K: Verzekeraar | Zorg en Zekerheid

## Episodelijst
K: L81 | Polsletsel rechts (val snowboarden) - 01-2026
K: L87 | Ganglion? pols re - 05-2026
K: R81 | Pneumonie - 2019 (afgesloten)

## Journaal
K: 20-01-2026 | S: Gevallen bij snowboarden in Landgraaf (indoorbaan). Pijn pols re. O: zwelling, drukpijn snuifdoos. P: X-pols + scaphoidserie aangevraagd Meander.
K: 21-01-2026 | Pt niet gegaan voor foto, pijn veel minder. Afwachten.
K: 17-03-2026 | S: Nog steeds pijn bij push-ups, klikken. O: drukpijn dorsaal SL-gebied. P: uitleg, brace.
K: 12-05-2026 | S: Zwelling dorsaal soms zichtbaar. O: kleine, wisselende zwelling, ganglion? E: L87. P: verwijzing orthopedie.
K: 24-06-2026 | Brief specialist ontvangen: orthopedie Meander - verdenking SL-letsel of occult ganglion. MRI aangevraagd (wachttijd 10 weken). Artroscopie aangeboden als MRI afwijkingen toont.
K: 30-07-2026 | S: Pt wil niet wachten en vraagt verwijzing voor een second opinion elders. P: verwijzing, overzicht meegegeven.

## Medicatie
K: | geen

## Allergieën
K: | pinda (anafylaxie) - EpiPen
""", {'kinds': ['history'], 'date': '2026-08-04', 'author': 'gp', 'style': 'HIS patient overview via fpdf',
      'imaging_done': 'no', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'X-ray requested but patient never went ("niet gegaan voor foto"), MRI only requested and pending, so no imaging done; arthroscopy only offered; indoor ski slope in NL'},
    header='Patiëntoverzicht - Kok, D. - 11-11-1998 - Huisartsenpraktijk Vathorst', kv_w=34)

doc('gp-045-samenvatting-marrakech-pees', 'html', """
LH: Huisartsen Kanaleneiland-Zuid | Marco Pololaan 6, 3526 GH Utrecht
LH: S. Achahbar, huisarts | 030-2886610 | AGB 01-029870

# Samenvatting t.b.v. second opinion

K: Datum | 23-11-2026
K: Patiënt | dhr. Y. El Idrissi
K: Geboortedatum | 04-04-1993
K: Aan | Kliniek voor Hand- en Polschirurgie Utrecht

## Voorgeschiedenis
2011 - Fractuur clavicula links (scooterongeval), conservatief.
2018 - Hepatitis A (na reis), hersteld.
2026 - Snijwond rechterhand met peesletsel, zie hieronder.

## Beloop hand
Op 3 juni 2026 tijdens familiebezoek in Marokko snijwond volaire zijde rechterhand aan glas. Opgenomen in de Clinique Internationale de Marrakech (2 nachten). Daar werd de wond geëxploreerd en werden de buigpezen van wijs- en middelvinger gehecht (brief in het Frans, vertaling bijgevoegd). Na terugkeer bleek wijsvinger niet te buigen. Echo hand rechts (UMC Utrecht, 18-06-2026): ruptuur van de gehechte FDP-pees dig 2. Op 25-06-2026 in het UMC Utrecht hersteloperatie (secundaire peeshechting dig 2). Daarna 12 weken handtherapie volgens protocol.

## Recente behandelingen
Juni 2026 - MRSA-screening na opname buitenland: negatief (kweek UMC Utrecht).
Juli - oktober 2026 - handtherapie, flexiecontractuur PIP dig 2 van 40 graden.
Oktober 2026 - plastisch chirurg UMCU adviseert tenolyse; patiënt wil een tweede mening.

## Medicatie
Geen vaste medicatie. Paracetamol zo nodig.

## Allergieën
Geen.

S. Achahbar, huisarts
""", {'kinds': ['history'], 'date': '2026-11-23', 'author': 'gp', 'style': 'GP summary for second opinion, LibreOffice (HTML)',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'admitted in Marrakech clinic (abroad), tendon repair there and again in NL; MRSA result only mentioned; tenolysis only advised'},
    font='Tahoma', size=10)

doc('gp-046-en-medical-history-summary', 'docx', """
LH: Amsterdam Expat Family Doctors | Keizersgracht 560, 1017 EM Amsterdam
LH: Dr Maria Santos, GP | +31 20 3204411 | AGB 01-021188

# Medical history summary

K: Date | 14 October 2026
K: Patient | Ms Anna Kowalski
K: Date of birth | 22/06/1986
K: Nationality | Polish, living in NL since 2019

## Presenting problem
Painful swelling at the base of the right ring finger since spring 2026, catching of the finger in the morning. Works as a pastry chef.

## Relevant history
- 2010: tonsillectomy
- 2017: migraine, on prophylaxis until 2020
- 2024: carpal tunnel symptoms during pregnancy, resolved after delivery

## Recent treatment
- May 2026: splinting, ibuprofen gel
- July 2026: corticosteroid injection A1 pulley ring finger right (GP)
- September 2026: second injection, effect only 3 weeks

## Investigations
No imaging has been performed; diagnosis made clinically (trigger finger).

## Surgery
No previous hand surgery.

## Medication
Levonorgestrel IUD. Ibuprofen 400 mg as needed.

## Allergies
Plasters (adhesive), nickel.

Dr Maria Santos
""", {'kinds': ['history'], 'date': '2026-10-14', 'language': 'en', 'author': 'gp',
      'style': 'expat GP history summary in English, Word',
      'imaging_done': 'no', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': 'tonsillectomy is another operation; explicit "No imaging has been performed", "No previous hand surgery"; nationality mention is not care abroad'},
    font='Arial', size=10.5, kv_grid=False, headings=True)

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
