"""tv-040 .. tv-048: DOCX documents (video consult, patient timeline/letter, German rehab, ZorgDomein-like,
GP medication printout, UK occupational health, German specialist referral, discharge letter)."""
from lib import (docx_new, dpara, dlabel, dtable, docx_save, dheader_table, dfooter, dheader_text,
                 out, write_label)


# --------------------------------------------------------------------------- 040
def tv040():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["Ziekenhuis Rivierenland", "Plastische Chirurgie · Handenpoli"],
                  ["President Kennedylaan 1", "4002 WP  Tiel", "0344 67 49 11"])
    dfooter(s, ["Ziekenhuis Rivierenland Tiel · Plastische chirurgie · Amrani, Y. · 17-10-1988"], page=True)
    dpara(d, "Huisartsenpraktijk Passewaaij\nt.a.v. mw. I. Dijkman, huisarts\nHertog Karelweg 7\n4007 LT  Tiel")
    dpara(d, "")
    dtable(d, [["Datum brief", "Datum videoconsult", "Ons kenmerk"], ["20-11-2026", "19-11-2026", "PCH-VC-2026-0412"]],
           widths_mm=[50, 50, 60], style=None)
    dpara(d, "")
    dlabel(d, "Betreft:", "dhr. Y. Amrani, geb. 17-10-1988 – samenvatting beeldbelconsult")
    dpara(d, "")
    dpara(d, "Geachte collega,")
    dpara(d, "Op uw verzoek spraken wij uw patiënt via een beveiligd beeldbelconsult (video). Lichamelijk onderzoek was "
             "daardoor beperkt tot inspectie en actieve bewegingen.")
    dpara(d, "Anamnese", bold=True)
    dpara(d, "Patiënt, kok, rechtshandig, liep in juli 2025 tijdens een familiebezoek in Nador (Marokko) een snijwond op aan de "
             "wijsvinger rechts. Hij werd daar in het Hôpital Hassani opgenomen en geopereerd; volgens de Franstalige "
             "ontslagbrief zijn beide buigpezen van de wijsvinger gehecht. Na terugkeer is geen handtherapie gevolgd. Sindsdien "
             "kan hij de wijsvinger niet volledig buigen en heeft hij moeite met snijden.")
    dpara(d, "Bevindingen via video", bold=True)
    dpara(d, "Litteken palmair over de grondfalanx dig. II rechts. Actieve flexie PIP ongeveer 40°, DIP nauwelijks. Passief "
             "(met andere hand) volgens patiënt bijna volledige buiging, passend bij adhesies of een ruptuur.")
    dpara(d, "Aanvullend onderzoek", bold=True)
    dpara(d, "Er is tot op heden geen beeldvorming verricht; ook in Marokko zijn geen foto's gemaakt.")
    dpara(d, "Conclusie", bold=True)
    dpara(d, "Status na flexorpeesherstel dig. II rechts (07-2025, buitenland) met beperkte actieve flexie: adhesies versus "
             "(her)ruptuur.")
    dpara(d, "Beleid", bold=True)
    dpara(d, "Fysiek consult met dynamische echografie van de buigpezen gepland op 03-12-2026. Daarna bespreken wij "
             "tenolyse of een tweetraps peesreconstructie. Omdat patiënt in een ziekenhuis in het buitenland is opgenomen "
             "geweest, verzoeken wij u vóór een eventuele ingreep een MRSA-screening te laten verrichten.")
    dpara(d, "")
    dpara(d, "Met vriendelijke groet,")
    dpara(d, "")
    dpara(d, "drs. C.A. van Wijngaarden\nplastisch chirurg")
    docx_save(d, out("tv-040", "docx"))
    write_label("tv-040", kinds=["correspondence"], date="2026-11-20", author="specialist", language="nl",
                style="video-consult summary letter DOCX, dates in a reference table (letter vs consult date)",
                imaging_done="no", operated="yes", treated_abroad="yes",
                notes="Teleconsult summary. Reference table gives both 'Datum brief' and 'Datum videoconsult'; the letter date is 20-11-2026. Operated and admitted in Morocco during a family visit. 'Er is tot op heden geen beeldvorming verricht' = imaging no; the ultrasound on 03-12-2026 is planned. MRSA screening only requested.")


# --------------------------------------------------------------------------- 041
def tv041():
    d = docx_new("Calibri", 11)
    dpara(d, "Mijn tijdlijn – rechterpols", bold=True, size=16)
    dpara(d, "Marloes Tervoort, geboren 07-07-1990\nPatrimoniumlaan 31, 1181 JT Amstelveen\n06-5555 3821")
    dpara(d, "Amstelveen, 28 november 2026")
    dpara(d, "")
    dpara(d, "Voor de intake van de second opinion heb ik hieronder zo goed mogelijk op een rij gezet wat er met mijn "
             "pols is gebeurd. De brieven van de ziekenhuizen heb ik niet allemaal, mijn huisarts stuurt de rest op.")
    dtable(d, [["Datum", "Wat er gebeurde", "Waar"],
               ["14-04-2026", "Gevallen met een huurstep tijdens vakantie, rechterpols gebroken", "Málaga, Spanje"],
               ["14-04-2026", "Röntgenfoto's, pols rechtgezet onder verdoving, gips. 1 nacht opgenomen", "Hospital Regional Universitario de Málaga"],
               ["18-04-2026", "Terug in Nederland, naar de SEH. Nieuwe foto's en een CT-scan", "Ziekenhuis Amstelland"],
               ["23-04-2026", "Operatie: plaatje en schroeven in de pols", "Ziekenhuis Amstelland (dr. Schaap)"],
               ["mei – sept. 2026", "Handtherapie, 2x per week", "Handtherapie Amstelveen"],
               ["06-10-2026", "Controle: 'het bot is mooi genezen', maar ik heb nog steeds pijn en kan niet steunen", "Ziekenhuis Amstelland"],
               ["11-2026", "Zelf second opinion aangevraagd; huisarts gevraagd om verwijzing", "—"]],
           widths_mm=[28, 90, 48])
    dpara(d, "")
    dpara(d, "Wat ik graag wil weten", bold=True)
    dpara(d, "Waarom het na zeven maanden nog zo'n pijn doet aan de pinkzijde, en of het plaatje eruit moet. De chirurg zegt "
             "'afwachten' maar ik werk als kapper en kan mijn werk bijna niet doen.")
    dpara(d, "Medicijnen", bold=True)
    dpara(d, "Paracetamol als het nodig is. Geen allergieën.")
    dpara(d, "")
    dpara(d, "Met vriendelijke groet,\nMarloes Tervoort")
    docx_save(d, out("tv-041", "docx"))
    write_label("tv-041", kinds=[], date="2026-11-28", author="patient", language="nl",
                style="patient-written timeline DOCX with table date/what/where",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Patient's own timeline: not a history letter or referral although it lists treatments and asks a question. Accident abroad with X-ray, reduction and one-night admission in Spain, then operated in the Netherlands. Many event dates; the document date is 'Amstelveen, 28 november 2026'.")


# --------------------------------------------------------------------------- 042
def tv042():
    d = docx_new("Georgia", 11)
    dpara(d, "Jeroen Lindqvist-Bakker\nTorggata 15B\n0181 Oslo, Norway\njeroen.lb@example.no · +47 455 55 102")
    dpara(d, "")
    dpara(d, "ParkHand Kliniek\nAttn. intake / second opinion\nSpaarnepoort 4\n2134 TM Hoofddorp\nThe Netherlands")
    dpara(d, "")
    dpara(d, "Oslo, 30 November 2026")
    dpara(d, "")
    dlabel(d, "Subject:", "request for a second opinion – left wrist (date of birth 02/08/1984)")
    dpara(d, "")
    dpara(d, "Dear Sir or Madam,")
    dpara(d, "I am a Dutch citizen and have lived in Oslo since 2017. I am writing to ask whether I can have a second opinion "
             "at your clinic about my left wrist.")
    dpara(d, "In short: after years of pain on the little-finger side of my wrist, an MRI in April 2026 at Aker Bildediagnostikk "
             "showed a TFCC tear and ulnocarpal impaction. On 19 May 2026 I had an ulnar shortening osteotomy at Oslo "
             "University Hospital, Ullevål (two nights admission). The bone has healed, but the pain is hardly better and the "
             "plate bothers me when I lean on my forearm. My surgeon suggests waiting another six months.")
    dpara(d, "I will be in the Netherlands for three weeks from 18 December. My GP in the Netherlands (I am still registered "
             "with Dr. Marijke Zandbergen in Leiden for the times I stay there) has agreed to send you a referral. I can "
             "bring the MRI on a CD and the operation report translated into English.")
    dpara(d, "Could you let me know whether an appointment in that period is possible and which documents you need?")
    dpara(d, "")
    dpara(d, "Kind regards,")
    dpara(d, "")
    dpara(d, "Jeroen Lindqvist-Bakker")
    docx_save(d, out("tv-042", "docx"))
    write_label("tv-042", kinds=[], date="2026-11-30", author="patient", language="en",
                style="patient's own letter (expat) requesting a second opinion",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="A patient's own request for a second opinion is not a referral; it announces that the GP will send one. Expat living in Norway, admitted and operated there. Future date 18 December and the operation date 19 May 2026 are events.")


# --------------------------------------------------------------------------- 043
def tv043():
    d = docx_new("Arial", 10)
    s = d.sections[0]
    dheader_table(s, ["Fachklinik Vechtetal", "Rehabilitationsklinik · Abteilung für Handrehabilitation"],
                  ["Am Bentheimer Wald 3", "48455 Bad Bentheim", "Tel. +49 5922 555 0", "IK 510 345 678"])
    dfooter(s, ["Fachklinik Vechtetal GmbH · Bad Bentheim · Ärztliche Leitung Dr. med. U. Hagedorn"], page=True,
            page_prefix="Seite ", page_mid=" von ")
    dpara(d, "Medisch Spectrum Twente\nPlastische Chirurgie – z. Hd. Dr. P. Ter Horst\nKoningsplein 1\n7512 KZ Enschede\nNiederlande")
    dpara(d, "")
    dpara(d, "Bad Bentheim, 05.11.2026", align="right")
    dpara(d, "Ärztlicher Entlassungsbericht", bold=True, size=13)
    dtable(d, [["Patient", "Herr Gerrit Nijenhuis, geb. 04.04.1971, Enschede (NL)"],
               ["Aufenthalt", "stationär vom 12.10.2026 bis 02.11.2026"],
               ["Kostenträger", "Menzis (NL), Genehmigung S2"]], widths_mm=[35, 131], bold_header=False, bold_first_col=True)
    dpara(d, "")
    dpara(d, "Diagnosen", bold=True)
    dpara(d, "1. Z. n. subtotaler Amputationsverletzung Dig. II und III rechts (Kreissäge, Arbeitsunfall 18.08.2026)\n"
             "2. Z. n. Replantation Dig. III und Stumpfbildung Dig. II rechts am 18.08.2026 (Medisch Spectrum Twente)\n"
             "3. Eingeschränkte Greiffunktion, Kälteintoleranz")
    dpara(d, "Verlauf", bold=True)
    dpara(d, "Der Patient wurde nach der Replantation in Enschede zur stationären Handrehabilitation aufgenommen. Intensive "
             "Ergotherapie (täglich), Narbenbehandlung, Desensibilisierung, Kraft- und Greiftraining, Arbeitsplatz-"
             "simulation. Die Röntgenkontrolle am 30.10.2026 zeigte eine knöcherne Konsolidierung der Arthrodese "
             "im Replantationsbereich.")
    dtable(d, [["Parameter", "Aufnahme", "Entlassung"], ["Faustschluss (Fingerkuppen-Hohlhand)", "4,5 cm", "2,0 cm"],
               ["Grobkraft rechts (Jamar)", "6 kg", "17 kg"], ["DASH-Score", "62", "41"]], widths_mm=[80, 40, 46])
    dpara(d, "")
    dpara(d, "Beurteilung und Empfehlung", bold=True)
    dpara(d, "Deutliche Funktionsverbesserung, jedoch Restbeugedefizit des replantierten Fingers. Eine Tenolyse könnte "
             "diskutiert werden; der Patient wünscht hierzu eine Zweitmeinung in einem spezialisierten Handzentrum in den "
             "Niederlanden. Fortsetzung der ambulanten Ergotherapie am Wohnort.")
    dpara(d, "")
    dpara(d, "Mit freundlichen kollegialen Grüßen")
    dpara(d, "")
    dpara(d, "Dr. med. Ulrike Hagedorn\nFachärztin für Physikalische und Rehabilitative Medizin")
    docx_save(d, out("tv-043", "docx"))
    write_label("tv-043", kinds=["correspondence"], date="2026-11-05", author="specialist", language="de",
                style="German rehabilitation clinic discharge report DOCX (physical & rehabilitation medicine)",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Rehabilitation physician's discharge letter = specialist correspondence. Operated in the Netherlands, then admitted to a German rehab clinic (inpatient stay abroad = treated abroad). Hyphenated 'Arbeitsplatz-simulation'. Stay dates and X-ray date are events. Tenolysis only discussed.")


# --------------------------------------------------------------------------- 044
def tv044():
    d = docx_new("Arial", 9.5)
    s = d.sections[0]
    dheader_text(s, ["ZorgDomein – Verwijzing", "Second opinion plastische chirurgie – hand/pols · ParkHand Kliniek"])
    dfooter(s, ["Verstuurd via ZorgDomein op 17-11-2026 om 16:02 · referentie ZD15431977"], page=True)
    dtable(d, [["Patiënt", "dhr. S. Hulshof", "Geboortedatum", "19-12-1975"],
               ["BSN", "111222333", "Verzekeraar", "CZ 40077120"],
               ["Verwijzer", "M. de Ruiter, huisarts", "Praktijk", "Huisartsenpraktijk Stadshagen, Zwolle"],
               ["AGB verwijzer", "01-098765", "Specialisme", "Plastische chirurgie"]],
           widths_mm=[28, 52, 30, 56], bold_header=False)
    dpara(d, "")
    dtable(d, [["Reden van verwijzing", "Pijn radiaal aan de rechterpols sinds ruim een jaar bij STT-artrose. De plastisch "
                                        "chirurg in St Jansdal stelt een STT-artrodese voor. Patiënt (timmerman) twijfelt."],
               ["Vraagstelling", "Graag second opinion over de voorgestelde STT-artrodese rechts: zijn er alternatieven "
                                 "(bijv. distale scafoidpoolexcisie, denervatie) en wat is uw advies?"],
               ["Relevante voorgeschiedenis", "DM2 (metformine), hypertensie"],
               ["Beeldvorming", "X-pols en CT rechts (St Jansdal, 09-2026): STT-artrose, geen SLAC"],
               ["Operaties", "Patiënt is nog niet aan de pols geopereerd."],
               ["Medicatie", "metformine 500 mg 2dd, lisinopril 10 mg 1dd"],
               ["Allergieën", "geen"]], widths_mm=[45, 121], bold_header=False, bold_first_col=True)
    docx_save(d, out("tv-044", "docx"))
    write_label("tv-044", kinds=["referral"], date="2026-11-17", author="gp", language="nl",
                style="ZorgDomein referral as DOCX table, date only in footer",
                referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
                notes="Referral whose only date is in the Word footer ('Verstuurd via ZorgDomein op 17-11-2026'). Has 'Relevante voorgeschiedenis' but no recent treatments, so not a history document. 'nog niet … geopereerd' = operated no; the arthrodesis is a proposal.")


# --------------------------------------------------------------------------- 045
def tv045():
    d = docx_new("Courier New", 9)
    s = d.sections[0]
    dheader_text(s, ["Huisartsenpraktijk Het Kompas – HIS uitdraai", "Hamersveldseweg 21, 3833 GL Leusden · AGB 01-054321"])
    dfooter(s, ["Uitdraai HIS – alleen voor intern gebruik / op verzoek patiënt"], page=True)
    dpara(d, "ACTUEEL MEDICATIEOVERZICHT", bold=True, size=12)
    dpara(d, "Patiënt: mw. N. Bakkali     Geb.datum: 30-08-1991     Datum uitdraai: 12-11-2026")
    dpara(d, "Bron: HIS + LSP (apotheek De Leusder Hof)")
    dtable(d, [["Geneesmiddel", "Dosering", "Start", "Voorschrijver", "Opmerking"],
               ["Fluticason/salmeterol 250/25 µg inhalator", "2 dd 1 inh.", "03-2018", "huisarts", "chronisch"],
               ["Salbutamol 100 µg dosisaerosol", "zo nodig 1-2 inh.", "03-2018", "huisarts", ""],
               ["Naproxen 500 mg tablet", "zo nodig max 2 dd 1", "05-2026", "huisarts", "met maagbescherming"],
               ["Omeprazol 20 mg capsule", "1 dd 1 (bij naproxen)", "05-2026", "huisarts", ""],
               ["Ethinylestradiol/levonorgestrel 30/150", "1 dd 1", "2015", "huisarts", "anticonceptie"]],
           widths_mm=[55, 32, 18, 25, 36], size=8.5)
    dpara(d, "")
    dpara(d, "Gestopte medicatie (12 mnd): tramadol 50 mg (05-2026, bijwerking misselijkheid).", size=8.5)
    dpara(d, "Intoleranties/allergieën: geen geregistreerd. Contra-indicaties: astma (R96).", size=8.5)
    docx_save(d, out("tv-045", "docx"))
    write_label("tv-045", kinds=[], date="2026-11-12", author="gp", language="nl",
                style="GP HIS printout: current medication overview table",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
                notes="A GP printout that is not a history document: only medication, no episode list or journal. 'Datum uitdraai' is the printout's date.")


# --------------------------------------------------------------------------- 046
def tv046():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["Thameside Occupational Health Ltd", "Independent occupational health services"],
                  ["Unit 4, Riverside Court", "Kingston upon Thames KT1 1JP", "Tel 020 8555 6170"])
    dfooter(s, ["This report is provided with the employee's consent under the Access to Medical Reports Act 1988 where applicable."])
    dpara(d, "OCCUPATIONAL HEALTH REPORT – MANAGEMENT REFERRAL", bold=True, size=13)
    dtable(d, [["Employee", "Mr Ruben de Wit", "Date of birth", "09/09/1986"],
               ["Employer", "Harbourline Logistics Ltd", "Manager", "Ms Claire Donnelly"],
               ["Date of assessment", "13 November 2026 (telephone)", "Date of report", "17 November 2026"]],
           widths_mm=[32, 52, 30, 52], bold_header=False)
    dpara(d, "")
    dpara(d, "Dear Ms Donnelly,")
    dpara(d, "Thank you for referring Mr de Wit, warehouse team leader, who has had intermittent absence because of right "
             "hand symptoms. I assessed him by telephone with his consent.")
    dpara(d, "Background", bold=True)
    dpara(d, "Mr de Wit had a right carpal tunnel decompression at Kingston Hospital in March 2025. His night symptoms resolved, "
             "but he reports aching and weakness when using the scanner gun and handling pallets. Nerve conduction studies "
             "in September 2026 showed residual mild slowing. His surgeon has discharged him. Mr de Wit intends to seek a "
             "second opinion from a hand clinic in the Netherlands during his leave in December.")
    dpara(d, "Opinion and advice", bold=True)
    dpara(d, "In my opinion he is fit for work with adjustments. The Equality Act 2010 is likely to apply. I recommend: "
             "rotation between scanning and supervisory tasks; an ergonomic scanner with trigger-free operation; no "
             "repetitive lifting over 10 kg with the right hand for 3 months. I have not recommended further investigations.")
    dpara(d, "Review", bold=True)
    dpara(d, "No routine review; re-refer if the situation changes.")
    dpara(d, "")
    dpara(d, "Yours sincerely,")
    dpara(d, "")
    dpara(d, "Dr Sanjay Mehta MBBS MFOM\nConsultant Occupational Physician")
    dpara(d, "cc: Mr R. de Wit", size=8)
    docx_save(d, out("tv-046", "docx"))
    write_label("tv-046", kinds=[], date="2026-11-17", author="other", language="en",
                style="UK occupational health report DOCX (occupational physician to employer)",
                imaging_done="unmentioned", operated="yes", treated_abroad="yes",
                notes="Occupational physician's report to an employer: no kind (not treating, not a referral). Assessment date vs report date in a field table; the report date is the document's own. Carpal tunnel decompression in a UK hospital = operated and treated abroad. Nerve conduction studies are not imaging.")


# --------------------------------------------------------------------------- 047
def tv047():
    d = docx_new("Arial", 10)
    s = d.sections[0]
    dheader_table(s, ["Praxis für Handchirurgie", "Dr. med. Jörg Ellerbrock", "Facharzt für Chirurgie, Handchirurgie"],
                  ["Ludgeristraße 88", "48143 Münster", "Tel. +49 251 555 4040", "BSNR 55 123 456 00"])
    dfooter(s, ["Praxis für Handchirurgie Dr. Ellerbrock · Münster · Sprechzeiten Mo–Fr 8–13 Uhr"])
    dpara(d, "ParkHand Kliniek\nZweitmeinungssprechstunde Hand- und Handgelenkchirurgie\nSpaarnepoort 4\n2134 TM Hoofddorp\nNiederlande")
    dpara(d, "")
    dpara(d, "Münster, 20.11.2026", align="right")
    dpara(d, "Überweisung zur Zweitmeinung", bold=True, size=13)
    dlabel(d, "Patientin:", "Frau Hanneke Wessels-Brink, geb. 12.12.1958, Gronau (Westf.)")
    dpara(d, "")
    dpara(d, "Sehr geehrte Kolleginnen und Kollegen,")
    dpara(d, "ich überweise Ihnen die o. g. Patientin, eine in Deutschland lebende Niederländerin, mit der Bitte um eine "
             "Zweitmeinung.")
    dpara(d, "Diagnosen", bold=True)
    dpara(d, "Rezidivbeschwerden nach Resektionsarthroplastik (Trapezektomie mit FCR-Suspensionsplastik) rechts, hier "
             "operiert am 14.05.2024; Verdacht auf Impingement MHK I/Skaphoid; beginnende STT-Arthrose")
    dpara(d, "Fragestellung", bold=True)
    dpara(d, "Besteht aus Ihrer Sicht eine Indikation zur Revision (z. B. Interpositions- oder Suspensionsrevision, "
             "Teilresektion Trapezoideum), oder raten Sie zu weiterer konservativer Therapie?")
    dpara(d, "Befunde", bold=True)
    dpara(d, "Röntgen rechte Hand (11/2026, Praxis): Proximalisierung des MHK I mit Kontakt zum Skaphoid unter Belastung "
             "(Pinch-Aufnahme). Klinisch schmerzhafter Grind-Test an der Basis MHK I, Kraft Spitzgriff 2 kg. Zwei "
             "Kortikoidinfiltrationen (02/2026, 07/2026) mit kurzfristiger Besserung.")
    dpara(d, "Die Patientin wünscht ausdrücklich eine unabhängige Beurteilung in den Niederlanden. Die OP-Berichte und die "
             "Röntgenbilder auf CD liegen bei.")
    dpara(d, "")
    dpara(d, "Mit freundlichen kollegialen Grüßen")
    dpara(d, "")
    dpara(d, "Dr. med. Jörg Ellerbrock")
    dpara(d, "Anlagen: OP-Bericht vom 14.05.2024; CD Röntgen 11/2026", size=8.5)
    docx_save(d, out("tv-047", "docx"))
    write_label("tv-047", kinds=["referral", "correspondence"], date="2026-11-20", author="specialist", language="de",
                style="German hand surgeon's referral for a second opinion (Überweisung zur Zweitmeinung) DOCX",
                referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Referral by the treating specialist abroad with an explicit 'Fragestellung'; as the treating surgeon's letter it is also correspondence. No separate history/recent-treatments section. Operated in Münster (Germany) by the author. Enclosures (OP-Bericht, CD) are only mentioned.")


# --------------------------------------------------------------------------- 048
def tv048():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["Tergooi MC", "Heelkunde – klinische brief"], ["Laan van Tergooi 2", "1212 VG  Hilversum", "088 753 10 00"])
    dfooter(s, ["Tergooi MC · Heelkunde · Kroes, M. · 22-11-1976"], page=True)
    dpara(d, "Huisartsenpraktijk Kerkelanden\nt.a.v. dhr. F. Blok, huisarts\nKerkelandenlaan 2\n1216 RA  Hilversum")
    dpara(d, "")
    dtable(d, [["Datum", "16-10-2026"], ["Betreft", "dhr. M. Kroes, geb. 22-11-1976"], ["Opname", "13-10-2026 t/m 16-10-2026"],
               ["Specialisme", "Heelkunde (hoofdbehandelaar dr. E.M. Vos, chirurg)"]], widths_mm=[32, 134], style=None,
           bold_header=False, bold_first_col=True)
    dpara(d, "")
    dpara(d, "Geachte collega,")
    dpara(d, "Uw patiënt werd opgenomen op onze afdeling chirurgie.")
    dlabel(d, "Opnamediagnose:", "abces dorsale zijde rechterhand na kattenbeet, beginnende cellulitis onderarm.")
    dlabel(d, "Aanvullend onderzoek:", "echografie hand rechts (13-10-2026): abces 2,5 cm dorsaal over MC III, geen "
                                      "uitbreiding naar de peesschede. X-hand: geen corpus alienum, geen osteomyelitis.")
    dlabel(d, "Ingreep:", "incisie en drainage abces rechterhand (14-10-2026).")
    dlabel(d, "Beloop:", "na drainage en intraveneuze amoxicilline/clavulaanzuur snelle verbetering. Wondkweek: Pasteurella "
                         "multocida. Bij opname werd volgens protocol een MRSA-kweek afgenomen; deze was negatief. Patiënt is de "
                         "afgelopen maanden niet in een buitenlands ziekenhuis opgenomen geweest.")
    dlabel(d, "Medicatie bij ontslag:", "amoxicilline/clavulaanzuur 625 mg 3dd, nog 7 dagen; paracetamol zo nodig.")
    dlabel(d, "Beleid:", "wondcontrole bij de praktijkondersteuner over 3 dagen, handtherapie voor mobiliteit, controle poli "
                         "chirurgie over 2 weken.")
    dpara(d, "")
    dpara(d, "Met vriendelijke groet,")
    dpara(d, "")
    dpara(d, "A. Jansen, arts-assistent chirurgie\nnamens dr. E.M. Vos, chirurg")
    docx_save(d, out("tv-048", "docx"))
    write_label("tv-048", kinds=["correspondence"], date="2026-10-16", author="specialist", language="nl",
                style="hospital discharge letter DOCX with field table, procedure named without operation description",
                imaging_done="yes", operated="yes", treated_abroad="no",
                notes="Discharge letter naming a procedure (incision and drainage, 14-10-2026) without operator or description: correspondence, not an operation report. 'MRSA-kweek … negatief' is a mention, not a lab result. Explicitly no admission abroad. Discharge date equals the letter date.")


if __name__ == "__main__":
    for f in [tv040, tv041, tv042, tv043, tv044, tv045, tv046, tv047, tv048]:
        f()
    print("docx_b done")
