"""ny- corpus, batch B: Dutch hospital letters (HiX/Epic/Cerner-like, SEH, PA, revalidatie, ZBC, Belgian AZ)."""
from render import build

D = []

# 011 HiX-like outpatient letter with sidebar, plastische chirurgie, plan/offer only
D.append(dict(
    stem="ny-011-hix-poli-plastische-chirurgie-dupuytren", fmt="pdf-rl", sidebar=[
        "Rijnstate-locatie Arnhem", "Afdeling Plastische,", "Reconstructieve en", "Handchirurgie", "",
        "Bezoekadres", "Wagnerlaan 55", "6815 AD Arnhem", "", "Polikliniek", "T 088-0000000", "",
        "Behandelend arts", "drs. E.M. Tuinstra,", "plastisch chirurg", "", "Ons kenmerk", "PLC/ET/2611-0387", "",
        "Uw kenmerk", "-"],
    header=["Ziekenhuis Rijnstate", "Plastische, Reconstructieve en Handchirurgie"],
    footer="Ziekenhuis Rijnstate – Arnhem – brief gegenereerd uit HiX 6.3",
    pagefmt="Pagina {p} van {n}",
    blocks=[
        ("p", "Aan de weledelgeleerde heer\nG.H. Lammers, huisarts\nHuisartsenpraktijk Presikhaaf\nHanzestraat 150\n6826 MD Arnhem"),
        ("p", "Datum: 11 november 2026\nBetreft: dhr. J.F. (Jan) Wessels, geboren 23-10-1948, patiëntnummer 3318274"),
        ("p", "Geachte collega,"),
        ("p", "Op 9 november 2026 zag ik uw patiënt op de polikliniek in verband met de ziekte van Dupuytren van de rechterhand."),
        ("h", "Anamnese"),
        ("p", "Sinds circa vijf jaar knobbels in de handpalm, sinds een jaar buigstand van de pink. Geen pijn. Hij kan nog autorijden "
              "maar heeft moeite met handschoenen aantrekken. Niet eerder behandeld aan de handen. Familieanamnese: vader en oom "
              "hadden eveneens Dupuytren; vader is daarvoor meerdere keren geopereerd."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechterhand: pretendineuze streng straal V, MCP-flexiecontractuur 45°, PIP 30°. Straal IV nodulus zonder contractuur. "
              "Sensibiliteit intact, goede capillaire refill. Linkerhand: nodulus straal IV, geen contractuur. Knuckle pads dig II-III."),
        ("h", "Conclusie"),
        ("p", "Ziekte van Dupuytren straal V rechts, Tubiana stadium 2, met diathese-kenmerken (bilateraal, positieve familieanamnese, knuckle pads)."),
        ("h", "Beleid"),
        ("p", "Wij hebben de behandelopties besproken: percutane naaldfasciotomie of een beperkte fasciectomie. Gezien de PIP-contractuur "
              "en de diathese heeft een fasciectomie onze voorkeur; de kans op recidief is hierna kleiner. Patiënt wil hier eerst "
              "over nadenken en eventueel een second opinion elders vragen. Aanvullend onderzoek is niet nodig. Hij neemt telefonisch "
              "contact op als hij de operatie wil laten plannen."),
        ("p", "Met vriendelijke groet,\n\ndrs. E.M. Tuinstra, plastisch chirurg\nmede namens S. Boukhari, AIOS plastische chirurgie"),
        ("p", "cc: patiënt\ncc: dr. H. van Aalst, internist (diabetes)"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-11", author="specialist", language="nl",
               style="HiX outpatient letter with left sidebar column", imaging_done="unmentioned", operated="no",
               treated_abroad="unmentioned",
               notes="Operation only offered; 'niet eerder behandeld aan de handen' = not operated; father operated (other person). 'Aanvullend onderzoek is niet nodig' is not an explicit imaging negation.")))

# 012 Epic traumachirurgie, treated abroad (Málaga), long Kopie aan block, multi-page
D.append(dict(
    stem="ny-012-epic-traumachirurgie-scaphoid-malaga", fmt="pdf-rl",
    header=["Maxima Medisch Centrum", "Chirurgie – sectie Traumatologie", "De Run 4600, 5504 DB Veldhoven"],
    header_right=["Datum: 19-10-2026", "Uw ref.: —", "Ons kenmerk: TRA-2610-5521", "MRN: 7729104"],
    footer="MMC | Chirurgie | Dit document is elektronisch ondertekend (Epic)",
    pagefmt="{p}",
    blocks=[
        ("p", "Huisartsenpraktijk De Hoof\nT.a.v. mevrouw drs. K.P. Snijders, huisarts\nHoofstraat 12\n5614 AB Eindhoven"),
        ("p", "Betreft: dhr. R. (Ruben) Claassen, geboren 07-07-1990\nBSN 3029.44.112"),
        ("p", "Beste collega,"),
        ("p", "Uw patiënt bezocht op 15-10-2026 de polikliniek traumachirurgie ter evaluatie van een scaphoidfractuur rechts."),
        ("h", "Voorgeschiedenis"),
        ("p", "Geen relevante voorgeschiedenis. Rechtshandig, elektricien."),
        ("h", "Anamnese"),
        ("p", "Patiënt viel op 2 augustus 2026 met een elektrische step tijdens een vakantie in Spanje. Hij werd gezien op de "
              "urgencias van het Hospital Regional Universitario de Málaga, waar een röntgenfoto werd gemaakt en een onderarmgips "
              "zonder duimstuk werd aangelegd. Bij terugkomst in Nederland (10-08) werd hij via de SEH bij ons ingestuurd. "
              "Sindsdien scaphoidgips; nu na 10 weken nog pijn in de tabatière."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechterpols: lichte zwelling, drukpijn tabatière, axiale duimcompressie pijnlijk. Extensie 50°, flexie 45°."),
        ("h", "Aanvullend onderzoek"),
        ("p", "CT-scan rechterpols 13-10-2026: fractuur van de taille van het scaphoid zonder tekenen van consolidatie, "
              "beginnende sclerose van de fractuurranden, geen collaps (humpback) deformiteit."),
        ("pb",),
        ("h", "Conclusie"),
        ("p", "Vertraagde consolidatie / dreigende non-union scaphoid-taillefractuur rechts, 10 weken na trauma."),
        ("h", "Beleid"),
        ("p", "Operatieve fixatie met een headless compressieschroef is geadviseerd. Patiënt is op de wachtlijst geplaatst; "
              "de operatie zal naar verwachting in november plaatsvinden. Tot die tijd gips continueren. Vanwege het verblijf "
              "in een Spaans ziekenhuis is via de huisarts een MRSA-screening nodig voorafgaand aan de opname; wilt u deze "
              "laten verrichten?"),
        ("p", "Met vriendelijke groet,\n\nL.A. Verhoeven, physician assistant traumachirurgie\nnamens dr. B.J. Dekkers, traumachirurg"),
        ("h", "Kopie aan"),
        ("kv", [("Patiënt", "dhr. R. Claassen, Pastoor van Arslaan 3, 5611 AB Eindhoven"),
                ("Bedrijfsarts", "Arbodienst Kempenland, t.a.v. dr. M. Sanders"),
                ("Handtherapie", "Handtherapie Veldhoven, t.a.v. J. Bosma"),
                ("Anesthesiologie", "POS-poli MMC (preoperatieve screening)"),
                ("Dossier", "Elektronisch patiëntendossier MMC")]),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-19", author="specialist", language="nl",
               style="Epic outpatient letter, 2 pages, right-hand reference block, Kopie aan list",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="PA letter; ED care in Málaga named by hospital; operation advised and scheduled, not done; MRSA screening requested (pending).")))

# 013 Orthopedie PA letter, CMC1, not operated on hand, hip prosthesis other body part
D.append(dict(
    stem="ny-013-orthopedie-pa-cmc1", fmt="pdf-fpdf",
    header=["Ziekenhuis Gelderse Vallei", "Orthopedie", "Willy Brandtlaan 10, 6716 RP Ede"],
    fax="30-SEP-2026 16:48   VAN: ZGV ORTHOPEDIE POLI  +31 318 000000   AAN: 0317 000000   P.{p}",
    header_right=["Datum 30 september 2026", "Kenmerk ORT/AvdM/88712"],
    footer="Ziekenhuis Gelderse Vallei – www.geldersevallei.nl",
    blocks=[
        ("p", "Aan: mw. dr. P. Schouten, huisarts, Bennekom"),
        ("kv", [("Patiënt", "mw. C.W. Rietveld"), ("Geb.datum", "19-04-1956"), ("Polikliniekbezoek", "28-09-2026")]),
        ("p", "Geachte collega,"),
        ("p", "Mevrouw Rietveld kwam terug op de polikliniek voor controle van haar duimbasisklachten links."),
        ("h", "Anamnese"),
        ("p", "De injectie van juni gaf 2 maanden verlichting. Nu weer pijn bij pincetgreep en het openen van flessen. Zij gebruikt de "
              "nachtspalk niet meer. Patiënte is niet eerder aan de hand geopereerd; wel totale heupprothese links (2019) en "
              "een hallux valgus-correctie rechts (2022)."),
        ("h", "Onderzoek"),
        ("p", "Grind-test positief links, subluxatie CMC1, geen MCP-hyperextensie. Kracht pincetgreep verminderd."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Röntgen hand links (28-09-2026): CMC1-artrose Eaton 3, STT-gewricht gespaard."),
        ("h", "Conclusie / Beleid"),
        ("p", "CMC1-artrose links, therapieresistent. Besproken: trapeziectomie met ligamentreconstructie (LRTI) of een "
              "CMC1-prothese. Patiënte wil nog bedenktijd. Wij zien haar terug over 3 maanden of eerder op haar verzoek."),
        ("p", "Met vriendelijke groet,\n\nA. van der Molen, MSc, physician assistant orthopedie\nSupervisor: dr. J.T. Hoogland, orthopedisch chirurg"),
        ("p", "c.c.: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-30", author="specialist", language="nl",
               style="hospital outpatient letter by physician assistant, fpdf label runs",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Physician assistant signs; hip prosthesis and hallux valgus are other body parts; hand surgery only discussed.")))

# 014 SEH letter, distal radius, holiday abroad without care
D.append(dict(
    stem="ny-014-seh-brief-distale-radius", fmt="pdf-rl",
    header=["Noordwest Ziekenhuisgroep", "Spoedeisende Hulp – locatie Alkmaar", "Wilhelminalaan 12, 1815 JD Alkmaar"],
    header_right=["SEH-brief", "Datum bezoek: 02-09-2026", "Datum brief: 02-09-2026"],
    footer="NWZ SEH – ontslagbericht aan huisarts – automatisch verzonden",
    blocks=[
        ("kv", [("Patiënt", "Mw. M. (Marleen) Stam"), ("Geboortedatum", "14-01-1967"), ("Huisarts", "dr. A. Duinmeijer, Heiloo"),
                ("Behandelaar", "Y. Kramer, SEH-arts KNMG"), ("Triage", "MTS oranje")]),
        ("h", "Reden van komst"),
        ("p", "Val op de rechterhand. Patiënte is gisteren teruggekomen van vakantie in Portugal; zij viel daar drie dagen geleden "
              "van een trap en is ter plaatse niet bij een arts of in een ziekenhuis geweest. Sindsdien pijn en zwelling pols."),
        ("h", "Onderzoek"),
        ("p", "Dinner-fork stand rechterpols, drukpijn distale radius. N. medianus sensibel intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols rechts AP/lateraal: extra-articulaire distale radiusfractuur met dorsale kanteling 25°, 3 mm verkorting."),
        ("h", "Behandeling"),
        ("p", "Onder hematoomblok gesloten repositie; dorsale onderarmspalk. Controlefoto na repositie: dorsale kanteling 5°, acceptabele stand."),
        ("h", "Beleid"),
        ("p", "Poli traumachirurgie over 1 week met controlefoto. Bij secundaire dislocatie zal een operatie (plaatosteosynthese) "
              "worden overwogen. Paracetamol, hoog houden."),
        ("p", "Y. Kramer, SEH-arts"),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-02", author="specialist", language="nl",
               style="SEH discharge note to GP, label/value header table", imaging_done="yes", operated="unmentioned",
               treated_abroad="no", notes="Fall on holiday in Portugal without care abroad; closed reduction is not an operation; plate osteosynthesis conditional.")))

# 015 Ontslagbrief with full operation section
D.append(dict(
    stem="ny-015-ontslagbrief-traumachirurgie-met-ok", fmt="pdf-soffice",
    header=["Isala – Zwolle", "Traumachirurgie", "Dokter van Heesweg 2, 8025 AB Zwolle"],
    footer="Isala Zwolle – Klinische brief – vertrouwelijk",
    blocks=[
        ("title", "Klinische brief (ontslagbrief)"),
        ("kv", [("Aan", "G. Huisman, huisarts, Kampen"), ("Datum", "21-08-2026"), ("Patiënt", "dhr. H. (Henk) Smit, 08-02-1952"),
                ("Opname", "17-08-2026"), ("Ontslag", "19-08-2026"), ("Specialist", "dr. F.A. Groen, traumachirurg")]),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur links (AO 23-C2) na val van ladder."),
        ("h", "Beloop"),
        ("p", "Na opname via de SEH werd patiënt op 18-08-2026 geopereerd. Postoperatief ongecompliceerd beloop, pijn goed onder controle, "
              "sensibiliteit intact. Controlefoto's toonden een goede stand van het osteosynthesemateriaal."),
        ("h", "Operatie"),
        ("kv", [("Datum", "18-08-2026"), ("Operateur", "dr. F.A. Groen, traumachirurg"), ("Assistent", "M. Veldkamp, ANIOS"),
                ("Anesthesie", "Plexus axillaris blok + sedatie"), ("Ingreep", "Open repositie en interne fixatie distale radius links met volaire hoekstabiele plaat")]),
        ("p", "Verloop: Bloedleegte. Modified Henry-benadering. Pronator quadratus ingesneden. Fractuur gereponeerd onder doorlichting; "
              "volaire hoekstabiele plaat (2.4 mm, 7 gaten) geplaatst met 4 distale schroeven en 3 schachtschroeven. Controle doorlichting: "
              "gewrichtsvlak congruent, geen intra-articulaire schroeven. Pronator quadratus gehecht, huid intracutaan. Drukverband "
              "en dorsale spalk. Geen complicaties."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4dd, naproxen 500 mg 2dd 5 dagen, omeprazol 20 mg 1dd."),
        ("h", "Beleid"),
        ("p", "Wondcontrole huisarts na 10 dagen, hechtingen oplosbaar. Poli traumachirurgie na 2 weken met röntgenfoto. Verwijzing handtherapie."),
        ("p", "Met vriendelijke groet,\n\nT. Zwart, arts-assistent traumachirurgie\ndr. F.A. Groen, traumachirurg"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-08-21", author="specialist", language="nl",
               style="klinische brief with full operation section (LibreOffice export)", imaging_done="yes", operated="yes",
               treated_abroad="unmentioned", notes="Discharge letter with complete operation section (date, operator, procedure, course).")))

# 016 Revalidatie letter after flexor tendon repair
D.append(dict(
    stem="ny-016-revalidatie-flexorpees", fmt="docx",
    header=["Revalidatiecentrum De Hoogstraat – Handrevalidatieteam", "Rembrandtkade 10, 3583 TM Utrecht"],
    footer="Afdeling Handrevalidatie – team revalidatiearts, handtherapie, ergotherapie",
    blocks=[
        ("p", "Utrecht, 6 oktober 2026\n\nAan: dr. I. Faber, plastisch chirurg, UMC Utrecht\nKopie: huisarts mw. T. Smeets, Zeist"),
        ("p", "Betreft: mw. J. (Julia) Verbeek, geb. 25-11-1999"),
        ("p", "Geachte collega Faber,"),
        ("p", "Mevrouw Verbeek is sinds 10 weken in behandeling bij ons handteam na de hechting van de buigpezen "
              "(FDP en FDS) van de middelvinger links in zone II op 21-07-2026 in uw ziekenhuis, na een snijletsel met een glas."),
        ("h", "Bevindingen"),
        ("table", [["", "Actief", "Passief"], ["MCP dig III", "0-85°", "0-90°"], ["PIP dig III", "-25 tot 70°", "0-100°"],
                   ["DIP dig III", "0-30°", "0-60°"], ["Knijpkracht (Jamar)", "14 kg (re 31 kg)", ""]]),
        ("p", "Er is een duidelijk verschil tussen actieve en passieve flexie, passend bij adhesies van de pezen. Geen beeldvormend "
              "onderzoek verricht. Zij is werkzaam als laborante en kan nog niet pipetteren."),
        ("h", "Conclusie en advies"),
        ("p", "Adhesies na flexorpeeshechting zone II dig III links, plateau in het herstel ondanks intensieve therapie. Wij "
              "adviseren u een tenolyse te overwegen; graag uw beoordeling. Zij zou ook graag een tweede mening horen."),
        ("p", "Met vriendelijke groet,\n\nW.P. Hendriks, revalidatiearts"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-06", author="specialist", language="nl",
               style="rehabilitation physician letter, docx with table", imaging_done="no", operated="yes",
               treated_abroad="unmentioned",
               notes="Revalidatiearts is a specialist; letter to the plastic surgeon, not a referral to the clinic; tenolysis only advised; 'geen beeldvormend onderzoek verricht'.")))

# 017 ZBC letter after trigger finger release
D.append(dict(
    stem="ny-017-zbc-handcentrum-triggervinger", fmt="pdf-rl", serif=True,
    header=["Handcentrum Amstelland", "Zelfstandig behandelcentrum voor hand- en polschirurgie",
            "Laan van de Helende Meesters 100, 1186 AM Amstelveen"],
    header_right=["KvK 61234567 | AGB 22-220099", "Datum: 13-11-2026"],
    footer="Handcentrum Amstelland B.V. is een ZBC; wij werken samen met Ziekenhuis Amstelland.",
    blocks=[
        ("p", "Geachte heer Prins,\n(huisarts, Praktijk Bovenkerk, Amstelveen)"),
        ("p", "Betreft: mw. F. (Fatma) Aydın, 04-05-1965 – controle na operatie"),
        ("p", "Op 10 november 2026 zag ik uw patiënte terug, drie weken na een open A1-ringbandklieving van de duim "
              "rechts (triggerduim) op 20 oktober 2026 in ons centrum. "
              "Er zijn geen foto's gemaakt; die waren niet geïndiceerd."),
        ("p", "De wond is genezen, het triggeren is verdwenen. Er resteert een lichte stijfheid van het IP-gewricht "
              "(flexie 50°). Zij heeft nog last van de ringvinger links, die sinds kort ook hapert; een injectie daarvan "
              "heeft zij afgeslagen. Wij maken een afspraak over 6 weken, eventueel met een tweede ingreep links."),
        ("p", "Met vriendelijke groet,\n\ndrs. O.T. Lindeboom, plastisch chirurg\n\ncc: patiënte; Zorgverzekeraar (alleen declaratiecode)"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-13", author="specialist", language="nl",
               style="ZBC (independent treatment centre) letter, serif letterhead", imaging_done="no", operated="yes",
               treated_abroad="unmentioned", notes="Operation reported in passing (not an operation report); 'geen foto's gemaakt'; second procedure only possible.")))

# 018 Belgian AZ letter, treated abroad (Belgium), ganglion excision
D.append(dict(
    stem="ny-018-az-brugge-ganglion", fmt="pdf-fpdf",
    header=["AZ Sint-Jan Brugge", "Dienst Orthopedie – Hand- en polschirurgie", "Ruddershove 10, 8000 Brugge – tel. +32 50 00 00 00"],
    header_right=["Brugge, 8 oktober 2026", "Ref.: ORT/KVdB/26-44120"],
    footer="AZ Sint-Jan Brugge AV – RIZIV-nr. 1-23456-78-901",
    pagefmt="blz. {p}",
    blocks=[
        ("p", "Aan dokter E. Kamphuis, huisarts\nMarkt 4\n4501 CK Oostburg (Nederland)"),
        ("p", "Betreft: mevrouw Mieke De Roo-Janssens, ° 02/06/1984\nRaadpleging van 6 oktober 2026"),
        ("p", "Waarde collega,"),
        ("p", "Uw patiënte, die net over de grens woont, werd door ons op 4 augustus 2026 in dagziekenhuis geopereerd voor een "
              "dorsaal polsganglion rechts (excisie met steeltje tot op het scafolunair ligament). De pathologie bevestigde "
              "een ganglion zonder atypie."),
        ("p", "Op de raadpleging van 6 oktober meldt zij sinds 3 weken opnieuw een zwelling op dezelfde plaats. Klinisch: fluctuerende "
              "zwelling 1,5 cm, pijnlijk bij extensie."),
        ("p", "Echografie (6/10/2026, dienst medische beeldvorming): recidief ganglion 14 x 9 mm uitgaande van het SL-gewricht."),
        ("h", "Besluit"),
        ("p", "Vroeg recidief van een dorsaal polsganglion rechts na excisie. Wij stelden een aspiratie voor; patiënte wenst "
              "eerst een tweede advies in Nederland. Wij bezorgen haar het operatieverslag en het echoverslag."),
        ("p", "Met collegiale groeten,\n\ndr. K. Van den Broucke\northopedisch chirurg"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-08", author="specialist", language="nl",
               style="Belgian AZ letter (Flemish: raadpleging, Besluit, ° birth date, +32)", imaging_done="yes", operated="yes",
               treated_abroad="yes", notes="Written by a Belgian hospital that operated on the patient; mentions op report and echo report without being them.")))

# 019 Neurology EMG letter, no imaging
D.append(dict(
    stem="ny-019-neurologie-emg-cts", fmt="docx",
    header=["Amphia", "Neurologie – Klinische Neurofysiologie", "Molengracht 21, 4818 CK Breda"],
    footer="Amphia Breda – Neurologie",
    grid=True,
    blocks=[
        ("kv", [("Datum", "22 oktober 2026"), ("Aan", "dhr. V.L.M. Kuijpers, huisarts, Prinsenbeek"),
                ("Betreft", "mw. E. (Esther) van Dongen, 15-08-1982"), ("Onze referentie", "NEU-98812")]),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 20 oktober gezien in verband met tintelingen van duim tot en met middelvinger links, vooral 's nachts, "
              "sinds de zwangerschap van 2025 aanhoudend."),
        ("p", "Neurologisch onderzoek: Tinel en Phalen positief links, geen atrofie thenar, sensibiliteit dig I-III links verminderd. "
              "Reflexen symmetrisch."),
        ("p", "EMG: verlengde distale motorische latentie n. medianus links (5,8 ms), vertraagde sensibele geleiding over de pols; "
              "geen aanwijzingen voor een cervicale radiculopathie. Beeldvorming is niet verricht en niet nodig."),
        ("h", "Conclusie"),
        ("p", "Carpaal tunnelsyndroom links, matig ernstig (neurofysiologisch). Niet eerder behandeld, niet geopereerd."),
        ("h", "Beleid"),
        ("p", "Nachtspalk gedurende 6 weken. Bij onvoldoende effect adviseren wij verwijzing naar de plastisch chirurg voor een "
              "carpaal tunnel release. Wij hebben haar terugverwezen."),
        ("p", "Met vriendelijke groet,\n\ndr. A.S. Mertens, neuroloog"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-22", author="specialist", language="nl",
               style="neurology letter, docx with gridded header table", imaging_done="no", operated="no",
               treated_abroad="unmentioned", notes="EMG is not imaging; explicit 'Beeldvorming is niet verricht'; release only advised conditionally.")))

# 020 Cerner-like letter with table, MRI 'geen afwijkingen', arthroscopy planned
D.append(dict(
    stem="ny-020-cerner-poli-orthopedie-tfcc-mri", fmt="pdf-soffice",
    header=["Zuyderland Medisch Centrum", "Orthopedie – Hand en pols", "Henri Dunantstraat 5, 6419 PC Heerlen"],
    footer="Zuyderland MC – Poliklinische brief",
    grid=True,
    blocks=[
        ("table", [["Patiënt", "Geboortedatum", "Ziekenhuisnr.", "Briefdatum"],
                   ["dhr. B. (Bram) Lemmens", "29-03-2001", "Z-4471023", "03-11-2026"]]),
        ("p", "Aan: mevrouw M. Hermans, huisarts, Kerkrade"),
        ("p", "Geachte collega,"),
        ("p", "Reden van komst: aanhoudende pijn ulnaire zijde pols links sinds een val tijdens het keepen (maart 2026)."),
        ("p", "Aanvullend onderzoek: röntgenfoto pols links en MRI-artrografie pols links (oktober 2026): geen afwijkingen, "
              "met name geen TFCC-scheur en geen ulna-impactie."),
        ("p", "Conclusie: ulnaire polspijn links, beeldvorming zonder afwijkingen. Differentiaaldiagnose: occulte TFCC-laesie, "
              "ECU-tendinopathie."),
        ("p", "Beleid: wij hebben een diagnostische artroscopie aangeboden. Patiënt wil die in overleg met zijn ouders eerst "
              "elders laten beoordelen. Eerder is hij in 2017 geopereerd aan een gescheurde meniscus rechts; aan de pols nooit."),
        ("p", "Met vriendelijke groet,\n\ndr. N.J.P. Claessens, orthopedisch chirurg"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-03", author="specialist", language="nl",
               style="Cerner-like poli letter, patient table header (LibreOffice)", imaging_done="yes", operated="no",
               treated_abroad="unmentioned", notes="'geen afwijkingen' on MRI still means imaging was done; arthroscopy offered; meniscus surgery other body part; 'aan de pols nooit'.")))

if __name__ == "__main__":
    build(D)
