"""Dutch documents vd-019 .. vd-035 and the Dutch merged bundle vd-064 (all fictional)."""
from common import CLINIC, CLINIC_ADDR, label, part

DOCS = []

# ---------------------------------------------------------------------------------------------- vd-019
DOCS.append(dict(
    stem="vd-019", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              header=["ZorgDomein  |  Verwijzing  |  Aarts, J.  |  13-10-1971"], header_from=2,
              footer="Deze verwijzing is aangemaakt in ZorgDomein op 13-10-2026 om 16:52 door M. Pijnenburg.  "
                     "Pagina {page} van {pages}",
              meta=dict(title="Verwijzing", creator="ZorgDomein")),
    blocks=[
        ("kv", [("ZorgDomein", "Verwijzing - Second opinion plastische chirurgie (hand/pols)"),
                ("Verwijsnummer", "ZD-2610-2209-5561")], {"lw": 35}),
        ("table", [["Onderdeel", "Gegevens"],
                   ["Verwijzer", "M. (Maartje) Pijnenburg, huisarts\nHuisartsen Wilhelminapark\n"
                                 "Wilhelminapark 40, 5041 ED Tilburg\nAGB 01-999677 - tel. 013-5552900"],
                   ["Ontvanger", CLINIC + "\nPolikliniek second opinion\n" + ", ".join(CLINIC_ADDR)],
                   ["Datum", "13-10-2026"],
                   ["Patiënt", "Mw. J. (Josephine) Aarts\nGeboortedatum: 13-10-1971\nBSN: 999 712 055\n"
                               "Ringbaan-Oost 77, 5013 CA Tilburg"],
                   ["Verzekering", "Zorgverzekeraar Brabantstroom, polisnr. BS-44810992"],
                   ["Reden van verwijzing", "Recidief ganglion dorsaal pols rechts na excisie in 11-2025, pijn bij "
                                            "steunen en bij het werk als kapster."],
                   ["Vraagstelling", "Graag uw second opinion: is opnieuw excisie zinvol, of is er een andere "
                                     "oorzaak van de pijn (bijvoorbeeld SL-letsel)? Behandelend plastisch chirurg "
                                     "adviseert afwachten."],
                   ["Relevante voorgeschiedenis", "2014 mammacarcinoom links: lumpectomie en radiotherapie, in "
                                                  "remissie\n2018 hypertensie\n2021 ganglion dorsaal pols rechts\n"
                                                  "11-2025 excisie ganglion pols rechts (Ziekenhuis Moerwijk, "
                                                  "dagbehandeling)"],
                   ["Recente behandelingen", "03-2026 echo pols rechts (Ziekenhuis Moerwijk): recidief ganglion "
                                             "12 mm\n06-2026 aspiratie ganglion door plastisch chirurg\n"
                                             "09-2026 handtherapie en polsspalk, gering effect"],
                   ["Medicatie", "Anastrozol 1 mg 1 dd 1; amlodipine 5 mg 1 dd 1"],
                   ["Allergieën", "Pleisters (contactallergie)"],
                   ["Bijlagen", "Brief plastische chirurgie d.d. 02-07-2026; echoverslag d.d. 11-03-2026"]],
         {"widths": [42, 128], "header": False}),
    ],
    label=label(["referral", "history"], "2026-10-13", "gp", "nl",
                "ZorgDomein referral as single table (label cells left, values right)",
                "yes", "yes", "unmentioned",
                "Birth date 13-10-1971 shares day and month with the referral date; question only in the "
                "Vraagstelling cell; history and recent treatments as table cells; lumpectomy is another body "
                "part; ganglion excision is the hand operation.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-020
DOCS.append(dict(
    stem="vd-020", fmt="txt",
    opts={},
    text="""
******************** LABORATORIUMUITSLAG ********************
Afzender : Laboratorium Medische Microbiologie Rijn-IJssel
           Wagnerlaan 55, 6815 AD Arnhem  - tel. 026-5551820
Aan      : R. Hoekstra, huisarts - Praktijk Rozengaarde, Rozengaarde 6, 6961 AA Eerbeek
Bericht  : MEDLAB eindverslag                 Berichtdatum: 05-11-2026 11:24

Patiënt  : VAN LEEUWEN, Hendrik Jan (dhr.)
Geb.dat. : 05-11-1958         BSN: 999 810 437
Labnummer: MM26-118734
Afname   : 02-11-2026 09:15   Ontvangst: 02-11-2026 14:02   Eindverslag: 05-11-2026

Aanvraag : MRSA-screening (neus, keel, perineum)
Klin.info: opname Kreiskrankenhaus Emmerich (Dld) 09-2026, verwijzing handchirurgie

Materiaal    Bepaling              Uitslag
------------ --------------------- -------------------------------------------------
Neus         MRSA kweek            POSITIEF: Staphylococcus aureus,
                                   methicilline-resistent (MRSA)
Keel         MRSA kweek            negatief
Perineum     MRSA kweek            negatief
Neus         mecA/mecC PCR         mecA positief

Gevoeligheid MRSA (neus)
  Antibioticum           S/I/R
  Flucloxacilline        R
  Clindamycine           S
  Doxycycline            S
  Co-trimoxazol          S
  Mupirocine             S
  Fusidinezuur           S

Commentaar:
MRSA aangetoond in neuskweek. Patiënt is MRSA-drager. Advies: dekolonisatiebehandeling
(mupirocine neuszalf 3 dd gedurende 5 dagen, chloorhexidine wassen), daarna controlekweken
na 1 week, 2 weken en 3 maanden. Graag overleg met de arts-microbioloog voor een eventuele
opname of operatie. Melding aan GGD is niet nodig.

Gevalideerd: 05-11-2026 11:20 door dr. I. Verhoef, arts-microbioloog
*********************** EINDE BERICHT ***********************
""",
    label=label(["mrsa-screening"], "2026-11-05", "lab", "nl", "lab result as MEDLAB-like text message in the HIS",
                "unmentioned", "unmentioned", "yes",
                "Positive MRSA result; birth date 05-11-1958 equals the report day and month; admission in a "
                "German hospital only abbreviated '(Dld)'; susceptibility table.",
                also_dates=["2026-11-02"]),
))

# ---------------------------------------------------------------------------------------------- vd-021 merged
_p21a = dict(
    opts=dict(font="helv", size=9.5, footer="ZorgDomein - afgedrukt 05-10-2026 - pagina {page} van {pages}"),
    blocks=[
        ("title", "Verwijzing - Consult plastische chirurgie / handchirurgie", {"size": 13}),
        ("kv2",
         [("Verwijzer", "H. (Hans) Brouwer, huisarts"), ("Praktijk", "Huisartsenpraktijk Assen-Noord\n"
                                                                    "Kloosterveen 12, 9405 AB Assen"),
          ("AGB", "01-999902"), ("Datum", "05-10-2026")],
         [("Patiënt", "Mw. F. (Fenna) Postma"), ("Geboren", "18-05-1988"), ("BSN", "999 145 806"),
          ("Adres", "Markt 2a, 9401 GS Assen")]),
        ("h", "Reden van verwijzing"),
        ("p", "Aanhoudende pijn radiale zijde pols links na conservatief behandelde scaphoïdfractuur (04-2026). "
              "Behandelend orthopeed (Ziekenhuis Drentse Aa) acht de fractuur geconsolideerd en adviseert "
              "oefentherapie; patiënte twijfelt."),
        ("h", "Vraagstelling"),
        ("p", "Second opinion: is er sprake van een (dreigende) pseudartrose van het scaphoïd links, en is "
              "operatieve behandeling geïndiceerd?"),
        ("h", "Medicatie / allergieën"),
        ("p", "Ethinylestradiol/levonorgestrel. Geen allergieën."),
        ("p", "Bijlagen: brief orthopedie d.d. 20-07-2026, CT-verslag d.d. 14-07-2026."),
    ])
_p21b = dict(
    opts=dict(font="times", size=10.5, footer="Ziekenhuis Drentse Aa - Dr. Nassaulaan 4, 9401 HJ Assen - 0592-555000"),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Drentse Aa", "sub": ["Orthopedie"],
                        "lines": ["Dr. Nassaulaan 4", "9401 HJ Assen"], "logo": "circle", "color": (0, 100, 50)}),
        ("addr_meta", ["Weledelgeboren heer H. Brouwer, huisarts", "Kloosterveen 12", "9405 AB Assen"],
         [("Datum", "20 juli 2026"), ("Kenmerk", "ORT-26-07712")]),
        ("p", "**Betreft:** mevrouw F. Postma, geboren 18 mei 1988"),
        ("p", "Geachte collega,"),
        ("p", "Op 17 juli jl. zag ik uw patiënte terug op de polikliniek orthopedie. Zij liep op 3 april 2026 "
              "een scaphoïdfractuur links (middenderde, ongedisloceerd) op bij een val van de fiets. "
              "Zij werd behandeld met onderarmgips met duiminsluiting gedurende tien weken; een operatie was "
              "niet nodig en is niet verricht."),
        ("p", "**Onderzoek:** geringe drukpijn tabatière, polsfunctie 80 procent van rechts."),
        ("p", "**Aanvullend onderzoek:** CT pols links d.d. 14-07-2026: doorbouw over ongeveer 60 procent van "
              "de fractuur, geen verplaatsing."),
        ("p", "**Conclusie:** consoliderende scaphoïdfractuur links.\n"
              "**Beleid:** gips af, brace bij belasting, verwijzing fysiotherapie. Controle zo nodig."),
        ("sig", ["Met vriendelijke groet,", "", "dr. G. Kamminga, orthopedisch chirurg"]),
    ])
_p21c = dict(
    opts=dict(font="helv", size=10, footer="Ziekenhuis Drentse Aa - Radiologie - verslag {page}/{pages}"),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Drentse Aa", "sub": ["Afdeling Radiologie"],
                        "lines": ["Dr. Nassaulaan 4, 9401 HJ Assen"], "rule": True}),
        ("kv", [("Patiënt", "Postma, F."), ("Geb.", "18-05-1988"), ("Onderzoek", "CT pols links"),
                ("Datum", "14-07-2026"), ("Aanvrager", "dr. G. Kamminga, orthopedie")], {"cols": 2}),
        ("h", "Klinische vraag"),
        ("p", "Scaphoïdfractuur li 03-04-2026, 14 weken gips. Consolidatie?"),
        ("h", "Bevindingen"),
        ("p", "Fractuurlijn middenderde scaphoïd. Trabeculaire overbrugging over circa 60 procent van de "
              "doorsnede, voornamelijk aan de volaire zijde. Geen sclerose, geen cysteuze resorptie. Geen "
              "collaps of humpback-configuratie. Overige carpus normaal."),
        ("h", "Conclusie"),
        ("p", "Partieel geconsolideerde scaphoïdfractuur links (ca. 60 procent)."),
        ("sig", ["dr. A. Hulshof, radioloog - 14-07-2026"]),
    ])
DOCS.append(dict(
    stem="vd-021", fmt="pdf",
    opts=dict(meta=dict(title="scan0001", creator="Bijlagen ZorgDomein")),
    parts=[_p21a, _p21b, _p21c],
    label=label(["referral", "correspondence", "imaging-report"], None, "gp", "nl",
                "merged PDF (bijlagen): ZorgDomein referral + orthopaedic letter + CT report",
                "yes", "no", "unmentioned",
                "Three documents in one file; no date of its own (each part has one); top-level author is the "
                "sender of the bundle (GP); 'een operatie ... niet verricht'; the CT report's clinical question "
                "'Consolidatie?' is not a referral.",
                referral_question=True,
                parts=[part(["referral"], "2026-10-05", "gp"),
                       part(["correspondence"], "2026-07-20", "specialist", also_dates=["2026-07-17"]),
                       part(["imaging-report"], "2026-07-14", "radiologist")]),
))

# ---------------------------------------------------------------------------------------------- vd-022
DOCS.append(dict(
    stem="vd-022", fmt="docx",
    opts=dict(font="Times New Roman", size=11,
              meta=dict(author="Dijkzicht", title="samenvatting")),
    blocks=[
        ("letterhead", {"name": "Huisartsenpraktijk Dijkzicht", "sub": ["S. (Sabine) Kraaijeveld, huisarts"],
                        "lines": ["Maasboulevard 3, 3201 AB Spijkenisse - 0181-555400 - AGB 01-999310"],
                        "color": (20, 20, 120)}),
        ("p", "Spijkenisse, 2 maart 2026"),
        ("addr", ["Aan de polikliniek second opinion", CLINIC] + CLINIC_ADDR),
        ("title", "Samenvatting medische voorgeschiedenis", {"size": 12}),
        ("p", "**Patiënt:** Mw. W. (Wilma) de Ridder-Kok, geboren 9 maart 1964\n"
              "**Adres:** Dijkstraat 21, 3201 CT Spijkenisse"),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u een samenvatting van haar voorgeschiedenis, ter aanvulling op "
              "de verwijzing van de orthopeed."),
        ("h", "Voorgeschiedenis"),
        ("table", [["Jaar", "Diagnose / ingreep"],
                   ["2003", "Appendectomie"],
                   ["2010", "Sectio caesarea"],
                   ["2015", "Depressieve episode, behandeld met sertraline (gestopt 2017)"],
                   ["2019", "Osteopenie (DEXA), calcium/vitamine D"],
                   ["02-2024", "Distale radiusfractuur rechts"],
                   ["2025", "Malunie distale radius rechts, persisterende pijn"]], {"header": True}),
        ("h", "Toelichting pols rechts"),
        ("p", "Patiënte liep in februari 2024 tijdens de wintersport in Innsbruck een distale radiusfractuur "
              "rechts op. Zij werd daar op de eerste hulp gezien, de fractuur werd gereponeerd en in gips gezet; "
              "zij is niet opgenomen. In Nederland is de behandeling conservatief voortgezet in Ziekenhuis "
              "Spijkenisse-Zuid; een operatie is toen niet verricht. Controlefoto's in maart en mei 2024 toonden "
              "een verkorte radius met dorsale kanteling. In 2025 bleef de pols pijnlijk; een CT in november 2025 "
              "bevestigde de malunie. De orthopeed heeft een correctieosteotomie voorgesteld. Patiënte wil "
              "hierover een tweede mening."),
        ("h", "Medicatie"),
        ("p", "Calcium/colecalciferol 500 mg/800 IE 1 dd; paracetamol z.n."),
        ("h", "Allergieën"),
        ("p", "Geen."),
        ("sig", ["Met collegiale groet,", "", "S. Kraaijeveld, huisarts"]),
    ],
    label=label(["history"], "2026-03-02", "gp", "nl", "GP summary letter (samenvatting) with history table, DOCX",
                "yes", "no", "yes",
                "History letter dated 2 maart 2026, probably older than six months at intake (recency test); "
                "birth date 9 maart 1964 close to the letter date; treatment abroad named by city only "
                "(emergency care in Innsbruck); 'een operatie is toen niet verricht'; osteotomy only proposed; "
                "appendectomie and sectio are other body parts."),
))

# ---------------------------------------------------------------------------------------------- vd-023
DOCS.append(dict(
    stem="vd-023", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="Ziekenhuis Lingestreek - Neurologie en Klinische Neurofysiologie - Banneweg 57, 4204 AA Gorinchem\n"
                     "Pagina {page} van {pages}",
              meta=dict(title="Poliklinische brief neurologie", creator="Epic")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Lingestreek", "sub": ["Neurologie"],
                        "lines": ["Banneweg 57", "4204 AA Gorinchem", "0183-555600"], "logo": "wave",
                        "color": (100, 30, 100)}),
        ("addr_meta", ["Aan: huisarts K. de Waal", "Huisartsenpraktijk Arkel", "Dorpsstraat 14", "4241 BN Arkel"],
         [("Datum", "27-10-2026"), ("Datum consult", "22-10-2026"), ("Referentie", "NEU-26-33917")]),
        ("p", "**Betreft:** Dhr. B. (Bas) van den Heuvel, geb. 12-06-1967"),
        ("p", "Beste collega,"),
        ("p", "Op 22-10-2026 zag ik uw patiënt voor neurofysiologisch onderzoek wegens tintelingen in beide "
              "handen."),
        ("h", "Anamnese"),
        ("p", "Sinds een jaar nachtelijke tintelingen in dig 1-3 links, minder rechts. Uitschudden helpt. "
              "Sinds enkele maanden dropt hij voorwerpen uit de linkerhand. Werkt als heftruckchauffeur. "
              "Patiënt is niet eerder aan de handen geopereerd. DM type 2 sinds 2018."),
        ("h", "Neurologisch onderzoek"),
        ("p", "Atrofie thenar links. Kracht m. abductor pollicis brevis links MRC 4. Hypesthesie dig 1-3 links. "
              "Tinel en Phalen links positief, rechts Phalen positief."),
        ("h", "EMG / zenuwgeleidingsonderzoek"),
        ("p", "Links: ernstig vertraagde sensibele en motorische geleiding van de n. medianus over de pols, "
              "distale motorische latentie 7,8 ms, denervatie in de m. abductor pollicis brevis. Rechts: licht "
              "vertraagde sensibele geleiding. N. ulnaris beiderzijds normaal. Geen aanwijzingen voor "
              "polyneuropathie of cervicale radiculopathie.\nEr is geen beeldvorming verricht; die is ook niet "
              "nodig voor de diagnose."),
        ("h", "Conclusie"),
        ("p", "Ernstig carpaletunnelsyndroom links, licht carpaletunnelsyndroom rechts."),
        ("h", "Beleid"),
        ("p", "Links is een operatieve decompressie geïndiceerd. Ik heb patiënt verwezen naar de plastisch "
              "chirurg van ons ziekenhuis; hij overweegt ook een second opinion elders. Rechts: nachtspalk."),
        ("sig", ["Met vriendelijke groet,", "", "dr. E. Kok, neuroloog"]),
        ("small", "Dit document is elektronisch ondertekend. cc: patiënt; plastische chirurgie Lingestreek"),
    ],
    label=label(["correspondence"], "2026-10-27", "specialist", "nl", "neurology outpatient letter (Epic-like), EMG report",
                "no", "no", "unmentioned",
                "EMG is not imaging and the letter says 'geen beeldvorming verricht'; operation indicated and "
                "referral to plastic surgery are plans; 'niet eerder aan de handen geopereerd'."),
))

# ---------------------------------------------------------------------------------------------- vd-024
DOCS.append(dict(
    stem="vd-024", fmt="txt",
    opts={},
    text="""
MEDVRI-BERICHT                                  Ontvangen: 10-09-2026 07:02
Van   : Ziekenhuis Tjongerdal, Heelkunde - Trauma- en handchirurgie
        Tjongerweg 2, 8441 PV Heerenveen
Aan   : huisarts A. Terpstra, Praktijk It Hearrenfean, Heerenveen
Onderwerp: Poliklinische brief

-----------------------------------------------------------------------------------
Heerenveen, 9 september 2026

Betreft: dhr. S. (Sjoerd) Dijkstra, geb. 21-12-1975, pat.nr. 3300981

Geachte collega,

Uw patiënt bezocht op 07-09-2026 opnieuw de polikliniek heelkunde.

Anamnese
Status na ORIF distale radius rechts (november 2025, in ons ziekenhuis) na val van een stei-
ger. Het osteosynthesemateriaal is op 16-06-2026 verwijderd wegens irritatie van de buig-
pezen. Sindsdien geleidelijk toenemende pijn en stijfheid van de pols, vooral bij dorsaal-
flexie en bij het tillen van materiaal (metselaar). Slaapt slecht door de pijn.

Lichamelijk onderzoek
Rustige littekens. Dorsaalflexie 25 gr, palmairflexie 30 gr, pro/supinatie 80/70 gr.
Drukpijn radiocarpaal gewrichtsspleet. Knijpkracht re 18 kg, li 44 kg.

Aanvullend onderzoek
X-pols re (07-09-2026): geconsolideerde fractuur, versmalling radioscafoïdale
gewrichtsspleet met subchondrale sclerose.
CT pols re (25-08-2026): posttraumatische artrose radiocarpaal, intercarpaal gespaard.

Conclusie
Posttraumatische radiocarpale artrose rechts, 10 maanden na ORIF.

Beleid
Met patiënt besproken dat een partiële artrodese (radioscafolunair) of een denervatie
van de pols tot de mogelijkheden behoort. Patiënt wil bedenktijd en overweegt een
second opinion. Wij hebben hem daarvoor de beelden op CD meegegeven. Controle over
3 maanden of eerder op zijn verzoek. Werkhervatting in aangepast werk besproken.

Met vriendelijke groet,

dr. J. Hoekstra, chirurg-traumatoloog

c.c.: patiënt

*** EINDE BERICHT ***
""",
    label=label(["correspondence"], "2026-09-09", "specialist", "nl",
                "specialist letter received as MEDVRI/Edifact text message in the HIS",
                "yes", "yes", "unmentioned",
                "Message-received date (10-09) differs from letter date (9 september) and visit date (07-09); "
                "operation and hardware removal as past events; artrodese only discussed; hyphenated line breaks.",
                also_dates=["2026-09-07"]),
))

# ---------------------------------------------------------------------------------------------- vd-025
DOCS.append(dict(
    stem="vd-025", fmt="pdf",
    opts=dict(font="helv", size=10,
              header=["Ziekenhuis Duinstreek - OK-verslag", "Mw. N. (Nadia) Bouzid - geb. 19-05-1985 - pat.nr. 6610238"],
              header_right="Pagina {page} van {pages}",
              footer="Afgedrukt 21-05-2026 08:30 door secretariaat plastische chirurgie - vertrouwelijk",
              meta=dict(title="OK-verslag", creator="HiX")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis Duinstreek", "sub": ["Plastische Chirurgie / Handchirurgie"],
                        "lines": ["Duinlaan 1", "2203 AA Noordwijk", "071-5553000"], "logo": "cross",
                        "color": (0, 110, 150)}),
        ("title", "OK-verslag", {"size": 14}),
        ("kv2",
         [("Datum operatie", "19-05-2026"), ("Operateur", "dr. R. Lagendijk"), ("Assistent", "drs. T. Vos (AIOS)"),
          ("Anesthesioloog", "dr. M. Yilmaz"), ("Anesthesie", "Algehele anesthesie + plexusblok")],
         [("Ingreep", "Polsartroscopie rechts"), ("Zijde", "Rechts"), ("Duur", "48 minuten"),
          ("Bloedleegte", "250 mmHg, 41 min"), ("Opname", "Dagbehandeling")],
         {"grid": True}),
        ("h", "Indicatie"),
        ("p", "Ulnaire polspijn rechts sinds 1,5 jaar, onvoldoende verbetering na brace en injectie. "
              "MRI pols rechts (03-2026): centrale TFCC-perforatie zonder foveale loslating, ulna neutraal."),
        ("h", "Beschrijving"),
        ("p", "Patiënt in rugligging, arm in tractietoren met 5 kg. Portalen 3-4 en 6R, later 4-5. "
              "Diagnostische ronde: kraakbeen radius, scaphoid en lunatum intact. SL-ligament: normaal "
              "(Geissler 1). LT-ligament intact. TFCC: centrale degeneratieve perforatie van 5 mm met "
              "flappen, trampolinetest negatief, foveale insertie intact (hook-test negatief). "
              "Debridement van de flappen met shaver en radiofrequente probe tot stabiele randen. "
              "Synovectomie van het ulnaire compartiment. Spoelen. Portalen gesloten met steri-strips. "
              "Drukverband."),
        ("h", "Complicaties"),
        ("p", "Geen."),
        ("h", "Nabehandeling"),
        ("p", "Drukverband 3 dagen, daarna pleisters. Direct vrij bewegen binnen pijngrens, geen zware "
              "belasting gedurende 4 weken. Verwijzing handtherapie. Poliklinische controle na 6 weken bij "
              "de physician assistant. Postoperatieve röntgenfoto niet geïndiceerd."),
        ("pb",),
        ("h", "Implantaten / materialen"),
        ("p", "Geen implantaten. Gebruikte disposables: shaver 2,9 mm, RF-probe."),
        ("h", "Pathologie"),
        ("p", "Geen materiaal ingestuurd."),
        ("h", "Ondertekening"),
        ("p", "Verslag gedicteerd 19-05-2026 16:40, geautoriseerd door dr. R. Lagendijk, plastisch chirurg, "
              "20-05-2026 09:12."),
    ],
    label=label(["operation-report"], "2026-05-19", "specialist", "nl",
                "OK-verslag PDF, two-column field grid, header and page numbers on every page, two pages",
                "yes", "yes", "unmentioned",
                "Operation date vs authorisation date (20-05) vs print date (21-05); page header repeats patient "
                "and birth date on both pages; MRI mentioned in the indication; 'röntgenfoto niet geïndiceerd' "
                "is a plan, not a denial of earlier imaging.",
                also_dates=["2026-05-20"]),
))

# ---------------------------------------------------------------------------------------------- vd-026
DOCS.append(dict(
    stem="vd-026", fmt="docx",
    opts=dict(font="Calibri", size=10.5, letterhead_in_header=True,
              footer="Fysiotherapie Het Anker - KvK 99912345 - info@fysio-hetanker.example",
              meta=dict(author="Fysiotherapie Het Anker", title="Eindverslag")),
    blocks=[
        ("letterhead", {"name": "Fysiotherapie Het Anker", "lines": ["Havenweg 18", "1611 KV Bovenkarspel",
                                                                       "0228-555190"],
                        "inline": True, "logo": "wave", "color": (0, 100, 160), "size": 12}),
        ("p", "Bovenkarspel, 12 augustus 2026"),
        ("addr", ["Aan: dokter R. Jonker, huisarts", "Huisartsenpraktijk Streekweg", "Streekweg 90",
                  "1613 LC Grootebroek"]),
        ("title", "Eindverslag fysiotherapie", {"size": 12}),
        ("kv", [("Patiënt", "Mw. Y. (Yvonne) Schipper"), ("Geboortedatum", "03-08-1990"),
                ("Verwijzing", "Directe toegang fysiotherapie (DTF)"), ("Periode", "10-06-2026 t/m 05-08-2026"),
                ("Aantal behandelingen", "8")], {"grid": True}),
        ("h", "Hulpvraag"),
        ("p", "Mevrouw verzwikte op 1 juni haar linkerpols tijdens het volleyballen. Zij wil weer kunnen "
              "volleyballen en zonder pijn kunnen werken achter de computer."),
        ("h", "Onderzoek en behandeling"),
        ("p", "Bij aanvang drukpijn dorsaal over de pols, beperkte dorsaalflexie. Screening op een fractuur "
              "(Amsterdam Wrist Rules) was negatief; er is geen röntgenfoto gemaakt. Mevrouw is niet geopereerd "
              "en heeft geen eerdere polsklachten gehad. Behandeling: oefentherapie, tape, geleidelijke "
              "belastingopbouw."),
        ("h", "Resultaat"),
        ("p", "Volledige beweeglijkheid, knijpkracht links 30 kg (rechts 32 kg). PSK-score van 7 naar 1. "
              "Mevrouw volleybalt weer. Behandeling afgesloten."),
        ("sig", ["Met vriendelijke groet,", "", "T. Kok, fysiotherapeut", "BIG 99900112233"]),
    ],
    label=label([], "2026-08-12", "other", "nl", "physiotherapy discharge report (eindverslag), DOCX",
                "no", "no", "unmentioned",
                "Physiotherapist's letter, no kind; 'er is geen röntgenfoto gemaakt' and 'niet geopereerd'; "
                "birth date 03-08-1990 close to the letter date; treatment period dates."),
))

# ---------------------------------------------------------------------------------------------- vd-027
DOCS.append(dict(
    stem="vd-027", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              footer="Diagnostisch Centrum Kennemerland-Noord - Huisartsenlaboratorium - Zeeweg 8, 1901 AA Castricum\n"
                     "Rapport {page}/{pages} - rapportdatum 21-10-2026",
              meta=dict(title="Laboratoriumuitslagen", creator="LIS")),
    blocks=[
        ("letterhead", {"name": "Diagnostisch Centrum Kennemerland-Noord", "sub": ["Huisartsenlaboratorium"],
                        "lines": ["Zeeweg 8", "1901 AA Castricum", "0251-555070"], "logo": "square",
                        "color": (40, 120, 160), "size": 12}),
        ("kv2",
         [("Patiënt", "Dhr. K. (Kees) Zwart"), ("Geb.datum", "20-10-1955"), ("Geslacht", "M"),
          ("Aanvrager", "huisarts L. Min, Castricum")],
         [("Ordernummer", "DCK-26-0771203"), ("Afname", "20-10-2026 08:12"), ("Ontvangst", "20-10-2026 10:40"),
          ("Rapport", "21-10-2026 (definitief)")]),
        ("h", "Klinische chemie en hematologie"),
        ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
                   ["Hemoglobine", "8,4", "mmol/L", "8,5 - 11,0", "L"],
                   ["Leukocyten", "7,2", "10^9/L", "4,0 - 10,0", ""],
                   ["BSE", "38", "mm/uur", "< 20", "H"],
                   ["CRP", "14", "mg/L", "< 10", "H"],
                   ["Glucose (nuchter)", "6,1", "mmol/L", "4,0 - 6,0", "H"],
                   ["HbA1c", "45", "mmol/mol", "20 - 42", "H"],
                   ["TSH", "2,1", "mU/L", "0,4 - 4,0", ""],
                   ["Urinezuur", "0,41", "mmol/L", "0,20 - 0,43", ""]],
         {"widths": [50, 25, 25, 40, 10]}),
        ("h", "Immunologie"),
        ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie", ""],
                   ["Reumafactor IgM", "28", "kU/L", "< 15", "H"],
                   ["Anti-CCP", "112", "U/mL", "< 7", "H"]],
         {"widths": [50, 25, 25, 40, 10]}),
        ("p", "Commentaar: verhoogd anti-CCP, passend bij reumatoïde artritis bij een compatibel klinisch beeld. "
              "Overweeg verwijzing reumatologie."),
        ("small", "Geautoriseerd: dr. S. de Bruin, klinisch chemicus, 21-10-2026"),
    ],
    label=label([], "2026-10-21", "lab", "nl", "GP lab results (blood chemistry/immunology) in tables",
                "unmentioned", "unmentioned", "unmentioned",
                "Other lab result, not an MRSA screening; birth date 20-10-1955 equals the sample day and month; "
                "sample vs report date.",
                also_dates=["2026-10-20"]),
))

# ---------------------------------------------------------------------------------------------- vd-028
DOCS.append(dict(
    stem="vd-028", fmt="docx",
    opts=dict(font="Arial", size=10,
              footer=CLINIC + " - formulier SO-03 versie 2026-1",
              meta=dict(author="Oosterlaan", title="Machtiging opvragen medische gegevens")),
    blocks=[
        ("letterhead", {"name": CLINIC, "lines": CLINIC_ADDR, "logo": "circle", "color": (70, 40, 120), "size": 12}),
        ("title", "Toestemmingsformulier (machtiging) opvragen medische gegevens", {"size": 12}),
        ("p", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere "
              "zorgverleners, ook in het buitenland. Vul het formulier volledig in en onderteken het."),
        ("h", "Uw gegevens"),
        ("kv", [("Naam", "Dhr. R. (Rafael) Moreno Visser"), ("Geboortedatum", "25-01-1980"),
                ("Adres", "Lange Nieuwstraat 45, 3512 PG Utrecht"), ("Telefoon", "06-12345678"),
                ("E-mail", "r.morenovisser@mail.example")], {"grid": True}),
        ("h", "Ik geef toestemming om de volgende gegevens op te vragen"),
        ("table", [["Zorgverlener", "Plaats / land", "Welke gegevens"],
                   ["Hospital Costa Cálida", "Alicante, Spanje", "Operatieverslag en ontslagbrief operatie "
                                                                 "rechterpols (juni 2025), röntgenfoto's gemaakt in juni 2025"],
                   ["Huisartsenpraktijk Lombok", "Utrecht", "Samenvatting huisartsdossier"],
                   ["", "", ""]], {"header": True}),
        ("h", "Ondertekening"),
        ("kv", [("Plaats", "Utrecht"), ("Datum", "...................."), ("Handtekening", "(getekend)")],
         {"grid": True}),
        ("small", "Deze machtiging is één jaar geldig. U kunt uw toestemming altijd intrekken."),
    ],
    label=label([], None, "patient", "nl", "clinic consent form (machtiging) filled in by the patient, DOCX tables",
                "yes", "yes", "yes",
                "Undated (date field left as dots); a form, no kind; author taken as the patient who filled and "
                "signed it (the template is the clinic's); says he had a wrist operation in a hospital in Alicante "
                "and that X-rays were made there (listed as records to request)."),
))

# ---------------------------------------------------------------------------------------------- vd-029
DOCS.append(dict(
    stem="vd-029", fmt="txt",
    opts={"bom": True},
    text="""
Verwijzing via ZorgDomein
Second opinion Orthopedie - Hand en pols

Datum verwijzing:        10-11-2026
Verwijsnummer:           ZD-2611-7730-1184
Verwijzer:               dr. A.M. (Anne) Sluiter, huisarts, Huisartsenpraktijk Kanaalzicht
                         Kanaalweg 7, 8191 AA Wapenveld, AGB 01-999845
Ontvangende instelling:  Kliniek voor Hand- en Polschirurgie Oosterlaan, Utrecht

Patiënt:                 Mw. G. (Gül) Demir
Geboortedatum:           02-11-1997
BSN:                     999 923 641
Adres:                   Molenweg 12, 8191 BB Wapenveld
Verzekeraar:             Zorgverzekeraar Oost, polis ZO-1029-4471

Reden van verwijzing:
Persisterende pijn en bewegingsbeperking rechterpols na distale radiusfractuur, 4 maanden
geleden. Afgenomen supinatie, pijn ulnair bij draaien. Stand na conservatieve behandeling
volgens de orthopeed acceptabel.

Vraagstelling:
Graag uw second opinion: is er sprake van een malunie waarvoor een correctieosteotomie
zinvol is? De behandelend orthopeed adviseert afwachten en handtherapie.

Relevante voorgeschiedenis:
- 2016 astma, goed ingesteld
- 2021 partus (vaginaal), 2023 partus (vaginaal)
- 07-2026 distale radiusfractuur rechts
- Patiënte is niet aan de pols geopereerd.

Recente behandelingen:
- 07-2026 SEH ziekenhuis Alanya (Turkije, tijdens vakantie): gesloten repositie onder
  lokale verdoving en bovenarmgips. Geen opname.
- 07/08-2026 gipscontrole Ziekenhuis IJsselvliet: X-pols re toonde lichte secundaire
  dislocatie, conservatief beleid gecontinueerd, gips in totaal 6 weken.
- 09-2026 t/m heden handtherapie (2x per week).
- 10-2026 X-pols re (controle): geconsolideerd, dorsale kanteling 15 gr, ulna plus 2 mm.

Medicatie:
- Salbutamol inhalator z.n.
- Paracetamol 500 mg z.n.

Allergieën:
Geen bekend.

Contactgegevens verwijzer voor overleg: 038-5551177 (terugbellijn)
""",
    label=label(["referral", "history"], "2026-11-10", "gp", "nl",
                "ZorgDomein referral text export with history and recent-treatments sections (UTF-8 BOM)",
                "yes", "no", "yes",
                "Emergency treatment in Alanya (Turkey) without admission still counts as treated abroad; "
                "'niet aan de pols geopereerd'; osteotomy only asked about; birth date 02-11-1997 close to the "
                "referral date; births are distractors.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-030
DOCS.append(dict(
    stem="vd-030", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              footer="AZ Scheldemonde vzw - Dienst Medische Beeldvorming - Kaaistraat 30, 9000 Gent - +32 9 555 28 00\n"
                     "Dit verslag werd elektronisch gevalideerd.",
              meta=dict(title="Verslag medische beeldvorming", creator="PACS-RIS")),
    blocks=[
        ("letterhead", {"name": "AZ Scheldemonde", "sub": ["Dienst Medische Beeldvorming"],
                        "lines": ["Kaaistraat 30", "9000 Gent", "Afspraken: +32 9 555 28 10"],
                        "logo": "wave", "color": (0, 60, 110)}),
        ("kv2",
         [("Patiënt", "VERSTRAETEN Eline"), ("Geboortedatum", "°06/09/1992"), ("Adres", "Axelsestraat 5, 4537 AJ "
                                                                                       "Terneuzen (NL)"),
          ("Patiëntnr.", "SM-4471230")],
         [("Aanvragende arts", "dr. K. De Smet, orthopedie"), ("Onderzoeksdatum", "08/09/2026"),
          ("Onderzoek", "RX linkerpols + echografie linkerpols"), ("Verslagdatum", "08/09/2026")]),
        ("h", "Klinische inlichtingen"),
        ("p", "Zwelling volaire zijde linkerpols sinds 3 maanden, vermoeden van ganglion. Geen voorgeschiedenis "
              "van heelkunde aan de hand of pols."),
        ("h", "RX linkerpols (2 opnamen)"),
        ("p", "Normale botstructuur en normale gewrichtsspleten. Geen fractuur. Geen verkalkingen in de weke "
              "delen."),
        ("h", "Echografie linkerpols"),
        ("p", "Volair radiaal, tussen de arteria radialis en de FCR-pees, een multilobulaire anechogene "
              "structuur van 14 x 9 x 8 mm met een steeltje richting het radioscafoïdale gewricht. Geen "
              "intern vaatsignaal. De arteria radialis loopt er nauw tegenaan."),
        ("h", "Besluit"),
        ("p", "Volair ganglion linkerpols (14 mm), in nauw contact met de arteria radialis. Geen ossale "
              "afwijkingen."),
        ("sig", ["dr. H. Van Acker, radioloog"]),
    ],
    label=label(["imaging-report"], "2026-09-08", "radiologist", "nl",
                "Belgian radiology report ('Besluit', '°' birth date), two-column header",
                "yes", "no", "yes",
                "Belgian imaging service examined a Dutch resident: treated abroad only from the letterhead and "
                "+32 phone; birth date °06/09/1992 close to the exam date 08/09/2026 in the same d/m/y format; "
                "'geen voorgeschiedenis van heelkunde aan de hand'; requester is an orthopaedic surgeon."),
))

# ---------------------------------------------------------------------------------------------- vd-031
DOCS.append(dict(
    stem="vd-031", fmt="docx",
    opts=dict(font="Calibri", size=11, letterhead_in_header=True,
              meta=dict(author="Praktijk Veldzicht", title="aanvulling verwijzing")),
    blocks=[
        ("letterhead", {"name": "Huisartsenpraktijk Veldzicht", "sub": ["B. (Bart) Hermans, huisarts"],
                        "lines": ["Veldstraat 2", "5931 AA Tegelen", "077-5551288"], "inline": True,
                        "color": (120, 60, 0)}),
        ("p", "Tegelen, 30-10-2026"),
        ("addr", [CLINIC, "t.a.v. intake second opinion"] + CLINIC_ADDR),
        ("p", "**Betreft:** aanvulling op verwijzing d.d. 14-10-2026\n"
              "Dhr. M. (Mark) Jacobs, geb. 30-10-1969"),
        ("p", "Geachte collega,"),
        ("p", "In aanvulling op mijn verwijzing van 14 oktober stuur ik u de uitslag van de MRSA-screening die "
              "u vroeg, omdat patiënt in juni 2026 na een motorongeval enkele dagen in Düsseldorf opgenomen is "
              "geweest. De kweek van neus, keel en perineum was negatief (zie de bijgevoegde uitslag van het "
              "laboratorium)."),
        ("p", "Verder is er sinds mijn verwijzing niets veranderd. Ik hoor graag wanneer u patiënt kunt zien."),
        ("sig", ["Met vriendelijke groet,", "", "B. Hermans, huisarts"]),
        ("small", "Bijlage: uitslag MRSA-screening Laboratorium Noord-Limburg d.d. 27-10-2026"),
    ],
    label=label([], "2026-10-30", "gp", "nl", "GP cover letter enclosing an MRSA result (DOCX, letterhead in page header)",
                "unmentioned", "unmentioned", "yes",
                "Mentions the negative MRSA culture but is not the lab result; 'aanvulling op verwijzing' is not a "
                "referral; birth date 30-10-1969 equals the letter's day and month; admission in Düsseldorf named "
                "by city only."),
))

# ---------------------------------------------------------------------------------------------- vd-032
DOCS.append(dict(
    stem="vd-032", fmt="pdf",
    opts=dict(font="times", size=10.5,
              footer="Ziekenhuis IJsselmonde-Oost - Plastische Chirurgie - Groene Hilledijk 300, 3075 EA Rotterdam - "
                     "010-5556100 - pagina {page} van {pages}",
              meta=dict(title="Ontslagbrief", creator="HiX")),
    blocks=[
        ("letterhead", {"name": "Ziekenhuis IJsselmonde-Oost", "sub": ["Plastische, Reconstructieve en Handchirurgie"],
                        "lines": ["Groene Hilledijk 300", "3075 EA Rotterdam"], "logo": "circle",
                        "color": (150, 20, 50), "name_image": True}),
        ("addr_meta", ["Aan de huisarts", "mw. E. Pronk", "Huisartsenpraktijk Feijenoord", "Putsebocht 12",
                       "3073 HA Rotterdam"],
         [("Datum", "05-02-2026"), ("Kenmerk", "PCH/26/0219"), ("Opname", "03-02-2026"), ("Ontslag", "04-02-2026")]),
        ("title", "Ontslagbrief", {"size": 13}),
        ("p", "**Betreft:** Dhr. O. (Omar) Haddou, geb. 14-07-1972"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt was van 3 tot en met 4 februari 2026 opgenomen op onze afdeling."),
        ("h", "Diagnose"),
        ("p", "Diepe wondinfectie na carpaletunnelrelease rechts (operatie 13-01-2026)."),
        ("h", "Voorgeschiedenis"),
        ("p", "DM type 2 (insuline), obesitas (BMI 36), status na knie-TEP links (2022)."),
        ("h", "Beloop"),
        ("p", "Patiënt presenteerde zich drie weken na een carpaletunnelrelease rechts met roodheid, zwelling en "
              "pusafvloed uit de wond. X-hand rechts: geen aanwijzingen voor osteomyelitis of corpus alienum. "
              "Op 03-02-2026 werd een wondexploratie met debridement en spoeling verricht (zie het bijgevoegde "
              "operatieverslag). Peroperatieve kweken: Staphylococcus aureus, gevoelig voor flucloxacilline; "
              "MRSA werd niet aangetoond. Behandeling met flucloxacilline intraveneus, daarna oraal."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Flucloxacilline 500 mg 4 dd gedurende 10 dagen; paracetamol z.n.; eigen medicatie ongewijzigd."),
        ("h", "Beleid"),
        ("p", "Wondcontrole op de polikliniek na 1 week. Glucoseregulatie door u te vervolgen."),
        ("sig", ["Met vriendelijke groet,", "", "dr. F. Ramdin, plastisch chirurg"]),
        ("small", "Bijlage: operatieverslag d.d. 03-02-2026. cc: patiënt"),
    ],
    label=label(["correspondence"], "2026-02-05", "specialist", "nl",
                "hospital discharge letter, letterhead as image, admission/discharge dates in reference block",
                "yes", "yes", "unmentioned",
                "Operation report only referred to ('zie het bijgevoegde operatieverslag'), not included, so not "
                "an operation report; 'MRSA werd niet aangetoond' in a culture mention is not an MRSA screening; "
                "knee prosthesis is another body part; letter older than six months."),
))

# ---------------------------------------------------------------------------------------------- vd-033
_hdr33 = "Patiëntoverzicht - OUAHABI, M. - geb. 07-11-1969 - afdruk 08-11-2026 - blad {p}"
DOCS.append(dict(
    stem="vd-033", fmt="txt",
    opts={},
    text=_hdr33.format(p=1) + """
=====================================================================================
PATIËNTOVERZICHT                         Medisch Centrum De Hoven, huisartsen
                                         Hovenpad 3, 3544 BD Utrecht - tel 030-5558220
Patiënt    : Dhr. M. (Mohamed) Ouahabi        Geslacht: man
Geboren    : 07-11-1969                        BSN: 999 035 578
Adres      : Zuilenselaan 61, 3544 HK Utrecht
Huisarts   : dr. F. Groen
Datum afdruk: 08-11-2026

PROBLEMEN / EPISODES
 Actief
  T90  Diabetes mellitus type 2                         sinds 2014
  K86  Hypertensie                                      sinds 2016
  L74  Fractuur distale radius rechts (st.na fixatie)   sinds 07-2026
 Inactief
  D88  Appendicitis, appendectomie                      1990
  S03  Wratten                                          2019

MEDICATIE
  Metformine 850 mg 3dd1; gliclazide 80 mg 1dd1; losartan 50 mg 1dd1; paracetamol z.n.

INTOLERANTIES
  Geen.

JOURNAAL
 14-02-2025  POH-S  DM-controle: HbA1c 58, RR 136/82, voeten ok. Fundus 2024 geen retinopathie.
 21-05-2025  HA     S: lage rugpijn na tillen. O: geen uitstraling, neurologisch ok.
                    E: L03 lage rugpijn aspecifiek. P: uitleg, blijven bewegen.
 04-09-2025  POH-S  DM-controle: HbA1c 55. Gewicht 84 kg.
 20-07-2026  TEL    Echtgenote belt vanuit Marokko: pt. is gevallen van een dak tijdens de
                    vakantie, rechterpols gebroken. Opgenomen in het ziekenhuis in Nador,
                    daar geopereerd met pennen (K-draden). Vraagt of medicatie kan worden
                    doorgestuurd. P: recept via apotheek, advies brief meenemen.
 05-08-2026  HA     S: terug uit Marokko, K-draden nog in situ, brief in het Frans
                    meegenomen (ingescand). O: pinnen rustig, geen roodheid, vingers goed
                    doorbloed. E: L74 st.na K-draadfixatie distale radius re.
                    P: verwijzing traumachirurgie Ziekenhuis Utrecht-West (spoed), MRSA-kweek
                    afgenomen i.v.m. opname buitenland.
 08-08-2026  LAB    Uitslag MRSA-kweek neus/keel/perineum: MRSA niet aangetoond.
 12-08-2026  BRIEF  Brief specialist ontvangen (traumachirurgie): K-draden verwijderd op de
                    poli. X-pols re: fractuur in goede stand, beginnende consolidatie. Brace
                    4 weken, daarna handtherapie.
""" + "\n" + _hdr33.format(p=2) + """
 16-09-2026  HA     S: pols stijf, pijn bij draaien, kan niet werken (bouw). O: dorsaalflexie
                    30 gr, supinatie 45 gr. E: L74. P: handtherapie loopt, afwachten.
 15-10-2026  HA     S: weinig vooruitgang, wil second opinion, traumachirurg zegt dat het
                    goed genezen is. O: idem. E: L74 restklachten na distale radiusfractuur re.
                    P: verwijzing Kliniek Oosterlaan (second opinion), samenvatting en
                    MRSA-uitslag mee. Buitenlandse brief laten vertalen?
 02-11-2026  POH-S  DM-controle: HbA1c 61, ophogen gliclazide besproken, pt. wil eerst zelf
                    dieet aanpassen.
 08-11-2026  ADM    Overzicht afgedrukt voor Kliniek Oosterlaan.

Einde overzicht.
""",
    label=label(["history"], "2026-11-08", "gp", "nl", "HIS 'Patiëntoverzicht' printout, plain text, two pages",
                "yes", "yes", "yes",
                "Admission and K-wire operation in Nador (city only) told by phone in the journal; the MRSA "
                "result appears as a journal line, which does not make this an MRSA screening; birth date "
                "07-11-1969 next to print date 08-11-2026; appendectomy distractor."),
))

# ---------------------------------------------------------------------------------------------- vd-034
DOCS.append(dict(
    stem="vd-034", fmt="docx",
    opts=dict(font="Segoe UI", size=10,
              header=["Ziekenhuis Zeeuwse Delta  |  Plastische Chirurgie  |  Poliklinische brief"],
              footer="Ziekenhuis Zeeuwse Delta - 's-Gravenpolderseweg 114, 4462 RA Goes - 0113-555000 - pagina {page}",
              meta=dict(author="Epic", title="Brief")),
    blocks=[
        ("kv", [("Aan", "Mw. dr. L. Dekker, huisarts\nHuisartsenpraktijk Oostwal\nOostwal 3, 4461 AB Goes"),
                ("Datum", "01-10-2026"), ("Datum bezoek", "29-09-2026"),
                ("Patiënt", "Dhr. W. (Willem) Roelse, geb. 06-04-1958, MRN 00551872"),
                ("Behandelaar", "dr. J. Wisse, plastisch chirurg"),
                ("Kopie", "patiënt")], {"grid": True, "lw": 32}),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënt op onze polikliniek voor een eerste consult."),
        ("h", "Anamnese"),
        ("p", "68-jarige man, gepensioneerd lasser. In 2019 een carpaletunnelrelease rechts in het Ziekenhuis "
              "Bergen op Zoom-West, met aanvankelijk goed resultaat. Sinds een jaar opnieuw nachtelijke "
              "tintelingen in dig 1-4 rechts en pijn in het litteken. Links geen klachten."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Litteken rechts rustig, drukpijnlijk proximaal. Tinel positief over het litteken. Geen thenar-"
              "atrofie. Sensibiliteit dig 1-3 rechts verminderd (2-PD 8 mm)."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Geen aanvullend onderzoek verricht. EMG aangevraagd bij de neurologie."),
        ("h", "Conclusie"),
        ("p", "Verdenking recidief of persisterend carpaletunnelsyndroom rechts na release (2019)."),
        ("h", "Beleid"),
        ("p", "EMG afwachten; bij een duidelijke compressie is een revisie-release met eventueel "
              "hypothenar-vetlap te overwegen. Patiënt vroeg of het zinvol is een second opinion te vragen; wij "
              "hebben aangegeven dat hij daar vrij in is."),
        ("sig", ["Met vriendelijke groet,", "", "dr. J. Wisse, plastisch chirurg"]),
        ("small", "Deze brief is elektronisch geautoriseerd."),
    ],
    label=label(["correspondence"], "2026-10-01", "specialist", "nl",
                "Epic-like outpatient letter, addressee/date/patient fields in a DOCX table, no letterhead block",
                "no", "yes", "unmentioned",
                "Header fields only in a table; 'Geen aanvullend onderzoek verricht' (EMG requested, not imaging); "
                "earlier carpal tunnel release in another Dutch hospital; revision only considered; imaging_done=no rests "
                "on 'Geen aanvullend onderzoek verricht' (judgement call).",
                also_dates=["2026-09-29"]),
))

# ---------------------------------------------------------------------------------------------- vd-035
DOCS.append(dict(
    stem="vd-035", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              fax="10-11-2026 08:52   VAN: HUISARTSENPRAKTIJK DE ZANDBERG 0529-555812   AAN: 030-5553301   P.{page}/{pages}",
              footer="Microbiologisch Laboratorium Vechtdal - Hessenweg 2, 7771 RH Hardenberg - 0523-555900",
              meta=dict(title="Uitslag microbiologie", creator="MOLIS")),
    blocks=[
        ("letterhead", {"name": "Microbiologisch Laboratorium Vechtdal", "sub": ["Medische Microbiologie"],
                        "lines": ["Hessenweg 2", "7771 RH Hardenberg"], "rule": True, "size": 12}),
        ("kv2",
         [("Patiënt", "Mw. T. (Tineke) Brink"), ("Geboortedatum", "01-11-1966"), ("BSN", "999 448 716"),
          ("Aanvrager", "huisarts G. Nijland, De Zandberg, Ommen")],
         [("Monsternummer", "VD-2611-00487"), ("Afgenomen", "06-11-2026"), ("Ontvangen", "06-11-2026"),
          ("Uitslag", "09-11-2026"), ("Status", "definitief")],
         {"grid": True}),
        ("h", "Onderzoek: MRSA-screening"),
        ("kv", [("Materiaal", "Neus, keel, perineum (gepoold)"), ("Methode", "PCR (mecA/SCCmec) en kweek"),
                ("PCR", "negatief"), ("Kweek na 48 uur ophoping", "geen MRSA gekweekt"),
                ("Conclusie", "**MRSA niet aangetoond**")], {"grid": True, "lw": 50}),
        ("small", "Gevalideerd door drs. P. Smit, arts-microbioloog, op 09-11-2026."),
    ],
    label=label(["mrsa-screening"], "2026-11-09", "lab", "nl",
                "MRSA result forwarded by fax, two-column field grid, fax header with send date",
                "unmentioned", "unmentioned", "unmentioned",
                "Fax header date 10-11-2026 is the forwarding date, not the document's; birth date 01-11-1966 "
                "near sample date; no reason for the screening stated, so treated abroad unmentioned.",
                also_dates=["2026-11-06"]),
))

# ---------------------------------------------------------------------------------------------- vd-064 merged
_p64a = dict(
    opts=dict(font="courier", size=9,
              footer="HIS Professionele samenvatting - Praktijk De Esch, Enschede - pagina {page} van {pages}"),
    blocks=[
        ("mono", """PROFESSIONELE SAMENVATTING                      Datum uitdraai: 12-11-2026
Huisartsenpraktijk De Esch, Esmarkelaan 4, 7522 AA Enschede   AGB 01-999551
Huisarts: C. (Carla) ter Horst

Patiënt : Dhr. L. (Luuk) Nijhuis          Geb.: 09-11-1993
BSN     : 999 266 094                     Adres: Oldenzaalsestraat 140, Enschede

EPISODES (actief)
L74  Fractuur metacarpale V rechts, st.na K-draad fixatie (Dld)   09-2026
R96  Astma                                                        2008

JOURNAAL
13-09-2026 TEL  Pt. belt: fietsongeval in Duitsland (Ahaus), opgenomen in het
                Klinikum Münsterland-West, daar geopereerd aan rechterhand (pen).
22-09-2026 C    S: terug, pen in 5e middenhandsbeentje re, brief in het Duits mee.
                O: rustige insteekopening, rotatie vingers normaal. E: L74.
                P: MRSA-screening i.v.m. opname buitenland; verwijzing chirurgie Twente-Oost?
                Pt. wil liever naar handkliniek Oosterlaan.
03-11-2026 U    Uitslag MRSA-screening (zie bijlage): negatief.
05-11-2026 C    S: pen eruit in Duitsland 28-10, nog stijve pink, pijn bij vuist maken.
                O: extensielag PIP V 20 gr. E: L74. P: verwijzing second opinion.
12-11-2026 A    Samenvatting + bijlagen verstuurd.

MEDICATIE: salbutamol z.n., budesonide/formoterol 2dd1.
ALLERGIE : geen."""),
    ])
_p64b = dict(
    opts=dict(font="helv", size=9.5, footer="Laboratorium Medische Microbiologie Twente-Oost - Hengelosestraat 9, "
                                            "7500 AA Enschede"),
    blocks=[
        ("letterhead", {"name": "Laboratorium Medische Microbiologie Twente-Oost",
                        "lines": ["Hengelosestraat 9", "7500 AA Enschede"], "size": 12, "logo": "square",
                        "color": (0, 90, 140)}),
        ("kv", [("Patiënt", "Nijhuis, L."), ("Geb.datum", "09-11-1993"), ("Aanvrager", "C. ter Horst, huisarts"),
                ("Afname", "29-10-2026"), ("Uitslagdatum", "03-11-2026"), ("Labnr", "TO-26-998172")], {"cols": 2}),
        ("table", [["Materiaal", "Onderzoek", "Uitslag"],
                   ["Neus", "MRSA-kweek", "Geen MRSA gekweekt"],
                   ["Keel", "MRSA-kweek", "Geen MRSA gekweekt"],
                   ["Perineum", "MRSA-kweek", "Geen MRSA gekweekt"]], {"widths": [35, 50, 85]}),
        ("p", "Conclusie: MRSA-screening negatief."),
        ("small", "Gevalideerd: dr. H. Wolters, arts-microbioloog, 03-11-2026"),
    ])
_p64c = dict(
    opts=dict(font="helv", size=10,
              footer="Klinikum Münsterland-West gGmbH - Klinik für Unfall- und Handchirurgie - Wüllener Str. 101, "
                     "48683 Ahaus - Tel. +49 2561 55 0"),
    blocks=[
        ("letterhead", {"name": "Klinikum Münsterland-West", "sub": ["Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
                                                                     "Chefarzt Dr. med. U. Brinkmann"],
                        "lines": ["Wüllener Straße 101", "48683 Ahaus", "Tel. +49 2561 55 0"],
                        "logo": "cross", "color": (0, 80, 160)}),
        ("addr", ["Herrn Luuk Nijhuis", "Oldenzaalsestraat 140", "NL-7523 AL Enschede"]),
        ("p", "Ahaus, 16.09.2026"),
        ("title", "Entlassungsbrief", {"size": 13}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,\nwir berichten über Herrn Luuk Nijhuis, geb. 09.11.1993, "
              "der sich vom 12.09.2026 bis 16.09.2026 in unserer stationären Behandlung befand."),
        ("p", "**Diagnosen:** Subkapitale Metakarpale-V-Fraktur rechts mit Abkippung 55°\n"
              "**Therapie:** Geschlossene Reposition und intramedulläre K-Draht-Osteosynthese (Bouquet) am "
              "13.09.2026, siehe OP-Bericht"),
        ("p", "**Verlauf:** Komplikationsloser postoperativer Verlauf. Röntgenkontrolle postoperativ: "
              "regelrechte Stellung. Entlassung in gutem Allgemeinzustand."),
        ("p", "**Procedere:** Ruhigstellung in Ulnarisrinne für 3 Wochen, danach Beübung. Metallentfernung nach "
              "ca. 6 Wochen ambulant bei uns oder heimatnah."),
        ("sig", ["Mit freundlichen kollegialen Grüßen", "", "Dr. med. U. Brinkmann, Chefarzt",
                 "S. Hüsing, Assistenzärztin"]),
    ])
DOCS.append(dict(
    stem="vd-064", fmt="pdf",
    opts=dict(meta=dict(title="Bijlagen verwijzing Nijhuis", creator="Scan-to-PDF")),
    parts=[_p64a, _p64b, _p64c],
    label=label(["history", "mrsa-screening", "correspondence"], None, "gp", "nl",
                "merged PDF: HIS summary (monospace) + MRSA lab result + German discharge letter",
                "yes", "yes", "yes",
                "Bundle in two languages (third part German); the HIS summary mentions the MRSA result and the "
                "German operation; the German letter says 'siehe OP-Bericht' (operation report not included); "
                "no date of its own; top-level author is the sending GP; birth date 09-11 close to 12-11 print.",
                parts=[part(["history"], "2026-11-12", "gp"),
                       part(["mrsa-screening"], "2026-11-03", "lab", also_dates=["2026-10-29"]),
                       part(["correspondence"], "2026-09-16", "specialist", language="de")]),
))
