"""ny- corpus, batch E: merged PDFs (several documents in one file)."""
from render import build

D = []

# 046 merged non-kinds: GP practice letter to patient + insurer approval + consent form
D.append(dict(
    stem="ny-046-bijlagen-verzekeraar-toestemming", fmt="pdf-fpdf",
    parts=[
        dict(header=["Huisartsenpraktijk Het Spaarne", "A.C. Roos, huisarts – Spaarnelaan 2, 2011 AA Haarlem"],
             header_right=["Haarlem, 13 november 2026"], footer="Huisartsenpraktijk Het Spaarne",
             blocks=[
                 ("p", "Dhr. T.R. Verhagen\nLeidsevaart 210\n2014 HH Haarlem"),
                 ("p", "Beste meneer Verhagen,"),
                 ("p", "Zoals besproken op het spreekuur van 5 november heb ik de verwijzing voor de second opinion handchirurgie "
                       "klaargezet in ZorgDomein. U kunt zelf een afspraak maken met de code op de bijgevoegde verwijzingskaart. "
                       "Een samenvatting uit uw dossier heeft u meegekregen. Vraag de orthopeed zelf om de MRI-beelden op cd."),
                 ("p", "Met vriendelijke groet,\n\nA.C. Roos, huisarts"),
             ]),
        dict(header=["VGZ Zorgverzekeraar – afdeling Machtigingen", "Postbus 0000, 5600 AA Eindhoven"],
             header_right=["Datum: 18 november 2026", "Kenmerk: MCH-26-8819022"], footer="Bewaar deze brief bij uw administratie.",
             blocks=[
                 ("title", "Toestemming second opinion"),
                 ("p", "Geachte heer Verhagen,"),
                 ("p", "U heeft ons gevraagd om toestemming voor een second opinion bij een niet-gecontracteerde zorgaanbieder "
                       "(handchirurgie). Wij vergoeden deze second opinion op basis van uw aanvullende verzekering, onder "
                       "voorwaarde van een geldige verwijzing van uw huisarts of medisch specialist."),
                 ("kv", [("Verzekerde", "T.R. Verhagen, 28-05-1988"), ("Zorg", "Second opinion handchirurgie (diagnostiek en advies)"),
                         ("Geldig", "18-11-2026 t/m 17-11-2027"),
                         ("Niet inbegrepen", "Operatieve behandeling; daarvoor is opnieuw toestemming nodig")]),
                 ("p", "Met vriendelijke groet,\nafdeling Machtigingen"),
             ]),
        dict(header=["Handkliniek – polikliniek second opinion", "Toestemmingsformulier"],
             footer="Formulier TOE-03 – versie 2025", blocks=[
                 ("title", "Toestemming voor het opvragen van medische gegevens"),
                 ("p", "Ondergetekende geeft toestemming aan de Handkliniek om medische gegevens (brieven, operatieverslagen, "
                       "verslagen en beelden van röntgen/MRI/CT) op te vragen bij:"),
                 ("kv", [("1.", "Spaarne Gasthuis, afdeling Orthopedie, Haarlem"), ("2.", "Spaarne Gasthuis, Radiologie, Hoofddorp"),
                         ("3.", "Huisartsenpraktijk Het Spaarne, Haarlem")]),
                 ("kv", [("Naam", "T.R. Verhagen"), ("Geboortedatum", "28-05-1988"), ("Plaats en datum", "Haarlem, 20-11-2026"),
                         ("Handtekening", "[getekend]")]),
             ]),
    ],
    label=dict(kinds=[], date="2026-11-13", author="other", language="nl",
               style="merged PDF: GP letter to patient + insurer approval + consent form",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Three non-kind documents; GP letter is to the patient, not a referral. 'Vraag de orthopeed om de MRI-beelden op cd' implies an MRI was made (imaging yes, indirect); the consent form lists records only to request.",
               part=[dict(kinds=[], date="2026-11-13", author="gp"), dict(kinds=[], date="2026-11-18", author="other"),
                     dict(kinds=[], date="2026-11-20", author="patient")])))

# 047 merged Zorgdomein referral + X-ray report + orthopedie letter
D.append(dict(
    stem="ny-047-bijlagen-zorgdomein-rontgen-polibrief", fmt="pdf-fpdf",
    parts=[
        dict(header=["ZorgDomein – Verwijzing", "Consult orthopedie (hand/pols) – second opinion"],
             header_right=["ZD-48777310", "Datum: 25-11-2026"], footer="ZorgDomein verwijzing",
             blocks=[
                 ("kv2", [("Patiënt", "Dhr. M. (Mehmet) Demir", "Geb.", "01-10-1972"), ("Verzekering", "Menzis", "BSN", "1920.33.804"),
                          ("Verwijzer", "Y. Boersma, huisarts", "Praktijk", "Huisartsen De Marne, Groningen")]),
                 ("h", "Vraagstelling"),
                 ("p", "Second opinion gewenst door patiënt: is de voorgestelde polsartrodese bij SLAC-pols rechts de beste optie, "
                       "of zijn er gewrichtssparende alternatieven?"),
                 ("h", "Relevante voorgeschiedenis"),
                 ("p", "2003 scafolunaire bandruptuur rechts, conservatief behandeld (gips), nooit geopereerd aan de pols.\n"
                       "2015 hernia nuclei pulposi L5-S1, microdiscectomie.\n2020 diabetes mellitus type 2."),
                 ("h", "Recente behandelingen"),
                 ("p", "06-2026 röntgenfoto pols re (UMCG): SLAC-pols stadium II.\n08-2026 injectie radiocarpaal (orthopedie Martini Ziekenhuis).\n"
                       "10-2026 polikliniek orthopedie: polsartrodese voorgesteld."),
                 ("kv", [("Medicatie", "Metformine 1000 mg 2dd, paracetamol zn"), ("Allergieën", "Geen"),
                         ("Bijlagen", "Röntgenverslag 12-06-2026; brief orthopedie 21-10-2026")]),
             ]),
        dict(header=["Martini Ziekenhuis", "Afdeling Radiologie"],
             header_right=["Acc.nr MZ-R-26-442891", "Datum onderzoek 12-06-2026"], footer="Martini Ziekenhuis Groningen – Radiologie",
             blocks=[
                 ("kv", [("Patiënt", "Demir, M. – 01-10-1972"), ("Aanvrager", "dr. S. Venema, orthopedie"),
                         ("Onderzoek", "X-pols rechts AP, lateraal en gebalde vuist")]),
                 ("h", "Verslag"),
                 ("p", "Verwijding scafolunaire spleet tot 5 mm, dorsale kanteling lunatum (DISI). Artrose radioscafoïdaal met "
                       "gewrichtsspleetversmalling en osteofyt processus styloideus radii. Radiolunair gewricht gespaard. "
                       "Mediocarpaal beginnende versmalling capitolunair."),
                 ("h", "Conclusie"),
                 ("p", "SLAC-pols rechts stadium II, beginnend III."),
                 ("p", "drs. A.M. de Vries, radioloog – geautoriseerd 12-06-2026"),
             ]),
        dict(header=["Martini Ziekenhuis", "Orthopedie – Van Swietenplein 1, 9728 NT Groningen"],
             header_right=["Datum 21-10-2026"], footer="Martini Ziekenhuis – polikliniekbrief",
             blocks=[
                 ("p", "Aan: Y. Boersma, huisarts\nBetreft: dhr. M. Demir, 01-10-1972"),
                 ("p", "Geachte collega,"),
                 ("p", "Wij zagen uw patiënt terug na de intra-articulaire injectie van augustus, die slechts kort effect had. "
                       "Op de röntgenfoto's van juni is een SLAC-pols stadium II-III te zien. Wij hebben een totale polsartrodese "
                       "voorgesteld; een proximale rijcarpectomie is door de mediocarpale artrose minder geschikt. Patiënt wil "
                       "eerst een tweede mening."),
                 ("p", "Met vriendelijke groet,\n\ndr. S. Venema, orthopedisch chirurg"),
             ]),
    ],
    label=dict(kinds=["referral", "history", "imaging-report", "correspondence"], date="2026-11-25", author="gp", language="nl",
               style="merged PDF (bijlagen): Zorgdomein referral + radiology report + outpatient letter",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Three documents in one file; top-level date/author are those of the first part. Microdiscectomy is another body part; 'nooit geopereerd aan de pols'; arthrodesis only proposed.",
               part=[dict(kinds=["referral", "history"], date="2026-11-25", author="gp"),
                     dict(kinds=["imaging-report"], date="2026-06-12", author="radiologist"),
                     dict(kinds=["correspondence"], date="2026-10-21", author="specialist")])))

# 048 merged: GP referral + Greek discharge summary (EN) + MRSA result
D.append(dict(
    stem="ny-048-bijlagen-kreta-ontslag-mrsa", fmt="pdf-fpdf",
    parts=[
        dict(header=["Huisartsenpraktijk De Bilt-West", "drs. C.A. Mulder – Soestdijkseweg Zuid 100, 3721 AA Bilthoven"],
             header_right=["Bilthoven, 26-11-2026"], footer="AGB 01-077302",
             blocks=[
                 ("p", "Aan de Handkliniek, polikliniek second opinion"),
                 ("p", "Betreft: mw. A. (Anneke) Schipper-Vos, geb. 08-03-1958"),
                 ("p", "Geachte collega,"),
                 ("p", "Mevrouw Schipper werd in september tijdens een vakantie op Kreta opgenomen in het ziekenhuis in Heraklion wegens "
                       "een cellulitis van de rechterhand na een kattenbeet. Zij werd daar met intraveneuze antibiotica behandeld en "
                       "is niet geopereerd. Sindsdien houdt zij een stijve, pijnlijke wijsvinger met zwelling van het PIP-gewricht."),
                 ("p", "Vraag: is er sprake van posttraumatische artrose of restinfectie van het PIP-gewricht, en wat is het beleid? "
                       "Zij wil graag uw second opinion. De ontslagbrief uit Griekenland en de uitslag van de MRSA-screening "
                       "voeg ik bij. Er is in Nederland nog geen beeldvorming gedaan."),
                 ("p", "Met vriendelijke groet,\n\ndrs. C.A. Mulder, huisarts"),
             ]),
        dict(header=["University General Hospital of Heraklion (PAGNI)", "Department of Internal Medicine B",
                     "Voutes, 71500 Heraklion, Crete, Greece"],
             header_right=["DISCHARGE SUMMARY", "Date: 19/09/2026"], footer="PAGNI – Discharge summary (English translation provided by the ward)",
             blocks=[
                 ("kv", [("Name", "SCHIPPER-VOS Anneke"), ("DOB", "08/03/1958"), ("Admission", "14/09/2026"), ("Discharge", "19/09/2026")]),
                 ("h", "Diagnosis"),
                 ("p", "Cellulitis of the right hand and index finger following a cat bite (Pasteurella multocida suspected)."),
                 ("h", "Course"),
                 ("p", "Admitted from the emergency department. X-ray of the right hand: soft tissue swelling, no gas, no osteomyelitis. "
                       "Treated with IV amoxicillin-clavulanate. Orthopaedic consultation: no abscess, no indication for surgical "
                       "drainage. Clinical improvement; switched to oral therapy."),
                 ("h", "Discharge medication"),
                 ("p", "Amoxicillin/clavulanic acid 875/125 mg BID for 7 days."),
                 ("p", "Dr. Eleni Markaki, Internist"),
             ]),
        dict(header=["Saltmeer Diagnostisch Centrum – Medische Microbiologie", "Bilthoven"],
             header_right=["Uitslag MRSA-screening", "Rapportdatum: 24-11-2026"], footer="Gevalideerd: dr. R.J. Smit, arts-microbioloog",
             blocks=[
                 ("kv", [("Patiënt", "Schipper-Vos, A. – 08-03-1958"), ("Aanvrager", "drs. C.A. Mulder, huisarts"),
                         ("Afnamedatum", "20-11-2026"), ("Indicatie", "Opname buitenlands ziekenhuis (Griekenland) < 2 maanden")]),
                 ("table", [["Materiaal", "Bepaling", "Uitslag"], ["Neus", "MRSA-kweek", "Negatief"],
                            ["Keel", "MRSA-kweek", "Negatief"], ["Perineum", "MRSA-kweek", "Negatief"]], [0.3, 0.35, 0.35]),
                 ("p", "Conclusie: MRSA niet aangetoond."),
             ]),
    ],
    label=dict(kinds=["referral", "correspondence", "mrsa-screening"], date="2026-11-26", author="gp", language="nl",
               style="merged PDF: GP referral (nl) + Greek discharge summary (en) + MRSA result (nl)",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Mixed languages (main language nl, discharge summary en). GP says no imaging in NL, but X-ray was done in Greece: imaging yes overall (the GP letter alone would be 'no'). Admission abroad; not operated.",
               part=[dict(kinds=["referral"], date="2026-11-26", author="gp"),
                     dict(kinds=["correspondence"], date="2026-09-19", author="specialist"),
                     dict(kinds=["mrsa-screening"], date="2026-11-24", author="lab")])))

if __name__ == "__main__":
    build(D)
