"""gp-001 .. gp-018: Zorgdomein-style referral printouts from Dutch GP practices (all invented)."""
import sys

from gp_common import build

DOCS = []


def doc(stem, render, text, label, **opts):
    DOCS.append({'stem': stem, 'render': render, 'text': text, 'label': label, 'opts': opts})


doc('gp-001-zd-second-opinion-pols', 'canvas', """
LH: Huisartsenpraktijk De Linde | Lindenlaan 14, 2012 KP Haarlem
LH: M.J. van Dorp, huisarts | tel. 023-5310442  AGB 01-012345
LH: | praktijk@delinde-haarlem.nl

# Second opinion orthopedie
K: Zorgaanbieder | Handcentrum Rijnland, Leiden
K: Afdeling | Orthopedie - hand en pols
K: Verwijsdatum | 18-11-2026
K: ZorgDomein-nummer | ZD48211907

## Patiëntgegevens
K: Naam | Verhoeven, A.C. (Anouk)
K: Geboortedatum | 14-02-1979
K: Geslacht | Vrouw
K: BSN | 183 402 771
K: Adres | Kleverparkweg 88, 2023 CH Haarlem
K: Verzekeraar | Zilveren Kruis Achmea, polisnr. 70213388

## Verwijzer
K: Naam | M.J. van Dorp
K: Functie | Huisarts
K: AGB-code | 01-012345

## Vraagstelling
K: Vraagstelling | Patiënte wenst een second opinion. Is er sprake van een TFCC-letsel rechts en is verdere diagnostiek (MRI / artroscopie) zinvol?

## Anamnese
Sinds een val van de fiets in september 2025 pijn aan de ulnaire zijde van de rechterpols, vooral bij draaibewegingen (sleutel omdraaien, pan optillen). Klikkend gevoel. Werkt als kapper, kan haar werk nauwelijks volhouden. Is in het Spaarne Gasthuis gezien door de orthopeed; daar conservatief beleid, geen operatie-indicatie gesteld. Patiënte is nooit aan de pols geopereerd.

## Lichamelijk onderzoek
Geen zwelling. Drukpijn fovea ulnaris re. Ulnaire deviatie pijnlijk, pianotoetsfenomeen negatief. Knijpkracht re duidelijk minder dan li.

## Relevante voorgeschiedenis
K: 2012 | sectio caesarea
K: 2019 | depressieve episode, hersteld
K: 09-2025 | val op re pols, X-pols re (Spaarne Gasthuis, 24-09-2025): geen fractuur

## Recente behandelingen
K: 10-2025 - 12-2025 | polsbrace, NSAID op geleide van pijn
K: 04-2026 - 06-2026 | fysiotherapie 9x, geen verbetering
K: 06-2026 | poliklinisch consult orthopedie Spaarne Gasthuis: afwachtend beleid

## Medicatie
K: | naproxen 250 mg z.n.; levonorgestrel-IUD

## Allergieën
K: | geen bekend
""", {'kinds': ['referral', 'history'], 'date': '2026-11-18', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': 'question only in Vraagstelling field; history via Relevante voorgeschiedenis + Recente behandelingen; sectio is another operation; "nooit aan de pols geopereerd"'},
    bars=True, header='ZorgDomein - Verwijzing ZD48211907 - Verhoeven, A.C. (14-02-1979)',
    footer='Afgedrukt 18-11-2026 16:42')

doc('gp-002-zd-consult-cts-behandeling', 'canvas', """
LH: Huisartsenpraktijk Het Anker | Assendorperstraat 210
LH: drs. J.P. Scholten | 8012 DL Zwolle
LH: | T 038-4217730 | AGB 01-055912

# Consult handchirurgie
K: Verwijzing naar | Isala, Plastische chirurgie - Handchirurgie, Zwolle
K: Datum verwijzing | 2 oktober 2026
K: Urgentie | Regulier

K: Patiënt | dhr. R. Kamphuis
K: Geboren | 03-07-1961
K: BSN | 226 019 348
K: Zorgverzekeraar | VGZ
K: Telefoon | 06-41783300

K: Reden van verwijzing | Verwijzing voor operatieve behandeling (carpale tunnel release) rechts.
K: Toelichting | Sinds ruim een jaar tintelingen en nachtelijke pijn in duim, wijs- en middelvinger rechts, minder links. Spalk 's nachts gedurende 3 maanden gaf onvoldoende effect. EMG (Neurologie Isala, 18-08-2026): matig-ernstig CTS rechts, licht CTS links. Patiënt wil graag geholpen worden, zoals besproken met de neuroloog.
K: Bevindingen | Hypesthesie dig 1-3 re, Tinel en Phalen positief re, geen thenaratrofie.

K: Medicatie | metformine 500 mg 2dd, simvastatine 40 mg 1dd
K: Allergieën | penicilline (exantheem)
K: Bijzonderheden | DM2, goed gereguleerd (HbA1c 49 mmol/mol)

J.P. Scholten, huisarts
""", {'kinds': ['referral'], 'date': '2026-10-02', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': False, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned',
      'notes': 'referral for treatment (carpal tunnel release) without any question; EMG is not imaging; operation is a plan'},
    kv_x=58, header='ZorgDomein | Consult handchirurgie | Kamphuis, R. | geb. 03-07-1961',
    pagenum='{p}/{n}')

doc('gp-003-zd-second-opinion-radius-malaga', 'platypus', """
LH: Gezondheidscentrum Oosterpoort | Oosterhamrikkade 101, 9714 BN Groningen
LH: E. Bakker-Huisman, huisarts | Tel. 050-3134455 - AGB-code 01-038220

# Second opinion plastische chirurgie
K: Aan | HandPols Kliniek Amsterdam
K: T.a.v. | Balie second opinion
K: Verwijsdatum | 14-09-2026
K: Patiënt | mevr. S. de Wit-Obbink
K: Geboortedatum | 22-09-1988
K: BSN | 301 884 905
K: Verzekering | Menzis, polis 44019273
K: Verwijzer | E. Bakker-Huisman, huisarts, AGB 01-038220

## Reden van verwijzing
K: Reden | Restklachten na distale radiusfractuur links
K: Vraagstelling | Graag uw second opinion: wat verklaart de aanhoudende pijn en beperkte supinatie? Is er een indicatie voor plaatverwijdering of verdere behandeling?

## Anamnese
K: | Op 24-06-2026 tijdens vakantie in Málaga gevallen op de uitgestrekte linkerhand. Gezien op de spoedeisende hulp van het Hospital Regional Universitario de Málaga: röntgenfoto toonde distale radiusfractuur, gesloten repositie en onderarmgips. Na terugkeer op 02-07-2026 controle Martini Ziekenhuis: secundaire dislocatie, op 09-07-2026 open repositie en interne fixatie met volaire plaat. Sindsdien pijn bij steunen, supinatie beperkt tot 40 graden, intermitterend tintelingen dig 4-5.

## Relevante voorgeschiedenis
K: 2010 | migraine zonder aura
K: 2021 | partus, ongecompliceerd
K: 06-2026 | distale radiusfractuur li (zie boven), behandeld in Spanje en Martini Ziekenhuis

## Recente behandelingen
K: 09-07-2026 | ORIF radius li (volaire plaat), Martini Ziekenhuis Groningen
K: 08-2026 - heden | handtherapie 2x per week
K: 01-07-2026 | MRSA-screening i.v.m. ziekenhuiscontact buitenland: negatief

## Medicatie
K: | paracetamol 1000 mg zo nodig; sumatriptan 50 mg zo nodig

## Allergieën
K: | pleisterallergie
""", {'kinds': ['referral', 'history'], 'date': '2026-09-14', 'author': 'gp', 'style': 'zorgdomein table grid (platypus)',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'addressee "t.a.v. Balie second opinion"; ED abroad (Malaga) then ORIF in NL; MRSA result only mentioned'},
    kv_grid=True, kv_w=40, pagenum='ZorgDomein verwijzing - pagina {p} van {n}')

doc('gp-004-zd-tfcc-reoperatie', 'canvas', """
LH: Huisartsen Zuidwijk | Slinge 455, 3085 EX Rotterdam
LH: dr. K. el Amrani, huisarts | 010-4807211 | AGB 01-061730

# Verwijzing
K: Product | Second opinion handchirurgie
K: Ontvanger | Kliniek voor Hand- en Polschirurgie Utrecht
K: Datum | 29-07-2026

K: Patiënt | Brouwer, T. (Thijs), man
K: Geboortedatum | 30-05-1995
K: BSN | 258 330 167
K: Verzekeraar | CZ, polisnummer 9921 4470

## Vraagstelling
K: | Patiënt is in november 2025 geopereerd aan de linkerpols en heeft aanhoudende klachten. Is een tweede operatie zinvol, en zo ja welke? Of zijn er conservatieve mogelijkheden?

## Anamnese
Fanatiek volleyballer. In 2024 distorsie li pols. MRI (Maasstad, 03-2025): perifere TFCC-ruptuur. Op 18-11-2025 artroscopische TFCC-refixatie in het Maasstad Ziekenhuis. Na aanvankelijke verbetering sinds februari 2026 weer ulnaire pijn en klikken. MRI-artrografie 05-2026: verdenking reruptuur. Orthopeed stelt re-operatie voor; patiënt twijfelt en wil graag een tweede mening.

## Relevante voorgeschiedenis
K: 2013 | fractuur clavicula re, conservatief
K: 2024 | distorsie pols li
K: 11-2025 | artroscopische TFCC-refixatie li (Maasstad Ziekenhuis)

## Recente behandelingen
K: 12-2025 - 03-2026 | gips / brace en handtherapie
K: 05-2026 | MRI-artrografie pols li
K: 06-2026 | consult orthopedie Maasstad: re-operatie voorgesteld

## Medicatie
K: | geen

## Allergieën
K: | geen
""", {'kinds': ['referral', 'history'], 'date': '2026-07-29', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'title only "Verwijzing"; operated once, second operation only proposed; MRI twice'},
    bars=True, header='ZorgDomein ZD50117382', footer='Brouwer, T. - 30-05-1995')

doc('gp-005-zd-triggerfinger-behandeling', 'canvas', """
LH: Praktijk Berkenhof | Berkenlaan 3, 5615 KD Eindhoven
LH: drs. H.W. Rutten, huisarts | 040-2115040 | AGB 01-047119

# Consult handchirurgie
K: Naar | Catharina Ziekenhuis - Plastische chirurgie / handchirurgie
K: Datum | 17-08-2026

K: Patiënt | mevr. G.H. Kuipers-Bos
K: Geboortedatum | 11-12-1956
K: BSN | 144 902 613
K: Verzekeraar | CZ

K: Reden van verwijzing | Verwijzing voor behandeling: triggerfinger dig III rechts. Injecties onvoldoende effectief, patiënte wenst operatieve behandeling.
K: Anamnese | Sinds 2025 hapering en pijn bij buigen middelvinger re, 's ochtends op slot. 2 injecties met triamcinolon gaven telkens enkele weken verlichting.
K: Onderzoek | Palpabele nodus A1-pulley dig III re, triggering reproduceerbaar.
K: Aanvullend onderzoek | Geen beeldvorming verricht (niet geïndiceerd).

K: Relevante voorgeschiedenis | DM type 2 (2014); hypertensie; hysterectomie 2001
K: Recente behandelingen | 02-2026 injectie triamcinolonacetonide 10 mg; 06-2026 herhaalde injectie; nachtspalk
K: Medicatie | metformine 850 mg 2dd; gliclazide 80 mg 1dd; amlodipine 5 mg 1dd
K: Allergieën | geen

Met collegiale groet,
H.W. Rutten
""", {'kinds': ['referral', 'history'], 'date': '2026-08-17', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': False, 'imaging_done': 'no', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'referral for treatment, no question; history fields present; "geen beeldvorming verricht"; hysterectomy is another operation'},
    kv_x=60, header='ZorgDomein - Consult handchirurgie', pagenum='Pagina {p}')

doc('gp-006-zd-dequervain-turkije', 'txt', """
ZorgDomein | Verwijzing

Product: Second opinion handchirurgie
Zorgaanbieder: Kliniek voor Hand- en Polschirurgie Utrecht - Second opinion
Verwijsdatum: 05-11-2026

K: Patiënt | dhr. M. Yıldız
K: Geboortedatum | 19-04-1983
K: BSN | 209 771 540
K: Verzekeraar | DSW
K: Huisarts | L. Vermeulen, Huisartsenpraktijk Kanaleneiland, Utrecht (AGB 01-029933)

Reden van verwijzing
Pijn radiale zijde pols links sinds juli 2026. Klachten begonnen tijdens vakantie in Turkije (Izmir), daar geen arts bezocht. Na terugkomst via ons verwezen naar orthopedie Diakonessenhuis. Echo pols li (Diakonessenhuis, 16-09-2026): verdikte peesschede 1e extensorcompartiment, passend bij tendovaginitis de Quervain. Daar 1x injectie, geringe verbetering. Patiënt twijfelt aan de diagnose (pijn straalt uit naar de duimbasis) en vraagt een tweede mening.

Vraagstelling
Is de diagnose tendovaginitis de Quervain juist, of speelt er iets anders (CMC-1 artrose)? Welke behandelopties zijn er?

Medicatie: geen chronische medicatie
Allergieën: niet bekend

Afgedrukt via ZorgDomein op 05-11-2026 11:03 door L. Vermeulen
""", {'kinds': ['referral'], 'date': '2026-11-05', 'author': 'gp', 'style': 'zorgdomein plain-text export',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'no',
      'notes': 'holiday in Turkey without any doctor visit; no history section; ultrasound done'},
    kv_w=18, wrap=True)

doc('gp-007-zd-ganglion-recidief', 'canvas', """
LH: Huisartspraktijk 't Gooi | Kerkstraat 61, 1211 CM Hilversum
LH: R.A. Meijer, huisarts | 035-6214480   AGB 01-070412

# Second opinion plastische chirurgie
K: Verwijzing aan | Handcentrum Rijnland, poli handchirurgie
K: Verwijsdatum | 3 juli 2025
K: Patiënt | mevr. L. Jansen
K: Geboortedatum | 07-08-1992
K: BSN | 167 554 092
K: Verzekeraar | ONVZ

## Vraagstelling
K: | Recidief ganglion na eerdere operatie. Is opnieuw opereren verstandig of is afwachten beter? Patiënte wil graag een tweede mening.

## Anamnese
K: | Op 14-03-2024 extirpatie van een dorsaal polsganglion rechts in Tergooi MC. Sinds januari 2025 opnieuw een zwelling op dezelfde plek, pijnlijk bij extensie (yoga-instructrice). Echo pols re (Tergooi MC, 22-04-2025): recidief ganglion 12 mm uitgaande van SL-gewricht. Plastisch chirurg bood re-excisie aan.

## Relevante voorgeschiedenis
K: 2015 | ziekte van Pfeiffer
K: 03-2024 | ganglionextirpatie pols re
K: 2024 | hypothyreoïdie

## Recente behandelingen
K: 04-2025 | echo pols re; punctie ganglion door huisarts, na 3 weken recidief
K: 05-2025 | consult plastische chirurgie Tergooi MC

## Medicatie
K: | levothyroxine 75 microg 1dd

## Allergieën
K: | geen
""", {'kinds': ['referral', 'history'], 'date': '2025-07-03', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'older referral (2025) so history not recent; operated earlier, re-excision only offered'},
    bars=True, kv_x=45, header='ZorgDomein verwijzing - Jansen, L. - geb. 07-08-1992', footer='Afdrukdatum: 03-07-2025')

doc('gp-008-zd-dupuytren-familie', 'docx', """
LH: Huisartsen aan de Maas | Maasboulevard 12, 5911 JC Venlo
LH: dr. P. Janssen | 077-3541190 / AGB 01-081102

# Second opinion handchirurgie
K: Zorgaanbieder | VieCuri Medisch Centrum - Plastische chirurgie, second-opinionspreekuur
K: Verwijsdatum | 21-10-2026
K: Patiënt | dhr. H. Visser
K: Geboortedatum | 02-01-1958
K: BSN | 112 870 334
K: Verzekering | CZ, 81277390
K: Verwijzer | dr. P. Janssen, huisarts

K: Reden van verwijzing | M. Dupuytren rechterhand, toenemende flexiecontractuur pink (MCP 30 graden).
K: Vraagstelling | Patiënt vraagt een second opinion: is behandeling (naaldfasciotomie of operatie) nu al zinvol, of is afwachten verantwoord? Plastisch chirurg elders adviseerde afwachten tot 45 graden.
K: Familieanamnese | Vader en broer beiden geopereerd aan M. Dupuytren, broer tweemaal (recidief).
K: Lichamelijk onderzoek | Streng palmair dig V re, tafeltest van Hueston positief. Links knobbeltje in handpalm zonder contractuur.
K: Medicatie | omeprazol 20 mg; tamsulosine 0,4 mg
K: Allergieën | geen
""", {'kinds': ['referral'], 'date': '2026-10-21', 'author': 'gp', 'style': 'zorgdomein copied to Word, grid table',
      'referral_question': True, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned',
      'notes': 'operations only of family members (father, brother); receiving line names a second-opinion clinic'},
    header='ZorgDomein verwijzing - Visser, H. (02-01-1958)')

doc('gp-009-zd-scaphoid-oostenrijk', 'canvas', """
LH: Huisartsenpraktijk Brinkhorst | Stadsring 190, 3811 HT Amersfoort
LH: A.M. de Groot, huisarts | Tel 033-4612209 | AGB 01-052274

# Consult handchirurgie
K: Ontvangende afdeling | Meander Medisch Centrum, Plastische chirurgie
K: Datum | 12-11-2026

K: Naam patiënt | J. van den Berg
K: Geboortedatum | 16-03-2001
K: Geslacht | M
K: BSN | 331 908 276
K: Verzekeraar | Zilveren Kruis

## Vraagstelling
K: | Pseudartrose os scaphoideum rechts? Graag beoordeling en advies over de indicatie voor een operatie.

## Anamnese
K: | Op 14-02-2026 val tijdens skivakantie in Zell am See. Gezien in het Tauernklinikum Zell am See: röntgenfoto toonde scaphoidfractuur (middenderde). Daar onderarm-duimgips aangelegd, 8 weken gedragen, niet geopereerd. Geen controle-foto na gipsverwijdering. Sinds de zomer toenemende pijn in de snuifdoos bij steunen (student bouwkunde, fitness). CT pols re (Meander MC, 27-10-2026): geen consolidatie, sclerose fractuurranden.

## Relevante voorgeschiedenis
K: | astma (sinds jeugd), verder blanco

## Recente behandelingen
K: 02-2026 - 04-2026 | gipsbehandeling (Oostenrijk), daarna geen nacontrole
K: 10-2026 | CT pols re

## Medicatie
K: | salbutamol inhalator zo nodig; budesonide/formoterol 200/6 2dd

## Allergieën
K: | huisstofmijt
""", {'kinds': ['referral', 'history'], 'date': '2026-11-12', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'treated in Austrian hospital (Tauernklinikum); "niet geopereerd"; operation only a question'},
    bars=True, header='ZorgDomein | van den Berg, J. | 16-03-2001 | Consult handchirurgie',
    footer='Afgedrukt: 12-11-2026 09:15')

doc('gp-010-zd-rhizartrose-spanje', 'docx', """
LH: Huisartsenpraktijk Duinzicht | Dorpsstraat 45, 1901 EK Castricum
LH: drs. F. Zwart, huisarts | 0251-652280 | AGB 01-090617

# Verwijsbrief - Second opinion orthopedie
K: Zorgaanbieder | Handcentrum Rijnland - Second Opinion Desk
K: Datum | 24 november 2026
K: Patiënt | mevr. W. Hoekstra
K: Geb.datum | 25-06-1954
K: BSN | 098 445 129
K: Verzekeraar | Zilveren Kruis
K: Verwijzer | F. Zwart, huisarts

K: Vraagstelling | Is een operatie (trapeziectomie) op dit moment de beste optie voor de rhizartrose links, of zijn er nog conservatieve mogelijkheden?
K: Anamnese | Sinds 2 jaar pijn duimbasis links, moeite met potjes openen en breien. Patiënte verblijft de wintermaanden in Spanje (Alicante); daar geen medische behandeling gehad. Orthopeed Dijklander Ziekenhuis (09-2026) adviseerde op klinische gronden een trapeziectomie; een röntgenfoto van de duim is aangevraagd maar nog niet gemaakt. Patiënte twijfelt en wil voor zij vertrekt naar Spanje een tweede mening.
K: Onderzoek | Grind-test positief li, geen adductiecontractuur, knijpkracht verminderd.
K: Medicatie | paracetamol 1g 3dd; diclofenac gel
K: Allergieën | geen bekend
""", {'kinds': ['referral'], 'date': '2026-11-24', 'author': 'gp', 'style': 'zorgdomein copied to Word, grid table',
      'referral_question': True, 'imaging_done': 'no', 'operated': 'unmentioned', 'treated_abroad': 'no',
      'notes': 'X-ray requested but explicitly "nog niet gemaakt" (no imaging done); surgery only advised; winters in Spain without medical treatment; "Second Opinion Desk" addressee'},
    header='Verwijzing via ZorgDomein ZD50442108', kv_grid=True)

doc('gp-011-zd-trapeziectomie-pijn', 'platypus', """
LH: Dokterspraktijk Wâldwei | De Kiel 21, 9203 KA Drachten
LH: T. Hoekstra, huisarts | 0512-512600  AGB 01-077301

K: Aan | Handkliniek Noord, loket Second Opinion
K: Betreft | Verwijzing via ZorgDomein
K: Datum | 30-10-2026

K: Patiënt | mevr. J. Dijkstra
K: Geboortedatum | 19-10-1960
K: Zorgverzekering | De Friesland, 555102334
K: Reden van verwijzing | second opinion

K: Vraagstelling | Aanhoudende pijn na trapeziectomie links (MCL, 03-2025). Graag uw second opinion over de oorzaak en de verdere behandelmogelijkheden.

K: Anamnese | Na de operatie in maart 2025 nooit pijnvrij geworden. Pijn bij knijpen en schrijven, krachtsverlies. Röntgenfoto duim li (MCL, 06-2026): status na trapeziectomie, proximalisatie MC1 met contact MC1-scaphoid. Handtherapie (12 sessies) zonder resultaat. Chirurg MCL ziet geen mogelijkheden meer.
K: Medicatie | paracetamol, tramadol 50 mg z.n.
K: Allergieën | sulfonamiden
""", {'kinds': ['referral'], 'date': '2026-10-30', 'author': 'gp', 'style': 'zorgdomein two-column (platypus, no grid)',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'no title; "Reden van verwijzing: second opinion" plus Vraagstelling; addressee "loket Second Opinion"; no history sections'},
    kv_w=42, pagenum=None)

doc('gp-012-zd-antalya-kdraden-behandeling', 'canvas', """
LH: Huisartsenpraktijk Schilderswijk | Hoefkade 300, 2526 BK Den Haag
LH: M. Boukhari, huisarts | 070-3889120 | AGB 01-064455

# Verwijzing - Consult handchirurgie
K: Zorgaanbieder | HMC Westeinde, afdeling Chirurgie - handchirurgie
K: Verwijsdatum | 08.10.2026
K: Patiënt | dhr. E. Kaya
K: Geboortedatum | 05-05-1976
K: BSN | 274 118 609
K: Verzekeraar | Zilveren Kruis

## Reden van verwijzing
K: | Verzoek overname behandeling: verwijderen K-draden en nacontrole distale radiusfractuur rechts.

## Toelichting
K: | Patiënt viel op 21-09-2026 van een trap tijdens vakantie in Antalya. Opgenomen in het Akdeniz Üniversitesi Hastanesi (3 dagen). Daar röntgenfoto's: distale radiusfractuur re, gesloten repositie en percutane fixatie met 2 K-draden op 22-09-2026. Kortdurend gips, draden moeten na 6 weken verwijderd worden. Foto's op CD en Turkse ontslagbrief (vertaald) heeft patiënt zelf bij zich. MRSA-screening is aangevraagd, uitslag volgt.

## Relevante voorgeschiedenis
K: | hypertensie, jicht (2022)

## Recente behandelingen
K: 22-09-2026 | repositie en K-draadfixatie radius re (Antalya)
K: 30-09-2026 | wondcontrole huisarts, pinnen rustig

## Medicatie
K: | losartan 50 mg 1dd, allopurinol 100 mg 1dd

## Allergieën
K: | geen
""", {'kinds': ['referral', 'history'], 'date': '2026-10-08', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': False, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'request to take over treatment, no question; admitted in Antalya with K-wire fixation; MRSA only requested; dotted date'},
    bars=True, header='ZorgDomein | Kaya, E. | geb. 05-05-1976')

doc('gp-013-zd-cts-vraag', 'txt', """
VERWIJZING CONSULT HANDCHIRURGIE
Rivierenland Ziekenhuis Tiel - Plastische chirurgie

Datum verwijzing : 9 juni 2026
Verwijzer        : B. van Aalst, huisarts - Huisartsengroep Tiel-West (AGB 01-059981)

PATIËNT
K: Naam | Smits, P. (Petra)
K: Geboortedatum | 28-11-1970
K: BSN | 152 339 870
K: Verzekeraar | VGZ

VRAAGSTELLING
Carpaletunnelsyndroom links? Graag diagnostiek en behandeladvies.

ANAMNESE
Sinds maart tintelingen duim tot ringvinger links, 's nachts wakker, schudt de hand uit. Werkt als kassamedewerker. Geen nekklachten.

ONDERZOEK
Tinel li positief, Phalen na 30 sec positief. Sensibiliteit intact, geen atrofie.

AANVULLEND ONDERZOEK
Geen; er is nog geen EMG of beeldvorming verricht.

RELEVANTE VOORGESCHIEDENIS
Hypothyreoïdie. Geen operaties in de voorgeschiedenis.

MEDICATIE
Levothyroxine 100 mcg 1dd.

ALLERGIEËN
Geen.

-- ZorgDomein afdruk 09-06-2026 --
""", {'kinds': ['referral'], 'date': '2026-06-09', 'author': 'gp', 'style': 'zorgdomein plain-text printout, upper-case headings',
      'referral_question': True, 'imaging_done': 'no', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': 'consult question (diagnosis and advice); voorgeschiedenis without recent treatments; negations for imaging and operations'},
    kv_w=18)

doc('gp-014-zd-mallet-antwerpen', 'canvas', """
LH: Huisartsenpraktijk Markiezaat | Wouwsestraat 77, 4611 JB Bergen op Zoom
LH: D. Verschuren, huisarts | 0164-254310 | AGB 01-083346

# Second opinion handchirurgie
K: Zorgaanbieder | Handcentrum Rijnland, Second Opinion
K: Verwijsdatum | 30-11-2026
K: Patiënt | mevr. F. Peeters
K: Geboortedatum | 12-01-1999
K: BSN | 289 774 015
K: Verzekeraar | Menzis

## Vraagstelling
K: | Patiënte wenst een second opinion. Is een operatieve correctie van het resterende strekdeficit dig IV rechts nog zinvol?

## Anamnese
K: | Op 09-08-2026 bal op de ringvinger tijdens basketbal bij familiebezoek in Antwerpen. Dezelfde dag gezien op de spoedgevallendienst van ZNA Middelheim: röntgenfoto toonde een mallet-fractuur met klein dorsaal fragment. Behandeld met een Stack-spalk gedurende 8 weken, niet geopereerd. Nu strekdeficit DIP 25 graden en beginnende zwanenhalsstand. Belgische brief is niet meegegeven.

## Relevante voorgeschiedenis
K: | geen bijzonderheden

## Recente behandelingen
K: 08-2026 - 10-2026 | Stack-spalk (België), daarna handtherapie 6x in Bergen op Zoom

## Medicatie
K: | ethinylestradiol/levonorgestrel

## Allergieën
K: | geen
""", {'kinds': ['referral', 'history'], 'date': '2026-11-30', 'author': 'gp', 'style': 'zorgdomein two-column canvas',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'emergency department in Antwerp (Belgium) counts as abroad; "niet geopereerd"'},
    bars=False, kv_x=48, header='ZorgDomein - Peeters, F. - 12-01-1999', pagenum='pag. {p}/{n}')

doc('gp-015-zd-slac-moeder', 'docx', """
LH: Huisartsenpraktijk De Wielewaal | Wielewaalstraat 2, 6533 GE Nijmegen
LH: S. Peters, huisarts | 024-3551870 | AGB 01-044980

# Second opinion orthopedie
K: Zorgaanbieder | Sint Maartenskliniek, Orthopedie hand/pols (second opinion)
K: Verwijsdatum | 01-12-2026
K: Patiënt | dhr. B. Hendriks
K: Geboortedatum | 09-09-1966
K: BSN | 176 203 448
K: Verzekeraar | VGZ
K: Verwijzer | S. Peters, huisarts

K: Vraagstelling | Welke behandeling is voor deze patiënt het meest geschikt? Orthopeed CWZ stelt een proximale rijresectie of vierhoeksartrodese voor; patiënt (timmerman) wil weten of er alternatieven zijn.
K: Anamnese | Progressieve pijn en stijfheid rechterpols sinds 3 jaar. Röntgenfoto pols re (CWZ, 02-10-2026): SLAC-pols stadium II. Polsbrace geeft beperkte verlichting.
K: Familieanamnese | Moeder is meermaals aan beide handen geopereerd in verband met reumatoïde artritis.
K: Medicatie | naproxen 500 mg 2dd z.n., pantoprazol 20 mg
K: Allergieën | geen
""", {'kinds': ['referral'], 'date': '2026-12-01', 'author': 'gp', 'style': 'zorgdomein copied to Word, grid table',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'mother operated (family), patient only offered surgery; no history section'},
    header='ZorgDomein - Hendriks, B.', font='Arial', size=10)

doc('gp-016-zd-sl-letsel-episodelijst', 'canvas', """
LH: Huisartsenpraktijk Kennemerhof | Breestraat 9, 1941 EA Beverwijk
LH: C. Mulder, huisarts | 0251-221870 | AGB 01-066208

# Second opinion plastische chirurgie
K: Zorgaanbieder | HandPols Kliniek Amsterdam
K: Verwijsdatum | 22-06-2026
K: ZorgDomein-nummer | ZD49877120

## Patiënt
K: Naam | mevr. N. Bouzid
K: Geboortedatum | 31-03-1985
K: BSN | 244 519 036
K: Adres | Zeestraat 140, 1942 AX Beverwijk
K: Verzekeraar | Zilveren Kruis, polis 71044962

## Vraagstelling
K: | Second opinion op verzoek van patiënte. Is de geadviseerde SL-ligamentreconstructie de juiste behandeling, of is een minder ingrijpende behandeling mogelijk?

## Anamnese
K: | Verpleegkundige, in oktober 2025 door een patiënt tegen de rechterpols geduwd. Sindsdien pijn dorsaal in de pols, krachtsverlies, klikken bij steunen. MRI pols re (Rode Kruis Ziekenhuis Beverwijk, 04-05-2026): volledige ruptuur scafolunair ligament zonder artrose. Plastisch chirurg Noordwest Ziekenhuisgroep Alkmaar heeft een SL-reconstructie geadviseerd. Patiënte is bang voor stijfheid van de pols en wil graag een tweede mening.

## Lichamelijk onderzoek
K: | Drukpijn SL-interval re, Watson-test positief met pijn, ROM extensie 50 / flexie 45 (li 75/70).

## Episodelijst
K: L81 | Letsel bewegingsapparaat NAO (pols re) - sinds 10-2025
K: P76 | Depressie - 2017, afgesloten
K: K86 | Hypertensie zonder orgaanschade - sinds 2023
K: W84 | Zwangerschap hoog risico - 2019, afgesloten

## Relevante voorgeschiedenis
K: 2019 | sectio caesarea (stuitligging)
K: 2023 | hypertensie, gestart met medicatie

## Recente behandelingen
K: 11-2025 - 02-2026 | polsbrace, fysiotherapie 12x
K: 05-2026 | MRI pols re
K: 06-2026 | consult plastische chirurgie NWZ Alkmaar: operatie geadviseerd

## Medicatie
K: | enalapril 10 mg 1dd; paracetamol z.n.

## Allergieën
K: | latex (contacteczeem)

## Contra-indicaties
K: | geen

Verwijzing opgesteld door C. Mulder, huisarts.
""", {'kinds': ['referral', 'history'], 'date': '2026-06-22', 'author': 'gp',
      'style': 'zorgdomein two-column canvas with episode list', 'referral_question': True, 'imaging_done': 'yes',
      'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'surgery only advised; sectio is another operation; ICPC episodes; two pages'},
    bars=True, size=10, header='ZorgDomein  ZD49877120  -  Bouzid, N.  -  31-03-1985',
    footer='Datum afdruk: 22-06-2026')

doc('gp-017-zd-ganglion-voor-behandeling', 'canvas', """
LH: Huisartsenpraktijk De Linde | Lindenlaan 14, 2012 KP Haarlem
LH: dr. I. Sarmo, huisarts | 023-5310442  AGB 01-012346

K: Aan | Handcentrum Rijnland - Handchirurgie, t.a.v. loket second opinion
K: Datum | 27-11-2026
K: Product | Consult handchirurgie

K: Patiënt | dhr. K. Mulder
K: Geboortedatum | 20-02-1990
K: BSN | 317 266 841

K: Reden van verwijzing | Ganglion volaire zijde pols links, 1,5 cm, hinderlijk bij fietsen en werk (monteur). Verwijzing voor behandeling (extirpatie).
K: Medicatie | geen
K: Allergieën | geen
""", {'kinds': ['referral'], 'date': '2026-11-27', 'author': 'gp', 'style': 'zorgdomein minimal form, no title',
      'referral_question': False, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned',
      'notes': 'referral for treatment without question, but addressed to "loket second opinion"; very short'},
    kv_x=55, pagenum=None, header='ZorgDomein verwijzing')

doc('gp-018-zd-kreta-val-samenvatting', 'docxpdf', """
LH: Huisartsenpraktijk Bennekom-Oost | Kerkstraat 30, 6721 VB Bennekom
LH: W. ter Horst, huisarts | 0318-414455 | AGB 01-058730

# Verwijzing Second opinion handchirurgie
K: Aan | Kliniek voor Hand- en Polschirurgie Utrecht, second-opinionpoli
K: Datum verwijzing | 2 september 2026
K: Patiënt | mevr. M. Schouten
K: Geboortedatum | 04-04-1975
K: BSN | 205 661 387
K: Verzekeraar | Menzis

## Vraagstelling
Verdenking scafolunair letsel rechts? Patiënte vraagt een second opinion nadat de orthopeed geen afwijkingen vond.

## Anamnese
In mei 2026 tijdens vakantie op Kreta gevallen op de rechterhand. Geen medische zorg in het buitenland gezocht. Bij terugkomst röntgenfoto pols re via huisarts (Ziekenhuis Gelderse Vallei, 21-05-2026): geen fractuur, SL-afstand 3 mm (grensgeval). Orthopeed Gelderse Vallei (07-2026): polsdistorsie, geen aanvullend onderzoek nodig. Klachten persisteren: pijn dorsaal, zwakte bij dragen.

## Relevante voorgeschiedenis
K: 2008 | appendectomie
K: 2015 | artroscopie knie links (meniscusletsel)
K: 2020 | burn-out

## Recente behandelingen
K: 05-2026 | X-pols re; drukverband, paracetamol
K: 07-2026 | consult orthopedie Gelderse Vallei
K: 07-2026 - 08-2026 | fysiotherapie 6x

## Medicatie
paracetamol 500 mg zo nodig

## Allergieën
geen
""", {'kinds': ['referral', 'history'], 'date': '2026-09-02', 'author': 'gp', 'style': 'zorgdomein form via Word/LibreOffice',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'no',
      'notes': 'holiday fall on Crete without care abroad; appendectomy and knee arthroscopy are other body parts'},
    header='ZorgDomein', kv_grid=False, font='Arial', size=10)

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
