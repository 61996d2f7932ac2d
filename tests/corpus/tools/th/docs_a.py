# th-001 .. th-022 : texts and labels
D = []


def add(stem, fmt, blocks, label, **kw):
    D.append(dict(stem=stem, fmt=fmt, blocks=blocks, label=label, kw=kw))


def add_merged(stem, parts, label):
    D.append(dict(stem=stem, fmt="pdf", parts=parts, label=label, kw={}))


# ------------------------------------------------------------------ th-001
add("th-001", "pdf", [
    ("lh", "ZorgDomein", ["Verwijzing via ZorgDomein  -  afgedrukt op 12-03-2026 14:22"],
     {"right": ["Referentie: ZD-7A41-99K2", "Status: verzonden"]}),
    ("title", "Second opinion handchirurgie"),
    ("kv", [("Verwijzer", "L.M. Vos, huisarts"),
            ("Praktijk", "Huisartsenpraktijk De Wilgenhoek\nBinnenweg 118, 2101 JR Heemstede"),
            ("AGB-code", "01-046291"),
            ("Ontvanger", "Handcentrum Zuidrand - polikliniek handchirurgie (second opinion)"),
            ("Datum verwijzing", "12-03-2026")]),
    ("h", "Patiëntgegevens"),
    ("kv", [("Patiënt", "Mw. I. (Ineke) Brouwer-Stam"),
            ("Geboortedatum", "04-09-1971"),
            ("BSN", "999912345"),
            ("Verzekering", "Zorgverzekeraar Polderland, polisnr. 44102876"),
            ("Adres", "Kerklaan 7, 2103 CC Heemstede")]),
    ("h", "Verwijzing"),
    ("kv", [("Reden van verwijzing", "Aanhoudende pijn, tintelingen en krachtsverlies rechterhand, ruim vijf maanden na carpaletunnelrelease rechts."),
            ("Vraagstelling", "Graag uw second opinion: is er sprake van een incomplete release of een recidief, en is een heroperatie zinvol? Patiënte wenst nadrukkelijk een beoordeling in een ander centrum dan waar zij behandeld is."),
            ("Urgentie", "Regulier")]),
    ("h", "Medische gegevens"),
    ("kv", [("Relevante voorgeschiedenis", "1998 appendectomie\n2012 hypothyreoïdie\n2019 knie-artroscopie links (mediale meniscus)\n2024 carpaletunnelsyndroom rechts, EMG bevestigd"),
            ("Recente behandelingen", "14-10-2025 carpaletunnelrelease rechts, Ziekenhuis Vechtstede (dr. P. Kramer, plastisch chirurg)\n02-12-2025 echo pols rechts (Vechtstede): zwelling n. medianus, geen ganglion, geen tenosynovitis\njan-feb 2026 handtherapie, 8 behandelingen, weinig effect"),
            ("Medicatie", "levothyroxine 75 microgram 1dd1; paracetamol 500 mg z.n."),
            ("Allergieën", "Geen bekend"),
            ("Episodelijst", "N93 Carpaletunnelsyndroom (2024)\nT86 Hypothyreoïdie (2012)\nL96 Meniscusletsel knie (2019)")]),
    ("kv", [("Bijlagen", "Brieven plastische chirurgie Vechtstede; echoverslag 02-12-2025")]),
    ("small", "Deze verwijzing is aangemaakt in ZorgDomein. De verwijzer is verantwoordelijk voor de inhoud."),
], dict(kinds=["referral", "history"], date="2026-03-12", author="gp", language="nl",
        style="zorgdomein two-column printout (label/value table)", referral_question=True,
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Two-column ZorgDomein form, labels and values in separate cells; no salutation. Operation appears only as a dated line under 'Recente behandelingen'; appendectomy and knee arthroscopy are distractors. 'Bijlagen' mentions letters/echo report that are not this document. Print date equals referral date."),
   footer="ZorgDomein - pagina {page} van {pages}")

# ------------------------------------------------------------------ th-002
j = []
j.append(("lh", "Huisartsenpraktijk Het Zuiderpad", ["Zuiderpad 3, 2131 AB Hoofddorp", "Tel. 023-5550192  AGB 01-052877"]))
j.append(("title", "PROFESSIONELE SAMENVATTING"))
j.append(("kv", [("Datum uitdraai", "02-04-2026 09:47"), ("Patiënt", "S. (Sander) Kuipers, man"),
                 ("Geboortedatum", "17-01-1988"), ("Huisarts", "M.E. Visscher"),
                 ("Verzekering", "Zorgverzekeraar Polderland")]))
j.append(("h", "EPISODELIJST (actief en relevant inactief)"))
j.append(("table", [["ICPC", "Omschrijving", "Begin", "Eind"],
                    ["L87", "Ganglion pols links", "03-11-2025", ""],
                    ["R96", "Astma", "2004", ""],
                    ["L96", "Meniscusletsel knie rechts (artroscopie 2015)", "06-2015", "12-2015"],
                    ["L77", "Distorsie enkel links", "14-08-2021", "30-09-2021"],
                    ["A97", "Geen ziekte (preventief consult)", "2019", "2019"]]))
j.append(("h", "MEDICATIE"))
j.append(("p", "salbutamol inhalatie 100 microgram z.n.; budesonide/formoterol 200/6 2dd1 (sinds 2018)."))
j.append(("h", "ALLERGIEËN / CONTRA-INDICATIES"))
j.append(("p", "Geen bekende allergieën. CI: geen."))
j.append(("h", "JOURNAAL (selectie L87, periode 01-10-2025 t/m 02-04-2026)"))
journal = [
 ("03-11-2025", "S: Sinds 2 mnd zwelling dorsale zijde pols links, pijn bij steunen (fitness, push-ups). Geen trauma. Werkt als monteur. O: ronde, vaste, doorschijnende zwelling ca. 1,5 cm dorsaal over het carpus, niet drukpijnlijk, vrije functie pols. E: ganglion pols links (L87). P: uitleg benigne aard, afwachten, pols ontzien bij zwaar tillen. Terug bij toename."),
 ("12-01-2026", "S: Zwelling groter, pijn nu ook 's nachts, kan moeilijk steunen. O: zwelling 2 cm, drukpijn, geen roodheid, sensibiliteit intact. E: ganglion pols links, symptomatisch. P: echo pols li aangevraagd (Ziekenhuis Zuiderpolder) ter bevestiging."),
 ("23-01-2026", "Uitslag echo pols links (Ziekenhuis Zuiderpolder, 21-01-2026): dorsaal ganglion 14 x 9 mm uitgaande van het scafolunaire gewricht, geen andere afwijkingen. Telefonisch besproken met patiënt."),
 ("30-01-2026", "S: Wil graag van de zwelling af, belemmert werk. E: symptomatisch ganglion. P: verwijzing orthopedie Ziekenhuis Zuiderpolder (ZorgDomein)."),
 ("05-03-2026", "Brief specialist ontvangen: orthopedie Zuiderpolder, dr. Hamstra, poli 26-02-2026. Operatieve extirpatie besproken met risico op recidief; patiënt twijfelt, eerst aspiratie afgesproken."),
 ("10-03-2026", "S: Terug van 2 weken vakantie Turkije (Alanya). Daar geen arts bezocht, pols rustig gehouden. Vraagt naar uitslag specialist. E/P: brief besproken, aspiratie staat 16-03 gepland."),
 ("20-03-2026", "Brief specialist ontvangen: aspiratie ganglion pols li verricht op poli orthopedie 16-03-2026, 1 ml geleiachtig vocht. Bij recidief opnieuw contact."),
 ("26-03-2026", "S: Zwelling is na 10 dagen deels terug. Heeft gelezen dat na operatie vaak recidief volgt en wil een onafhankelijke mening voordat hij kiest. O: zwelling 1 cm. E: recidief ganglion pols li. P: verwijzing second opinion handchirurgie Handcentrum Zuidrand via ZorgDomein; samenvatting meegestuurd."),
 ("02-04-2026", "Administratief: professionele samenvatting aangemaakt op verzoek Handcentrum Zuidrand."),
]
for d, t in journal:
    j.append(("kv", [(d, t)]))
j.append(("pb",))
j.append(("h", "OVERIGE JOURNAALREGELS (buiten selectie, ingekort)"))
for d, t in [("14-08-2021", "S: Enkel verzwikt bij voetbal. O: drukpijn ATFL, Ottawa negatief. E: distorsie enkel li. P: functioneel behandelen, tape."),
             ("22-06-2015", "Brief specialist ontvangen: orthopedie, artroscopische partiële meniscectomie knie re, ongecompliceerd."),
             ("11-02-2024", "S: Controle astma, weinig klachten. O: longen schoon, PEF 540. E: astma goed gecontroleerd. P: continueren.")]:
    j.append(("kv", [(d, t)]))
j.append(("small", "Einde uitdraai. Deze samenvatting bevat een selectie uit het medisch dossier en is bestemd voor de behandelend arts."))
add("th-002", "txt", j, dict(kinds=["history"], date="2026-04-02", author="gp", language="nl",
    style="HIS professionele samenvatting, episode list with ICPC + SOEP journal, plain-text export",
    imaging_done="yes", operated="unmentioned", treated_abroad="no",
    notes="Long HIS printout with several dates; letter date is the print date. Echo done (journal line with result). Surgery only discussed and an aspiration done (not an operation); knee arthroscopy 2015 is another body part. Holiday in Turkey explicitly without care -> no."),
    header="Uitdraai HIS - Kuipers, S. - geb. 17-01-1988 - pagina {page}", footer="Datum uitdraai 02-04-2026")

# ------------------------------------------------------------------ th-003
add("th-003", "docx", [
    ("lh", "Huisartsenpraktijk Kruidenwijk", ["Salieplein 4, 4822 DK Breda", "Tel. 076-5550344 | AGB 01-071108"],
     {"right": ["dr. H.A. (Hester) Lambrechts", "J.P. Smulders, waarnemend huisarts"]}),
    ("to", ["Aan: Handcentrum Zuidrand", "t.a.v. polikliniek handchirurgie", "Postbus 9120", "5600 HA Eindhoven"]),
    ("p", "Breda, 9 februari 2026"),
    ("p", "Betreft: mw. J. (Josefien) Aerts, geb. 22-06-1979, Lindenlaan 31, 4823 BB Breda"),
    ("p", "Geachte collega,"),
    ("p", "Graag verwijs ik bovengenoemde patiënte naar u voor een second opinion over haar rechterpols. Mevrouw Aerts werkt als kapster en is rechtshandig."),
    ("p", "In maart 2024 is zij na een val van de trap in het AZ Kempenheide geopereerd wegens een scafoïdfractuur rechts; er werd een schroef geplaatst. Na de gipsperiode is zij daar nog tweemaal op controle geweest. Sinds de zomer van 2025 heeft zij toenemende pijn radiaal in de pols, vooral bij knippen en föhnen. Op de foto's die in december 2025 in ons regionale ziekenhuis zijn gemaakt, lijkt de fractuur niet geheel geconsolideerd; de radioloog spreekt van een mogelijke pseudartrose."),
    ("p", "Een orthopeed hier heeft een partiële artrodese (four-corner) als optie genoemd. Patiënte schrikt daarvan en wil eerst weten of er alternatieven zijn."),
    ("p", "Mijn vraag aan u: is er inderdaad sprake van een pseudartrose, en welke behandeling adviseert u? Is een artrodese op dit moment zinvol?"),
    ("p", "Medicatie: naproxen 250 mg z.n., omeprazol 20 mg 1dd. Geen allergieën bekend. Zij rookt niet."),
    ("p", "Het operatieverslag heb ik niet; patiënte heeft het opgevraagd en neemt het mee. De röntgenfoto's van december staan op CD, die zij zelf meebrengt."),
    ("sig", ["Met vriendelijke groet,", "", "dr. H.A. Lambrechts, huisarts"]),
    ("small", "Bijgevoegd: brief orthopedie d.d. 12-12-2025"),
], dict(kinds=["referral"], date="2026-02-09", author="gp", language="nl", style="free GP letter, letterhead table, prose",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Foreign hospital named only as 'AZ Kempenheide' - no city or country; a reader must know 'AZ' = Belgian hospital. Operation written plainly in the past ('geopereerd ... schroef geplaatst'). Planned artrodese is only an option. Question is explicit. Date in 'Breda, 9 februari 2026' form."))

# ------------------------------------------------------------------ th-004
add("th-004", "pdf", [
    ("lh", "Rijnoever Ziekenhuis", ["Plastische, Reconstructieve en Handchirurgie", "Nijenoord 20, 6702 AA Wageningen", "T 0317-555 800"],
     {"right": ["Ons kenmerk: PCH/2026/0412", "Uw kenmerk: -", "Datum: 17-02-2026", "Patiëntnr: 3318204"]}),
    ("to", ["Dhr. B.J. Smit, huisarts", "Gezondheidscentrum De Brink", "Brinkstraat 2", "6721 CE Bennekom"]),
    ("kv", [("Betreft", "Dhr. G.H. Wolters, geb. 03-05-1956"), ("Polikliniekbezoek", "12-02-2026")], {}),
    ("p", "Geachte collega,"),
    ("p", "Op 12-02-2026 zagen wij uw patiënt op de polikliniek plastische chirurgie."),
    ("h", "Anamnese"),
    ("p", "69-jarige rechtshandige man, gepensioneerd timmerman, met sinds ongeveer drie jaar toenemende strengen in de rechterhandpalm. Sinds een jaar kan hij de pink en ringvinger niet meer strekken en blijft hij haken bij het in de broekzak steken van de hand. Geen pijn. Familieanamnese: zijn vader werd op 60-jarige leeftijd aan beide handen geopereerd wegens de ziekte van Dupuytren. Voorgeschiedenis: 2010 CABG, 2018 liesbreukoperatie rechts, hypertensie. Medicatie: acetylsalicylzuur 80 mg, metoprolol 50 mg, atorvastatine 40 mg."),
    ("h", "Lichamelijk onderzoek"),
    ("p", "Rechterhand: palpabele streng over straal IV en V, knobbels in de distale handpalm. Extensiedeficit MCP V 40 graden, PIP V 30 graden, MCP IV 20 graden. Tabletop-test positief. Sensibiliteit en doorbloeding intact. Linkerhand: kleine nodus straal IV zonder contractuur."),
    ("h", "Aanvullend onderzoek"),
    ("p", "Niet verricht. Beeldvorming is bij deze klinische diagnose niet geïndiceerd."),
    ("h", "Conclusie"),
    ("p", "M. Dupuytren rechts, straal V (Tubiana II) en straal IV (Tubiana I). Geringe nodulaire afwijking links."),
    ("h", "Beleid"),
    ("p", "De behandelopties zijn uitgebreid besproken: naaldfasciotomie met hogere kans op recidief, of een partiële fasciëctomie met langere revalidatie. Wij hebben patiënt een partiële fasciëctomie van straal IV en V rechts aangeboden. Patiënt wil bedenktijd en overweegt een second opinion elders, waar wij uiteraard aan meewerken. Hij neemt zelf contact op wanneer hij een keuze heeft gemaakt. Acetylsalicylzuur hoeft bij een eventuele ingreep niet te worden gestopt."),
    ("p", "Wij houden u op de hoogte."),
    ("sig", ["Met vriendelijke groet,", "", "drs. M.A. de Groot-Lammers, AIOS plastische chirurgie",
             "namens dr. R.F. Venema, plastisch chirurg", "", "cc: patiënt"]),
    ("small", "Deze brief is elektronisch geautoriseerd en daarom niet ondertekend."),
], dict(kinds=["correspondence"], date="2026-02-17", also_dates=None, author="specialist", language="nl",
        style="HiX-like outpatient letter (polikliniekbrief) with kenmerk/datum block on the right",
        imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
        notes="Letter date (17-02) differs from visit date (12-02). 'Aanvullend onderzoek: niet verricht' = imaging no. Operation only offered; father's operation and CABG/hernia operation are distractors. Mentions second opinion but is not a referral."),
   footer="Rijnoever Ziekenhuis - Wolters, G.H. - 03-05-1956 - pagina {page} van {pages}", font="sans")

# ------------------------------------------------------------------ th-005
add("th-005", "pdf", [
    ("lh", "Medisch Centrum Eemvallei", ["Afdeling Radiologie en Nucleaire Geneeskunde", "Utrechtseweg 160, 3818 ES Amersfoort"],
     {"right": ["Secretariaat radiologie 033-555 2210"]}),
    ("title", "RADIOLOGISCH ONDERZOEK"),
    ("kv", [("Patiënt", "Bakker, F. (Fleur)"), ("Geboortedatum", "29-11-1994"), ("Patiëntnummer", "7720415"),
            ("Aanvrager", "dr. T. Huisman, orthopedisch chirurg, Orthopedie"),
            ("Kopie aan", "huisarts K. Dijkman, Amersfoort"),
            ("Onderzoek", "MRI pols links (3T, zonder contrast)"),
            ("Datum onderzoek", "03-02-2026"), ("Verslagdatum", "04-02-2026")], {"grid": True}),
    ("h", "Klinische gegevens / vraagstelling"),
    ("p", "Sinds val op gestrekte hand (oktober 2025) ulnaire polspijn links, klik bij pro- en supinatie. In 2019 distale radiusfractuur links, conservatief behandeld; niet eerder geopereerd. Vraagstelling: TFCC-letsel? SL-ligamentletsel?"),
    ("h", "Verslag"),
    ("p", "Vergelijking: conventionele opnamen pols links d.d. 15-12-2025. Fraai geconsolideerde oude distale radiusfractuur zonder relevante standsafwijking. Ulna-plus variant van circa 1,5 mm. Het triangulaire fibrocartilagineuze complex is van normale signaalintensiteit en morfologie, zonder aanwijzingen voor een ruptuur of perifere avulsie. Geen signaalafwijkingen in de lunatum of ulnakop passend bij impactie. Het scafolunaire en lunotriquetrale ligament zijn intact. Geen bone bruise. Geringe hoeveelheid vocht in het distale radio-ulnaire gewricht, binnen normale grenzen. Pezen zonder afwijkingen; geen tenosynovitis van de ECU."),
    ("h", "Conclusie"),
    ("p", "Geen aanwijzingen voor TFCC-ruptuur of SL-letsel. Geringe ulna-plus variant; geen tekenen van ulnair impactiesyndroom."),
    ("sig", ["dr. K.W. Brandsma, radioloog", "Geautoriseerd: 04-02-2026 11:07"]),
], dict(kinds=["imaging-report"], date="2026-02-04", also_dates=["2026-02-03"], author="radiologist", language="nl",
        style="hospital radiology report, gridded label/value header",
        imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="Findings all negated ('geen aanwijzingen voor ...') but imaging was done. 'Vraagstelling' is the requester's question, not a referral. 'niet eerder geopereerd' in clinical data -> operated no. Exam and report date differ; an earlier X-ray date is also quoted."),
   footer="Pagina {page}/{pages}")

# ------------------------------------------------------------------ th-006
add("th-006", "txt", [
    ("lh", "Streeklaboratorium Medische Microbiologie Noord-Veluwe", ["Stationslaan 55, 3841 DE Harderwijk", "Tel. 0341-555 670  Fax 0341-555 671"]),
    ("title", "UITSLAG BACTERIOLOGISCH ONDERZOEK"),
    ("kv", [("Patiënt", "Demir, Y. (Yusuf)   M"), ("Geb.datum", "11-07-1983"), ("Labnummer", "B26-031877"),
            ("Aanvrager", "A. Mulder, huisarts, Huisartsenpraktijk Het Baken, Harderwijk"),
            ("Afnamedatum", "23-03-2026  08:40"), ("Ontvangstdatum", "24-03-2026"), ("Rapportdatum", "27-03-2026 (eindrapport)"),
            ("Klinische gegevens", "Opgenomen geweest in ziekenhuis te Antalya (Turkije) febr. 2026, 4 dagen, na val; polsfractuur rechts. Screening i.v.m. verwijzing handchirurgie.")]),
    ("h", "Aanvraag: MRSA-screening"),
    ("table", [["Materiaal", "Bepaling", "Uitslag"],
               ["Neus (beide neusgaten)", "MRSA kweek (ophoping + chromogene agar)", "MRSA niet aangetoond"],
               ["Keel", "MRSA kweek (ophoping + chromogene agar)", "MRSA niet aangetoond"],
               ["Perineum", "MRSA kweek (ophoping + chromogene agar)", "MRSA niet aangetoond"]]),
    ("p", "Conclusie: Geen MRSA aangetoond in de ingestuurde materialen."),
    ("p", "Opmerking: een negatieve screening sluit dragerschap niet volledig uit. Bij opnieuw opname in een buitenlands ziekenhuis screening herhalen."),
    ("sig", ["Gevalideerd door: dr. E. Terpstra, arts-microbioloog", "Datum validatie: 27-03-2026"]),
], dict(kinds=["mrsa-screening"], date="2026-03-27", also_dates=["2026-03-23"], author="lab", language="nl",
        style="microbiology lab printout, plain text with table",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Three dates (sample, receipt, report). Clinical data say admitted in a hospital in Antalya -> abroad yes; the fracture treatment is not described (operated unmentioned). Negative result phrased as 'niet aangetoond'."),
   footer="Einde rapport - B26-031877 - blad {page}")

# ------------------------------------------------------------------ th-007
add("th-007", "docx", [
    ("lh", "Wessex Vale Hospitals NHS Foundation Trust", ["Department of Hand Surgery", "St Aldhelm's Hospital, Kingsbridge Road, Andover SP10 3QX", "Tel 01264 555 710"],
     {"right": ["Consultant: Mr Owen Pritchard FRCS (Plast)", "Secretary: 01264 555 714", "Our ref: OP/HS/22871"]}),
    ("p", "Date dictated: 29/01/2026\nDate typed: 2 February 2026"),
    ("to", ["Dr R. Patel", "Millbrook Surgery", "12 Station Approach", "Andover SP10 2AB"]),
    ("kv", [("Patient", "Mr Thomas WHITFIELD"), ("DOB", "14/08/1990"), ("NHS No", "943 476 5919"),
            ("Address", "4 Orchard Close, Andover SP11 7HD"), ("Clinic date", "28/01/2026")]),
    ("p", "Dear Dr Patel,"),
    ("kv", [("Diagnosis", "Established non-union of a right scaphoid waist fracture (injury May 2025)"),
            ("Plan", "Offered ORIF with vascularised bone graft; patient to decide. Discharged to GP pending relocation.")]),
    ("p", "I reviewed Mr Whitfield in clinic today. As you know he fell from his mountain bike in May 2025 and was treated in a below-elbow cast for ten weeks at our fracture clinic. He has never regained full grip strength and has ongoing radial-sided wrist pain when lifting. He has had no surgery to date."),
    ("p", "A CT scan of the right wrist performed on 19 January 2026 confirms a non-union at the waist of the scaphoid with early humpback deformity. An MRI on 12 December 2025 showed preserved signal in the proximal pole, so there is no evidence of avascular necrosis."),
    ("p", "I have explained that without fixation there is a significant risk of progressive collapse and arthritis (SNAC). I have offered him open reduction and internal fixation with a vascularised bone graft from the distal radius. He is relocating to Eindhoven, the Netherlands, in March for work and would prefer to have any operation there so he can attend hand therapy locally. I think that is perfectly reasonable. I have given him a copy of his imaging on CD and a copy of this letter for his new surgeon."),
    ("p", "Outcome: discharged back to your care. Happy to see him again should he stay in the UK."),
    ("sig", ["Yours sincerely,", "", "Mr Owen Pritchard", "Consultant Hand and Plastic Surgeon", "", "cc: Mr T. Whitfield (patient)"]),
], dict(kinds=["correspondence"], date="2026-02-02", also_dates=["2026-01-29"], author="specialist", language="en",
        style="UK NHS clinic letter (Diagnosis/Plan header block, dictated/typed dates)",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Written by a UK hospital that treated the patient (abroad = yes although no country named except town). Three dates: dictated, typed, clinic; typed date taken as letter date. 'no surgery to date' -> no; ORIF only offered. UK dd/mm dates."),
   footer="Wessex Vale Hospitals NHS FT - Page {page} of {pages}")

# ------------------------------------------------------------------ th-008
add("th-008", "pdf", [
    ("lh", "Klinikum Unterer Niederrhein", ["Klinik für Unfallchirurgie und Orthopädie - Sektion Handchirurgie", "Hansastraße 41, 46446 Emmerich am Rhein", "Tel. +49 2822 555-0"],
     {"right": ["Chefarzt: Prof. Dr. med. W. Hendricks", "Sektionsleiter Handchirurgie:", "Dr. med. Stefan Oberhausen"]}),
    ("title", "Operationsbericht"),
    ("kv", [("Patient", "van Leeuwen, Daan"), ("Geb.-Datum", "08.12.1967"), ("Fall-Nr.", "2026001477"),
            ("Wohnort", "Zevenaar (NL)"), ("Station", "3B Unfallchirurgie"),
            ("OP-Datum", "14.01.2026"), ("Schnitt / Naht", "10:12 / 11:05"),
            ("Operateur", "Dr. med. Stefan Oberhausen (OA)"), ("Assistenz", "Lena Kürten (Assistenzärztin)"),
            ("Anästhesie", "Axilläre Plexusanästhesie (Dr. med. E. Yilmaz)"),
            ("Diagnose", "Dislozierte intraartikuläre distale Radiusfraktur links, AO 23-C2 (Röntgen und CT vom 12.01.2026)"),
            ("Eingriff", "Offene Reposition und winkelstabile palmare Plattenosteosynthese distaler Radius links")], {"grid": True}),
    ("h", "OP-Bericht"),
    ("p", "Rückenlagerung, Armtisch, Oberarmblutsperre mit 250 mmHg. Desinfektion und steriles Abdecken. Palmarer Zugang nach Henry über der FCR-Sehne. Darstellung und Ablösen des M. pronator quadratus. Es zeigt sich die bekannte Trümmerzone dorsal sowie eine intraartikuläre Stufe von ca. 3 mm. Reposition durch Längszug und Flexion, temporäre K-Draht-Fixation. Anlage einer winkelstabilen palmaren Radiusplatte (2,4 mm), distale Verriegelung mit 6 winkelstabilen Schrauben, proximal 3 Kortikalisschrauben. Durchleuchtungskontrolle in zwei Ebenen: regelrechte Stellung, Gelenkfläche rekonstruiert, keine intraartikuläre Schraubenlage. Refixation des Pronator quadratus, Subkutannaht, Hautnaht in Rückstichtechnik. Steriler Verband, dorsale Unterarmgipsschiene."),
    ("kv", [("Komplikationen", "keine"), ("Blutsperrenzeit", "48 min"),
            ("Procedere", "Hochlagerung, Kühlung; Gipsschiene 2 Wochen; Fadenzug am 12. postop. Tag; Röntgenkontrolle nach 6 Wochen. Weiterbehandlung nach Entlassung in den Niederlanden durch Hausarzt und Handchirurgie. Das MRSA-Aufnahmescreening war negativ.")]),
    ("sig", ["Dr. med. Stefan Oberhausen", "Oberarzt, Facharzt für Orthopädie und Unfallchirurgie, Handchirurgie", "elektronisch freigegeben 14.01.2026 12:31"]),
], dict(kinds=["operation-report"], date="2026-01-14", author="specialist", language="de",
        style="German hospital Operationsbericht form (grid) + narrative",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="German border hospital (Emmerich) operating a Dutch resident; abroad only via German address/postcode. Mentions negative MRSA admission screening - this is not a lab result. Diagnosis cites Röntgen and CT."),
   footer="Klinikum Unterer Niederrhein - Seite {page} von {pages}")

# ------------------------------------------------------------------ th-009 (merged)
p1 = [
    ("lh", "Huisartsenpraktijk Zeeduin", ["Duinweg 61, 1901 GK Castricum", "Tel. 0251-555 093"], {"right": ["AGB 01-066310", "J.W. (Jan-Willem) Pronk, huisarts"]}),
    ("to", ["Aan: Handcentrum Zuidrand", "t.a.v. second opinion handchirurgie"]),
    ("meta", [("Datum:", "22-04-2026"), ("Betreft:", "dhr. W. Hogeveen, geb. 30-03-1962")]),
    ("p", "Geachte collega,"),
    ("p", "Graag vraag ik uw second opinion voor dhr. Hogeveen. Hij is op 10-11-2025 in het Ziekenhuis Hollandse Kust geopereerd wegens duimbasisartrose links (trapeziectomie met peesinterpositie). Ruim vijf maanden later heeft hij nog forse pijn aan de duimbasis en weinig knijpkracht; hij kan zijn werk als loodgieter niet hervatten. De behandelaar adviseert geduld; patiënt twijfelt of er iets misgegaan is."),
    ("p", "Vraagstelling: is er een verklaring voor de aanhoudende pijn, en zijn er nog behandelopties?"),
    ("p", "Voorgeschiedenis: hypertensie, jicht. Medicatie: amlodipine 5 mg, allopurinol 100 mg."),
    ("p", "Bijgevoegd: het operatieverslag en het laatste röntgenverslag."),
    ("sig", ["Met collegiale groet,", "", "J.W. Pronk, huisarts"]),
]
p2 = [
    ("lh", "Ziekenhuis Hollandse Kust", ["Plastische Chirurgie / Handchirurgie", "Wilhelminalaan 12, 1815 JD Alkmaar"]),
    ("title", "OK-verslag"),
    ("kv", [("Patiënt", "Hogeveen, W. - geb. 30-03-1962 - pat.nr. 5201877"),
            ("Datum operatie", "10-11-2025"), ("Operateur", "dr. E.M. Zwart, plastisch chirurg"),
            ("Assistent", "drs. F. Oosterbaan, AIOS"), ("Anesthesie", "algehele anesthesie + plexusblok"),
            ("Indicatie", "CMC-1 artrose links, Eaton-Littler III, uitbehandeld conservatief"),
            ("Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI, FCR-slip) links"),
            ("Verloop", "Bloedleegte. Dorsoradiale incisie, sparen r. superficialis n. radialis. Trapezium in delen verwijderd. Halve FCR-pees geoogst, door basis MC-1 gehaald en als interpositie opgevouwen. Hechten kapsel, huid intracutaan."),
            ("Complicaties", "geen"), ("Nabehandeling", "onderarmgips met duim 4 weken, daarna handtherapie; controle poli 2 weken")]),
    ("sig", ["dr. E.M. Zwart"]),
]
p3 = [
    ("lh", "Ziekenhuis Hollandse Kust", ["Afdeling Radiologie", "Wilhelminalaan 12, 1815 JD Alkmaar"]),
    ("kv", [("Patiënt", "Hogeveen, W. (30-03-1962)"), ("Aanvrager", "dr. E.M. Zwart, Plastische chirurgie"),
            ("Onderzoek", "X-hand/duim links, 2 richtingen"), ("Datum", "03-03-2026")]),
    ("h", "Verslag"),
    ("p", "Vergeleken met 12-08-2025. Status na trapeziectomie links. Proximalisatie van de basis MC-1 van ongeveer 3 mm ten opzichte van het scafoïd. Geen artrose in het STT-gewricht. Geen fractuur, geen ossale afwijkingen."),
    ("h", "Conclusie"),
    ("p", "Status na trapeziectomie links met beperkte proximalisatie MC-1. Geen nieuwe afwijkingen."),
    ("sig", ["R. Haverkamp, radioloog"]),
]
add_merged("th-009", [(p1, {"footer": "Huisartsenpraktijk Zeeduin"}), (p2, {"footer": "OK-verslag - pagina {page}"}), (p3, {})],
    dict(kinds=["referral", "operation-report", "imaging-report"], date="2026-04-22", author="gp", language="nl",
         style="merged PDF: GP letter + OK-verslag form + radiology report", referral_question=True,
         imaging_done="yes", operated="yes", treated_abroad="unmentioned",
         notes="Three documents in one file; the GP letter announces 'bijgevoegd' items that really follow. Top-level date/author = first part (the cover/referral).",
         parts=[dict(kinds=["referral"], date="2026-04-22", author="gp"),
                dict(kinds=["operation-report"], date="2025-11-10", author="specialist"),
                dict(kinds=["imaging-report"], date="2026-03-03", author="radiologist")]))

# ------------------------------------------------------------------ th-010
add("th-010", "txt", [
    ("kv", [("Van:", "Ria Verbeek <ria.verbeek58@mailbox.example>"),
            ("Aan:", "secretariaat@handcentrum-zuidrand.example"),
            ("Datum:", "di 7 apr. 2026 om 21:14"),
            ("Onderwerp:", "Aanvraag second opinion rechterduim")]),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Graag wil ik een second opinion aanvragen voor mijn rechterduim. In juni 2023 ben ik in het Maasduinen Ziekenhuis in Venray geopereerd aan die duim vanwege artrose (het botje aan de basis is weggehaald en er is een peesje in gelegd). Het eerste jaar ging het goed maar sinds vorig jaar heb ik weer veel pijn en kan ik geen potjes meer openen."),
    ("p", "Afgelopen zomer ben ik op vakantie in Spanje gevallen, precies op die hand. Ik ben daar niet naar een dokter gegaan; thuisgekomen ben ik naar de huisartsenpost in Venlo gegaan en daar zijn foto's gemaakt. Er was niets gebroken, zeiden ze."),
    ("p", "Mijn chirurg in Venray zegt dat er verder niets aan te doen is, maar daar wil ik graag een tweede mening over. Mijn huisarts, dokter Hermans, stuurt de verwijzing via Zorgdomein. Kunt u mij laten weten welke papieren u nog van mij nodig heeft?"),
    ("p", "Met vriendelijke groet,\nRia Verbeek (geboren 15-10-1958)\nPastoor Vullinghsplein 9, 5801 Venray\n06-55512345"),
    ("p", "Bijlage: foto_brief_chirurg.jpg"),
    ("small", "Verzonden vanaf mijn iPad"),
], dict(kinds=[], date="2026-04-07", author="patient", language="nl", style="patient e-mail (header block + prose)",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Patient asking for a second opinion herself: not a referral. Operation described in lay words. Fall in Spain explicitly without care there, imaging done in NL -> abroad no."))

# ------------------------------------------------------------------ th-011
add("th-011", "docx", [
    ("lh", "Handtherapie Oost", ["Praktijk voor hand- en polsrevalidatie", "Boxbergerweg 140, 7412 AC Deventer", "www.handtherapie-oost.example"],
     {"right": ["Tel. 0570-555 112", "AGB 04-550219"]}),
    ("to", ["dr. S. Veenstra, plastisch chirurg", "IJsselborg Ziekenhuis", "Polikliniek plastische chirurgie", "Zutphen"]),
    ("meta", [("Datum", "18 maart 2026"), ("Betreft", "Voortgangsrapportage K. Lammers, geb. 02-02-1985")]),
    ("p", "Geachte dokter Veenstra,"),
    ("p", "Hierbij een korte rapportage over de voortgang van de heer Lammers. Hij is op 4 februari 2026 door u geopereerd (SL-ligamentreconstructie rechts volgens modified Brunelli) en wordt sinds 17 februari door mij behandeld volgens het afgesproken protocol. Tot week 6 droeg hij een thermoplastische onderarmspalk; sinds 16 maart is gestart met actieve oefeningen in het dart-throw vlak."),
    ("table", [["Beweging (rechts)", "17-02-2026", "17-03-2026", "Links (ref.)"],
               ["Dorsaalflexie", "-", "25°", "70°"], ["Palmairflexie", "-", "20°", "75°"],
               ["Radiaaldeviatie", "-", "10°", "20°"], ["Ulnairdeviatie", "-", "15°", "35°"],
               ["Knijpkracht (Jamar, kg)", "niet gemeten", "niet gemeten", "46"]]),
    ("p", "De wond is rustig, litteken soepel na littekenmassage. Hij heeft weinig pijn (NRS 2-3) en is zeer gemotiveerd. Ik verwacht hem nog 8-10 weken te behandelen. Krachttraining start conform protocol na 12 weken."),
    ("p", "Vraag: mag hij in week 8 beginnen met licht werk op kantoor (toetsenbord)?"),
    ("sig", ["Met vriendelijke groet,", "", "Anouk ter Horst", "Gecertificeerd handtherapeut (CHT-NL)", "", "cc: huisarts mw. I. Gerritsma, Deventer"]),
], dict(kinds=[], date="2026-03-18", author="other", language="nl", style="hand-therapy progress letter with ROM table",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Hand therapist letter - not correspondence from a specialist. States an operation plainly with date ('door u geopereerd'). Asks a question, but is not a referral. Table of measurements."))

# ------------------------------------------------------------------ th-012 (via LibreOffice)
add("th-012", "pdf", [
    ("lh", "Ziekenhuis Zuiderpolder", ["Heelkunde - Traumatologie", "Spaarnepolderweg 1, 2134 TM Hoofddorp", "Tel. 023-555 9000"],
     {"right": ["Datum: 06-03-2026", "Kenmerk: HLK/KB/26-1188", "Opnamenummer: 260303-117"]}),
    ("to", ["Mw. A. de Bruin, huisarts", "Huisartsenpraktijk Bornholm", "Bornholmstraat 40", "2132 HA Hoofddorp"]),
    ("title", "Klinische brief (ontslagbrief)"),
    ("kv", [("Patiënt", "Mw. S. de Ruiter, geb. 21-04-1949"),
            ("Opnamedatum", "03-03-2026"), ("Ontslagdatum", "05-03-2026"),
            ("Afdeling", "C3 Traumatologie"), ("Hoofdbehandelaar", "dr. J.P. Vermeulen, traumachirurg")]),
    ("p", "Geachte collega,"),
    ("p", "Uw patiënte werd van 03-03-2026 tot 05-03-2026 op onze afdeling opgenomen."),
    ("h", "Opnamediagnose"),
    ("p", "Intra-articulaire distale radiusfractuur rechts (AO 23-C1) na val op straat bij gladheid."),
    ("h", "Voorgeschiedenis"),
    ("p", "2001 appendectomie; 2015 totale heupprothese links; osteoporose (alendroninezuur sinds 2016); hypertensie."),
    ("h", "Beloop"),
    ("p", "Patiënte werd op de SEH gezien. Op de röntgenfoto en de aanvullende CT-scan van de pols rechts was er een dorsaal gekanteld, intra-articulair verplaatst fragment. Na gesloten repositie bleef de stand onacceptabel, waarna op 04-03-2026 operatieve fixatie plaatsvond. Het postoperatieve beloop was ongecompliceerd; de controlefoto toonde een goede stand."),
    ("h", "Operatie"),
    ("kv", [("Datum", "04-03-2026"), ("Operateur", "dr. J.P. Vermeulen, traumachirurg"),
            ("Assistent", "drs. L. Kok, AIOS heelkunde"), ("Anesthesie", "infraclaviculair plexusblok + sedatie"),
            ("Ingreep", "Open repositie en interne fixatie met palmaire hoekstabiele plaat (2.4 mm) distale radius rechts"),
            ("Beschrijving", "Bloedleegte 250 mmHg. Henry-benadering langs FCR. Pronator quadratus losgemaakt. Repositie onder doorlichting, tijdelijke K-draad. Plaat geplaatst, distaal 6 hoekstabiele schroeven, proximaal 3 corticale schroeven. Doorlichting: goede stand, gewrichtsvlak congruent, geen intra-articulaire schroeven. Pronator gereïnsereerd, sluiten in lagen, Monocryl intracutaan."),
            ("Complicaties", "geen"), ("Bloedleegtetijd", "52 minuten")]),
    ("h", "Medicatie bij ontslag"),
    ("p", "paracetamol 1000 mg 4dd; naproxen 500 mg 2dd gedurende 5 dagen met omeprazol 20 mg; overige thuismedicatie ongewijzigd."),
    ("h", "Beleid"),
    ("p", "Drukverband en gipsspalk, wondcontrole en hechtingen verwijderen na 12 dagen bij u of op de gipskamer. Controle polikliniek traumatologie over 2 weken met röntgenfoto. Verwijzing handtherapie volgt. Osteoporosebehandeling continueren."),
    ("sig", ["Met vriendelijke groet,", "", "drs. L. Kok, AIOS heelkunde", "supervisor: dr. J.P. Vermeulen, traumachirurg", "", "c.c.: patiënte; polikliniek traumatologie"]),
], dict(kinds=["correspondence", "operation-report"], date="2026-03-06", author="specialist", language="nl",
        style="HiX-like discharge letter (Klinische brief) with full Operatie section, rendered via LibreOffice",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Discharge letter that contains a full operation description (date, operator, procedure, description) -> also operation-report. Admission/discharge/operation dates beside the letter date. Appendectomy and hip prosthesis are distractors."),
   via="docx", footer="Ziekenhuis Zuiderpolder - de Ruiter, S. - pagina {page} van {pages}")

# ------------------------------------------------------------------ th-013
add("th-013", "txt", [
    ("lh", "Lakeshore Hand & Upper Extremity Associates", ["1840 W. Fullerton Ave, Suite 410", "Chicago, IL 60614", "Phone (312) 555-0187  Fax (312) 555-0188"]),
    ("title", "OFFICE VISIT NOTE"),
    ("kv", [("Patient:", "JANSSEN, EMMA"), ("DOB:", "07/23/1991"), ("MRN:", "LH-0092231"),
            ("Date of Service:", "3/12/26"), ("Provider:", "Rachel M. Okafor, MD (Hand Surgery)"),
            ("Referring:", "Self-referred"), ("PCP:", "None on file")]),
    ("h", "CHIEF COMPLAINT"),
    ("p", "Right radial wrist pain x 3 months."),
    ("h", "HISTORY OF PRESENT ILLNESS"),
    ("p", "34 y/o right-hand-dominant female, Dutch national on a two-year work assignment in Chicago, with 3 months of pain over the radial styloid, worse with lifting her 6-month-old son. No trauma. Tried OTC ibuprofen and a drugstore thumb brace with minimal relief. No numbness or tingling. No prior injections. No surgery to date on either upper extremity."),
    ("h", "PAST MEDICAL / SURGICAL HISTORY"),
    ("p", "Cesarean section 09/2025. Otherwise negative."),
    ("h", "EXAM"),
    ("p", "R wrist: swelling and TTP over 1st dorsal compartment. Finkelstein positive. CMC grind negative. Full ROM of wrist and digits. NVI."),
    ("h", "IMAGING"),
    ("p", "3 views of the right wrist obtained in office today and personally reviewed: no fracture, no arthritic change at the CMC or STT joints, no soft tissue calcification."),
    ("h", "ASSESSMENT"),
    ("p", "De Quervain tenosynovitis, right (M65.4)."),
    ("h", "PLAN"),
    ("p", "1. Procedure: after informed consent, 1st dorsal compartment injection with 1 mL triamcinolone 40 mg/mL + 1 mL 1% lidocaine under sterile technique. Tolerated well.\n2. Thumb spica splint, wear at night and with activity.\n3. Discussed that if symptoms persist after 2 injections, surgical release of the 1st dorsal compartment is an option. Patient prefers to avoid surgery and would rather pursue any further treatment after her return to the Netherlands in May 2026.\n4. Follow up 6 weeks or PRN."),
    ("small", "Electronically signed by Rachel M. Okafor, MD on 3/13/2026 4:52 PM"),
], dict(kinds=["correspondence"], date="2026-03-12", also_dates=["2026-03-13"], author="specialist", language="en",
        style="US office visit note (Epic-like sections, M/D/YY dates)",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="US date formats (3/12/26, 07/23/1991) - must not be read as 12 March vs 3 December confusion. Written by a US clinic that treated the patient -> abroad yes. Injection is a procedure but not an operation; release only discussed; cesarean section is a distractor; 'No surgery to date' -> no."))

# ------------------------------------------------------------------ th-014
add("th-014", "docx", [
    ("lh", "Klinikum Westmünsterland-Süd", ["Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "Am Stadtpark 12, 48599 Gronau (Westf.)", "Tel. +49 2562 555-300"],
     {"right": ["Chefarzt Prof. Dr. med. H. Brinkhaus", "Sekretariat: +49 2562 555-301"]}),
    ("to", ["Huisartsenpraktijk Het Roombeek", "z. Hd. Herrn Dr. R. Tuinman", "Roomweg 88", "7523 BM Enschede", "NIEDERLANDE"]),
    ("p", "Gronau, 24.02.2026"),
    ("p", "Arztbrief über unsere ambulante Vorstellung vom 19.02.2026"),
    ("kv", [("Patientin", "Frau Lotte Scholten, geb. 05.06.1975"), ("Anschrift", "Oldenzaalsestraat 301, 7523 AE Enschede (NL)")]),
    ("p", "Sehr geehrter Herr Kollege Tuinman,"),
    ("p", "wir berichten Ihnen über die oben genannte Patientin, die sich in unserer handchirurgischen Sprechstunde vorstellte."),
    ("h", "Diagnosen"),
    ("p", "1. Rhizarthrose rechts, Stadium Eaton-Littler III\n2. Z.n. Cholezystektomie 2016\n3. Arterielle Hypertonie"),
    ("h", "Anamnese"),
    ("p", "Seit ca. 2 Jahren zunehmende belastungsabhängige Schmerzen am Daumensattelgelenk rechts, besonders beim Aufschrauben von Flaschen und beim Schreiben. Zwei Kortisoninfiltrationen durch den Hausarzt mit jeweils ca. 6 Wochen Beschwerdelinderung."),
    ("h", "Befund"),
    ("p", "Schwellung über dem Daumensattelgelenk rechts, positiver Grind-Test, Adduktionskontraktur des Daumens gering. Kraftgrad 4/5. DMS intakt."),
    ("h", "Röntgen rechte Hand in 2 Ebenen (19.02.2026)"),
    ("p", "Fortgeschrittene Arthrose des Daumensattelgelenks mit Gelenkspaltverschmälerung, subchondraler Sklerose und Osteophyten bis 2 mm. Das STT-Gelenk ist unauffällig."),
    ("h", "Therapie und Procedere"),
    ("p", "Eine operative Versorgung (Resektionsarthroplastik des Trapeziums mit Sehnenaufhängung) wurde ausführlich besprochen, von der Patientin jedoch vorerst abgelehnt. Wir haben eine Daumenorthese rezeptiert und eine Ergotherapie empfohlen. Eine Wiedervorstellung kann bei Bedarf jederzeit erfolgen. Die Patientin äußerte den Wunsch, zusätzlich eine Zweitmeinung in den Niederlanden einzuholen."),
    ("sig", ["Mit freundlichen kollegialen Grüßen", "", "Dr. med. Katharina Elsing", "Oberärztin", "", "Prof. Dr. med. H. Brinkhaus", "Chefarzt"]),
], dict(kinds=["correspondence"], date="2026-02-24", author="specialist", language="de",
        style="German Arztbrief (Diagnosen/Befund/Therapie und Procedere)",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="German hospital letter to a Dutch GP: abroad yes because the writing hospital abroad examined the patient (outpatient only, no admission). Surgery discussed and declined. Cholecystectomy is a distractor. Visit date differs from letter date."),
   footer="Seite {page} von {pages}")

# ------------------------------------------------------------------ th-015
add("th-015", "pdf", [
    ("lh", "Ziekenhuis Vechtstede", ["Centrale Opnameplanning / Preoperatief Spreekuur", "Vechtoever 2, 3603 LA Maarssen"], {"right": ["Telefoon 0346-555 400 (ma-vr 8.30-16.30)"]}),
    ("to", ["Dhr. P. Smeets", "Bisonspoor 1208", "3605 KW Maarssen"]),
    ("meta", [("Datum", "3 april 2026"), ("Patiëntnummer", "6620917"), ("Geboortedatum", "27-09-1963")]),
    ("p", "Geachte heer Smeets,"),
    ("p", "U staat op de wachtlijst voor een operatie aan uw linkerhand (carpaletunnelrelease). Voordat de operatiedatum kan worden vastgesteld, nodigen wij u uit voor het preoperatief spreekuur (POS)."),
    ("kv", [("Afspraak", "dinsdag 21 april 2026 om 10:40 uur"), ("Locatie", "Polikliniek Anesthesiologie, route 14"),
            ("Duur", "ongeveer 45 minuten"), ("Behandelaar", "dr. P. Kramer, plastisch chirurg")], {"grid": True}),
    ("h", "Wat neemt u mee?"),
    ("p", "- een geldig identiteitsbewijs en uw verzekeringspas\n- een actueel medicatieoverzicht van uw apotheek\n- de ingevulde gezondheidsvragenlijst (bijgevoegd)"),
    ("h", "Belangrijk"),
    ("p", "Bent u in de afgelopen twee maanden in een ziekenhuis in het buitenland opgenomen of behandeld? Meld dit dan vóór uw afspraak telefonisch. In dat geval wordt een MRSA-kweek afgenomen en kan de operatie pas plaatsvinden als de uitslag bekend is."),
    ("p", "Kunt u niet komen? Bel dan uiterlijk 24 uur van tevoren af."),
    ("sig", ["Met vriendelijke groet,", "", "Afdeling Opnameplanning", "Ziekenhuis Vechtstede"]),
    ("small", "Bijlagen: gezondheidsvragenlijst, folder 'Uw operatie onder plaatselijke verdoving'"),
], dict(kinds=[], date="2026-04-03", author="other", language="nl", style="hospital appointment letter (pre-operative screening)",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Operation only planned (wachtlijst). MRSA and foreign hospital appear only in a conditional instruction. Not correspondence from a specialist (administrative letter)."),
   footer="Ziekenhuis Vechtstede | pagina {page}")

# ------------------------------------------------------------------ th-016
add("th-016", "txt", [
    ("title", "INTAKEVRAGENLIJST HAND- EN POLSCENTRUM OOSTERLAAN"),
    ("p", "Ingevuld via het patiëntenportaal. Afdruk d.d. 2026-05-06 16:03"),
    ("kv", [("Naam", "Naima Bouzid"), ("Geboortedatum", "1990-08-14"), ("Datum ingevuld", "2026-05-06"),
            ("Huisarts", "dr. E. van Rooij, Utrecht")]),
    ("h", "Deel A - Uw klacht"),
    ("kv", [("1. Om welke hand gaat het?", "links"), ("2. Sinds wanneer heeft u klachten?", "sinds september 2025"),
            ("3. Beschrijf uw klacht", "pijn aan de duimkant van de pols, vooral bij tillen van mijn dochter, soms slapend gevoel in duim"),
            ("4. Welke behandelingen heeft u gehad?", "[x] spalk/brace  [x] fysiotherapie  [x] injectie  [ ] operatie  [ ] geen")]),
    ("h", "Deel B - Voorgeschiedenis"),
    ("kv", [("5. Bent u eerder geopereerd aan deze hand of pols?", "[ ] ja   [x] nee"),
            ("6. Andere operaties (welke, wanneer)?", "keizersnede 2017; galblaas verwijderd 2020"),
            ("7. Is er beeldvorming gemaakt?", "[x] röntgenfoto  [x] echo  [ ] MRI  [ ] CT  [ ] weet ik niet"),
            ("   Zo ja, waar en wanneer?", "Ziekenhuis Zuiderpolder, november 2025"),
            ("8. Bent u in de afgelopen 2 maanden in een ziekenhuis in het buitenland opgenomen geweest of behandeld?", "[ ] ja   [x] nee"),
            ("9. Lengte / gewicht", "168 cm / 71 kg"), ("10. Roken", "nee")]),
    ("h", "Deel C - Verwachting"),
    ("kv", [("11. Wat verwacht u van het consult?", "Ik wil weten of een operatie zin heeft of dat ik moet blijven oefenen.")]),
    ("p", "Handtekening: N. Bouzid (digitaal bevestigd)"),
], dict(kinds=[], date="2026-05-06", author="patient", language="nl", style="intake questionnaire, portal printout with checkboxes",
        imaging_done="yes", operated="no", treated_abroad="no",
        notes="Questions contain 'geopereerd', 'beeldvorming', 'buitenland'; the checkbox answers decide ([x] nee / [x] röntgenfoto). Other operations (keizersnede, galblaas) are distractors. ISO dates."))

# ------------------------------------------------------------------ th-017
add("th-017", "pdf", [
    ("lh", "Mercy Bay Medical Center", ["Department of Orthopaedics & Traumatology", "Kaya Flamboyan 22, Willemstad, Curaçao", "Tel. +5999 555 2200"], {"right": ["Admission no. MB-26-00841"]}),
    ("title", "DISCHARGE SUMMARY"),
    ("kv", [("Patient", "Mr Rick HENDRIKS"), ("Date of birth", "19-02-1997"), ("Home address", "Laan van Meerdervoort 402, Den Haag, the Netherlands"),
            ("Date of admission", "09/02/2026"), ("Date of discharge", "12/02/2026"), ("Attending", "Dr. A. Martina, orthopaedic surgeon")]),
    ("h", "Diagnosis"),
    ("p", "Displaced fracture of the base of the fifth metacarpal, right hand, after a scooter accident (09/02/2026). Abrasions right forearm."),
    ("h", "Imaging"),
    ("p", "X-ray right hand (09/02/2026): displaced extra-articular fracture of the base of MC V with 35 degrees angulation. Post-operative X-ray (10/02/2026): satisfactory reduction, K-wires in place."),
    ("h", "Operative procedure"),
    ("kv", [("Date", "10/02/2026"), ("Surgeon", "Dr. A. Martina"), ("Assistant", "Dr. J. Isenia (resident)"),
            ("Anaesthesia", "Regional (axillary block)"),
            ("Procedure", "Closed reduction and percutaneous K-wire fixation (2 x 1.4 mm) of the right fifth metacarpal"),
            ("Details", "Under fluoroscopic guidance the fracture was reduced by the Jahss manoeuvre. Two K-wires were inserted percutaneously, one intramedullary and one transverse into MC IV. Stable reduction confirmed. Wires bent and cut outside the skin. Ulnar gutter splint applied."),
            ("Complications", "None")]),
    ("h", "Course and discharge"),
    ("p", "Uneventful. Wound care for the abrasions. Discharged on 12/02/2026 with oral analgesics (paracetamol, ibuprofen) and instructions. The patient returns to the Netherlands on 14/02/2026."),
    ("h", "Follow-up"),
    ("p", "Removal of K-wires at 4 weeks in the Netherlands (GP or hospital). X-ray at wire removal. Because of this admission, MRSA screening is advised before any hospital treatment in the Netherlands."),
    ("sig", ["Willemstad, 12/02/2026", "", "Dr. A. Martina", "Orthopaedic Surgeon"]),
], dict(kinds=["correspondence", "operation-report"], date="2026-02-12", author="specialist", language="en",
        style="Caribbean hospital discharge summary in English with an operative-procedure section",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="JUDGEMENT CALL: Curaçao is a separate country within the Kingdom of the Netherlands and not part of the Netherlands proper; I label treated_abroad = yes because for MRSA policy a hospital there is outside the Dutch (European) hospital system. Full procedure section -> also operation-report. Dates dd/mm/yyyy; MRSA only advised."),
   footer="Mercy Bay Medical Center - Discharge summary - page {page}/{pages}")

# ------------------------------------------------------------------ th-018
add("th-018", "docx", [
    ("p", "ZorgDomein  |  Verwijzing"),
    ("title", "Orthopedie - Hand/pols (regulier)"),
    ("kv", [("Afzender", "Huisartsenpraktijk De Linde, Slotlaan 21, 3701 GA Zeist"), ("AGB verwijzer", "01-034567"),
            ("Verwijzer", "M. (Marit) Hoogendoorn, huisarts"),
            ("Ontvanger", "Handcentrum Zuidrand, Orthopedie"),
            ("Datum verwijzing", "15-01-2026")], {"grid": True}),
    ("kv", [("Patiënt", "T. (Thijs) van der Meer"), ("Geboortedatum", "09-09-1969"), ("Geslacht", "man"),
            ("Verzekeraar", "Zorgverzekeraar Polderland 44209871")], {"grid": True}),
    ("kv", [("Reden van verwijzing", "Graag behandeling van een triggerfinger dig III rechts."),
            ("Vraagstelling", "-"),
            ("Relevante voorgeschiedenis", "Diabetes mellitus type 2 (2018), hypertensie (2015). Geen operaties in de voorgeschiedenis."),
            ("Recente behandelingen", "11-2025 corticosteroïdinjectie A1-ringband dig III rechts (huisarts), effect 6 weken\n12-2025 tweede injectie, geen blijvend effect"),
            ("Beeldvorming", "Niet verricht."),
            ("Medicatie", "metformine 500 mg 2dd1; lisinopril 10 mg 1dd1"),
            ("Allergieën / ICA", "geen")], {"grid": True}),
    ("small", "Afgedrukt uit ZorgDomein op 15-01-2026 door Hoogendoorn, M."),
], dict(kinds=["referral", "history"], date="2026-01-15", author="gp", language="nl",
        style="ZorgDomein printout as DOCX grid table", referral_question=False,
        imaging_done="no", operated="no", treated_abroad="unmentioned",
        notes="Referral 'for treatment' with empty Vraagstelling ('-') -> referral_question false. Carries Relevante voorgeschiedenis + Recente behandelingen -> also history. 'Geen operaties in de voorgeschiedenis' is a general negation -> operated no. 'Beeldvorming: Niet verricht' -> imaging no."),
   footer="ZorgDomein verwijzing - pagina {page} van {pages}")

# ------------------------------------------------------------------ th-019
add("th-019", "txt", [
    ("lh", "Marienklinik Kranenburg", ["Abteilung für Allgemein-, Unfall- und Handchirurgie", "Großer Markt 3, 47559 Kranenburg", "Telefon +49 2826 555-0"]),
    ("p", "Kranenburg, den 10.02.2026"),
    ("to", ["Herrn", "Dr. med. (huisarts) M. Janssen", "Huisartsenpraktijk Hatert", "Hatertseweg 500", "6535 ZN Nijmegen", "Niederlande"]),
    ("title", "Entlassungsbrief"),
    ("p", "Patient: Herr Jeroen Peeters, geb. 17.04.1979, wohnhaft in Nijmegen (NL)\nStationärer Aufenthalt vom 02.02.2026 bis 06.02.2026"),
    ("p", "Sehr geehrter Herr Kollege,"),
    ("p", "wir berichten über Ihren Patienten, der sich am 02.02.2026 in unserer Notaufnahme vorstellte."),
    ("h", "Diagnosen:"),
    ("p", "- Beugesehnenscheidenphlegmone Dig. II rechts nach Katzenbiss (31.01.2026)\n- Nachweis von Pasteurella multocida\n- Nikotinabusus"),
    ("h", "Therapie:"),
    ("p", "- Inzision, Débridement und Spülung der Beugesehnenscheide Dig. II rechts in Plexusanästhesie am 03.02.2026 (Operateur: Dr. med. J. Terhorst)\n- Intravenöse Antibiose mit Ampicillin/Sulbactam 3 g 3x tgl., ab 05.02. oral Amoxicillin/Clavulansäure\n- Ruhigstellung in Unterarmschiene"),
    ("h", "Befunde:"),
    ("p", "Röntgen rechte Hand in 2 Ebenen (02.02.2026): kein röntgendichter Fremdkörper, keine ossäre Beteiligung.\nLabor bei Aufnahme: CRP 84 mg/l, Leukozyten 13,2/nl. Bei Entlassung CRP 11 mg/l.\nMRSA-Aufnahmescreening (Nase/Rachen): negativ."),
    ("h", "Verlauf:"),
    ("p", "Unter der operativen Sanierung und Antibiose rasche Besserung der Schwellung und Rötung. Reizlose Wundverhältnisse, Drainage am 2. postoperativen Tag entfernt. Beginn mit Bewegungsübungen aus der Schiene. Entlassung in gutem Allgemeinzustand."),
    ("h", "Procedere:"),
    ("p", "Fortführung der oralen Antibiose bis einschließlich 13.02.2026. Fadenentfernung am 14. postoperativen Tag beim Hausarzt. Handtherapie dringend empfohlen. Bei persistierender Bewegungseinschränkung Wiedervorstellung oder Vorstellung bei einem Handchirurgen in den Niederlanden."),
    ("sig", ["Mit freundlichen kollegialen Grüßen", "", "Dr. med. J. Terhorst, Oberarzt", "A. Wiegand, Assistenzärztin"]),
], dict(kinds=["correspondence"], date="2026-02-10", author="specialist", language="de",
        style="German Entlassungsbrief, plain-text export (Diagnosen/Therapie/Befunde/Verlauf/Procedere)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Operation appears as a one-line therapy item (incision/debridement with operator and date) - enough for operated=yes but not a full operation report, so not labelled operation-report (debatable). MRSA negative is a mention, not a lab result. Border hospital, Dutch patient."))

# ------------------------------------------------------------------ th-020
add("th-020", "pdf", [
    ("lh", "AZ Duinenzee - campus Koksijde", ["Dienst Orthopedie en Traumatologie", "Zeelaan 210, 8670 Koksijde", "tel. +32 58 55 51 00"], {"right": ["RIZIV 1-55123-44-580", "dr. Wouter Declercq"]}),
    ("p", "Koksijde, 5 januari 2026"),
    ("to", ["Aan dokter T. Vermeulen, huisarts", "Gezondheidscentrum Oosterhout-Noord", "Wilhelminalaan 9", "4902 RR Oosterhout", "Nederland"]),
    ("title", "Verslag raadpleging orthopedie"),
    ("p", "Betreft: dhr. Hendrik DEKKERS  ° 14/02/1960"),
    ("p", "Geachte collega,"),
    ("p", "Betrokkene, op vakantie aan de kust, werd op 27/12/2025 gezien op onze spoedgevallendienst na een val met de fiets op de uitgestrekte linkerhand. Klinisch drukpijn in de tabatière. RX pols links (4 opnamen): geen fractuur zichtbaar. Gezien de kliniek werd een onderarmgips met duimopname aangelegd."),
    ("p", "Op raadpleging van 03/01/2026 bleef er drukpijn in de tabatière. Controle-RX scafoïdreeks: geen fractuurlijn, geen verplaatsing. De gips werd vervangen door een duimbrace."),
    ("h", "Besluit"),
    ("p", "Contusie pols links; een occulte scafoïdfractuur is niet uitgesloten."),
    ("h", "Verder beleid"),
    ("p", "Aangezien patiënt terugkeert naar Nederland, verdere opvolging via u. Bij persisterende pijn na 2 weken is een MRI van de pols aangewezen. Een chirurgische behandeling is op dit moment niet aan de orde."),
    ("sig", ["Met collegiale groeten,", "", "dr. Wouter Declercq", "orthopedisch chirurg"]),
], dict(kinds=["correspondence"], date="2026-01-05", author="specialist", language="nl",
        style="Belgian (Flemish) hospital consultation report: 'raadpleging', 'spoedgevallendienst', 'Besluit', ° birth date, +32",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Belgian-Dutch vocabulary; birth date written with degree sign; dd/mm/yyyy. ED and outpatient treatment in Belgium by the writing hospital -> abroad yes. MRI only advised. 'Chirurgische behandeling niet aan de orde' is advice, not a statement about the past."),
   footer="AZ Duinenzee - Declercq W. - {page}/{pages}")

# ------------------------------------------------------------------ th-021
add("th-021", "docx", [
    ("lh", "Eerstelijns Diagnostisch Centrum De Waarden", ["Echografie - Röntgen - Functieonderzoek", "Banneweg 57, 4204 AA Gorinchem"], {"right": ["T 0183-555 730", "info@edc-dewaarden.example"]}),
    ("title", "Uitslag echografie"),
    ("kv", [("Patiënt", "L. (Lisa) Vermeer"), ("Geboortedatum", "11-12-1998"),
            ("Aanvrager", "J.C. de Boer, huisarts - Huisartsenpraktijk Merwezicht, Gorinchem"),
            ("Onderzoek", "Echo pols links"), ("Datum onderzoek", "19 januari 2026"),
            ("Klinische gegevens", "St. na ganglionextirpatie dorsaal pols li (2022). Sinds 3 mnd opnieuw zwelling. Recidief?")]),
    ("h", "Verslag"),
    ("p", "Dorsaal ter hoogte van het scafolunaire ligament een anechogene, gelobde structuur van 9 x 6 x 5 mm met een smalle steel richting het SL-gewricht, zonder dopplersignaal. Geen solide component. Het SL-ligament is voor zover echografisch te beoordelen intact. Strekpezen zonder tendinopathie of tenosynovitis. Litteken dorsaal zonder afwijkingen."),
    ("h", "Conclusie"),
    ("p", "Beeld passend bij recidief dorsaal ganglion pols links (9 mm)."),
    ("sig", ["M. Oudshoorn, radioloog", "Verslag vastgesteld 19-01-2026"]),
], dict(kinds=["imaging-report"], date="2026-01-19", author="radiologist", language="nl",
        style="primary-care diagnostic centre ultrasound report, GP as requester",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Requester is the GP - not a referral. Operation known only from the clinical data abbreviation 'St. na ganglionextirpatie'. Exam date written out ('19 januari 2026'), report date numeric."),
   footer="EDC De Waarden - pagina {page}")

# ------------------------------------------------------------------ th-022
add("th-022", "txt", [
    ("lh", "Kliniek Handchirurgie Veluwezoom", ["Zelfstandig behandelcentrum voor hand- en polschirurgie", "Rosendaalseweg 500, 6824 KM Arnhem"]),
    ("title", "OPERATIEVERSLAG"),
    ("p", "Patiënt: mw. A.M. Gerritsen, geb. 30-06-1966, patnr. VZ-10388\nDatum: 11 december 2025\nOperateur: dr. H.J. Reitsma, plastisch chirurg\nOmloop/assistentie: T. Wijnberg, OK-assistent"),
    ("p", "Indicatie: triggerfinger dig. III en IV rechts, Green graad III, persisterend ondanks twee injecties. Klinische diagnose; preoperatief geen beeldvorming verricht."),
    ("p", "Ingreep: release van de A1-ringband dig. III en IV rechts."),
    ("p", "Onder WALANT (in totaal 10 ml lidocaïne 1% met adrenaline 1:100.000, 25 minuten ingewerkt) en zonder bloedleegte werd via twee transversale incisies in de distale palmaire plooi ter hoogte van straal III en IV ingegaan. Stomp prepareren, de neurovasculaire bundels werden beiderzijds gespaard. De A1-ringband werd over de volle lengte gekliefd. Patiënte werd gevraagd actief te buigen en te strekken: geen triggering meer, volledige flexie en extensie. Huid gesloten met Ethilon 4-0 enkele knopen. Steriel drukverband."),
    ("p", "Bijzonderheden: geen. Bloedverlies minimaal. Patiënte heeft de ingreep goed doorstaan."),
    ("p", "Nabehandeling: direct bewegen, verband na 2 dagen verkleinen, hechtingen verwijderen na 10-14 dagen bij de huisarts. Controle op indicatie."),
    ("sig", ["dr. H.J. Reitsma, plastisch chirurg", "gedicteerd 11-12-2025, uitgewerkt 12-12-2025"]),
], dict(kinds=["operation-report"], date="2025-12-11", also_dates=["2025-12-12"], author="specialist", language="nl",
        style="narrative dictated operation report (private clinic), fields as prose lines",
        imaging_done="no", operated="yes", treated_abroad="unmentioned",
        notes="Narrative operation note without a form grid; 'preoperatief geen beeldvorming verricht' -> imaging no; 'Onder WALANT' and passive voice. Dictated vs typed dates (operation date taken as own date)."))
