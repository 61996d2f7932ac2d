"""nw-001..nw-013: referrals (Zorgdomein printouts, free GP letters, specialist referrals, UK, German)."""
from nw_common import *

# 001 Zorgdomein, Medicom, two-column, with history section -> referral + history
make("nw-001-zd-medicom-handchir", "pdf", [
    ("lh", ["ZorgDomein", "Verwijzing - Second opinion handchirurgie"],
     ["Referentienummer ZD: 84.117.902.3", "Aangemaakt: 18-11-2026 10:42", "Geprint vanuit Medicom"]),
    ("kv", [("Patiënt", "Mw. A.J. (Annelies) Koopmans-Veld"), ("Geboortedatum", "19-11-1971"),
            ("BSN", "1234.56.782"), ("Geslacht", "Vrouw"),
            ("Adres", "Molenstraat 14, 2011 ZB Haarlem"), ("Telefoon", "06-41822097"),
            ("Verzekeraar", "Zilveren Kruis Achmea"), ("Polisnummer", "Z81772361")], 2),
    ("kv", [("Verwijzer", "H.P. Mulder, huisarts"), ("AGB-code", "01-047731"),
            ("Praktijk", "Huisartsenpraktijk De Kamp, Kampweg 3, 2012 AC Haarlem"),
            ("Ontvanger", "Handkliniek Noord - team second opinion"),
            ("Specialisme", "Plastische chirurgie / handchirurgie"), ("Urgentie", "Regulier")], 2),
    ("h", "Reden van verwijzing"),
    ("p", "Sinds voorjaar 2026 pijn basis duim rechts, dominante hand. Nachtelijke pijn, moeite met potjes openen en schrijven. "
          "Spalk en injectie gaven tijdelijk verlichting. Patiënte twijfelt over het advies van de orthopeed (trapeziectomie) en wil een tweede mening."),
    ("h", "Vraagstelling"),
    ("p", "Graag uw second opinion: is een operatie op dit moment de juiste stap, of zijn er nog conservatieve opties?"),
    ("h", "Relevante voorgeschiedenis"),
    ("table", [["Datum", "ICPC", "Omschrijving"],
               ["2009", "D88", "Appendectomie"],
               ["03-2018", "L84", "Lage rugpijn zonder uitstraling"],
               ["04-2026", "L91", "Artrose CMC-1 rechts"],
               ["2021", "K86", "Hypertensie"]], [25, 20, 125]),
    ("h", "Recente behandelingen"),
    ("p", "05-2026 X-duim re (Spaarne Gasthuis): CMC-1 artrose Eaton 3.\n"
          "06-2026 duimspalk via handtherapeut, 8 weken.\n"
          "09-2026 corticosteroïdinjectie CMC-1 door orthopeed, effect ca. 6 weken.\n"
          "10-2026 orthopeed adviseert trapeziectomie; patiënte heeft nog niet besloten. Niet eerder geopereerd aan de hand."),
    ("h", "Medicatie"),
    ("p", "amlodipine 5 mg 1dd1\nparacetamol 500 mg z.n. max 6dd2\nnaproxen 250 mg z.n."),
    ("h", "Allergieën / contra-indicaties"),
    ("p", "Geen bekende allergieën."),
    ("small", "Deze verwijzing is aangemaakt via ZorgDomein. De verwijzer is verantwoordelijk voor de juistheid van de gegevens."),
], lab(["referral", "history"], "2026-11-18", "gp", "nl", "zorgdomein two-column Medicom", q=True,
       img="yes", op="no", ab="unmentioned",
       notes="Birth date 19-11-1971 one day after letter date; history table + recent treatments -> also history; trapeziectomie only advised; appendectomie other body part; 'Niet eerder geopereerd aan de hand'"),
   footer="ZorgDomein verwijzing 84.117.902.3 - Koopmans-Veld, A.J. - geb. 19-11-1971        pagina {page} van {total}")

# 002 Zorgdomein printout from Promedico-VDF: question only in Vraagstelling, no history
make("nw-002-zd-promedico-polsmri", "pdf", [
    ("p", "Promedico-VDF   |   Afdrukdatum 02-10-2026"),
    ("title", "Consult handchirurgie"),
    ("kv", [("Naam", "Dhr. R. (Ruben) el Amrani"), ("Geb.datum", "14-02-1994"),
            ("Verzekering", "CZ, 448120993"), ("Huisarts", "dr. S.T. Gerritsen"),
            ("Datum verwijzing", "02-10-2026"), ("Zorgaanbieder", "Handkliniek Noord"),
            ("Product", "Consult handchirurgie - second opinion"), ("Spoed", "nee")], 2),
    ("kv", [("Klachten", "Pijn pols links ulnair sinds val met mountainbike 07-2026. Klikken bij draaien."),
            ("Vraagstelling", "TFCC-letsel? Patiënt vraagt tweede mening; elders werd een operatie aangeboden maar hij wil eerst een andere visie."),
            ("Aanvullend onderzoek", "MRI pols aangevraagd door orthopeed, nog niet verricht."),
            ("Medicatie", "geen"),
            ("Allergie", "pinda (anafylaxie)")]),
    ("small", "Afgedrukt door: SG | Promedico-VDF 2026.3 | Vertrouwelijk medische informatie"),
], lab(["referral"], "2026-10-02", "gp", "nl", "zorgdomein Promedico label/value", q=True,
       img="unmentioned", op="unmentioned", ab="unmentioned",
       notes="No history section; MRI only requested; operation offered, not done"))

# 003 Zorgdomein referral for treatment without a question (MicroHIS), with history section
make("nw-003-zd-microhis-behandeling", "pdf", [
    ("lh", ["Huisartsenpraktijk Oosterpark", "Wijttenbachstraat 80, 1093 JE Amsterdam", "AGB 01-058820"],
     ["ZorgDomein verwijsbrief", "MicroHIS X", "Datum: 24-11-2026"]),
    ("title", "Verwijsbrief"),
    ("kv", [("Patiënt", "Mevrouw J. de Bruijn"), ("Geboren", "03-07-1958"), ("BSN", "998877665"),
            ("Verwijzing naar", "Handchirurgie"), ("Soort", "Overname behandeling"),
            ("Verwijzer", "M. Hoekstra, huisarts")], 2),
    ("sec", "Reden van verwijzing", "Ganglion dorsaal pols rechts, 2x gepuncteerd, recidief. Graag behandeling (excisie)."),
    ("sec", "Relevante voorgeschiedenis", "L87 Ganglion pols rechts (2025)\nT90 Diabetes mellitus type 2 (2016)\nL15 Knieklachten links, artroscopie knie 2019"),
    ("sec", "Recente behandelingen", "08-2026 punctie ganglion door huisarts, recidief na 4 weken.\n10-2026 tweede punctie, opnieuw recidief."),
    ("sec", "Medicatie", "metformine 500 mg 2dd1; simvastatine 40 mg 1dd1"),
    ("small", "Dit document is digitaal verzonden via ZorgDomein en is zonder handtekening geldig."),
], lab(["referral", "history"], "2026-11-24", "gp", "nl", "zorgdomein MicroHIS letterhead", q=False,
       img="unmentioned", op="unmentioned", ab="unmentioned",
       notes="Referral for treatment (excisie) with no question and no second opinion request; knee arthroscopy = other body part; punctie is not an operation"),
   footer="ZD-20261124-55102 | pag. {page}/{total}")

# 004 free GP letter DOCX, patient operated in Spain after fall
make("nw-004-hagp-brief-spanje", "docx", [
    ("lh", ["Huisartsenpraktijk Het Spaarne", "G.J. van Dijk & L. Brouwer, huisartsen"],
     ["Spaarnwouderstraat 112", "2011 HC Haarlem", "tel 023-5512090", "AGB 01-039117"]),
    ("addr", ["Aan: Handkliniek Noord", "t.a.v. de handchirurg, team second opinion", "Postbus 4410", "1009 AK Amsterdam"]),
    ("p", "Haarlem, 4 november 2026"),
    ("inl", "Betreft:", "dhr. P.W. (Pieter) Smit, geb. 28-09-1961, Zeeweg 7, 2051 EA Overveen"),
    ("p", "Geachte collega,"),
    ("p", "Graag verwijs ik bovengenoemde patiënt voor een second opinion. Patiënt viel op 12 augustus 2026 tijdens vakantie in Andalusië op de uitgestrekte rechterhand. "
          "Hij werd gezien op de Urgencias van het Hospital Regional Universitario de Málaga; daar werd een distale radiusfractuur vastgesteld en werd hij op 14-08-2026 "
          "geopereerd (plaatosteosynthese). Hij was 4 dagen opgenomen. Na terugkeer controle bij de traumachirurg in het Spaarne Gasthuis."),
    ("p", "Sindsdien houdt hij een stijve, pijnlijke pols met beperkte supinatie. Op de röntgenfoto van oktober zit de plaat goed, maar de traumachirurg ziet geen verdere opties behalve afwachten."),
    ("p", "Vraagstelling: is er een verklaring voor de bewegingsbeperking en is er plaats voor (operatieve) behandeling, bv. verwijderen van het osteosynthesemateriaal?"),
    ("p", "Voorgeschiedenis: hypercholesterolemie, status na liesbreukoperatie 2015. Medicatie: atorvastatine 20 mg.\n"
          "Let op: in verband met opname in het buitenland is een MRSA-screening aangevraagd; uitslag volgt."),
    ("p", "Bijgaand de Spaanse ontslagbrief (vertaald) en het röntgenverslag."),
    ("p", "Met vriendelijke groet,"),
    ("sp",),
    ("p", "G.J. van Dijk, huisarts"),
    ("small", "Kopie aan: patiënt"),
], lab(["referral"], "2026-11-04", "gp", "nl", "free GP letter docx letterhead table", q=True,
       img="yes", op="yes", ab="yes",
       notes="Operated abroad (Málaga) for the wrist problem; MRSA screening only mentioned as requested; enclosures mentioned only; liesbreuk other body part"),
   footer="Huisartsenpraktijk Het Spaarne - pagina {page}")

# 005 specialist (plastic surgeon elsewhere) referral for second opinion
make("nw-005-plastisch-chirurg-verwijst", "pdf", [
    ("lh", ["Ziekenhuis Gelderse Vallei-Oost", "Plastische, Reconstructieve en Handchirurgie",
            "Polikliniek route 42"], ["Willy Brandtlaan 10", "6716 RP Ede", "T 0318 434 000", "www.zgvo-fictief.nl"]),
    ("addr", ["Handkliniek Noord", "t.a.v. dr. collega handchirurg", "Postbus 4410", "1009 AK Amsterdam"]),
    ("kv", [("Ons kenmerk", "PRH/2026/11873"), ("Datum", "12 oktober 2026"),
            ("Betreft", "mw. L.M. Timmer, geb. 11-10-1985, pat.nr. 3309174")]),
    ("p", "Geachte collega,"),
    ("p", "Hierbij verwijs ik mevrouw Timmer naar u voor een second opinion. Ik behandel haar sinds januari 2026 voor een scapholunaire instabiliteit links na een val van de trap in december 2025."),
    ("sec", "Beloop", "MRI-artrografie 02-2026: partiële SL-ligamentruptuur, geen DISI. Gipsbehandeling 6 weken, daarna handtherapie. "
                      "Op 18-05-2026 heb ik een diagnostische polsartroscopie met debridement verricht (Geissler 2). Na aanvankelijke verbetering nu opnieuw pijn en klikken bij belasten."),
    ("sec", "Vraagstelling", "Ik twijfel tussen een capsulodese en een ligamentreconstructie (3LT). Patiënte wil graag een tweede mening voordat zij een keuze maakt. Graag uw visie op de indicatie en de techniek."),
    ("p", "Het operatieverslag van 18-05-2026 en het MRI-verslag zijn bijgevoegd."),
    ("p", "Met collegiale groet,"),
    ("sp",),
    ("p", "drs. F.C.M. Ruitenbeek\nplastisch chirurg"),
    ("small", "cc: huisarts J. Wouters, Ede; patiënte"),
], lab(["referral", "correspondence"], "2026-10-12", "specialist", "nl", "hospital letterhead specialist referral", q=True,
       img="yes", op="yes", ab="unmentioned",
       notes="Referral written by treating plastic surgeon: both a referral and specialist correspondence (labelled both; unsure whether correspondence intended); birth date 11-10-1985 day before letter; arthroscopy = operation"),
   footer="ZGVO - PRH/2026/11873 - Timmer, L.M.   blad {page} van {total}")

# 006 UK GP referral, Surgery, treated in UK hospital
make("nw-006-uk-gp-referral-surgery", "pdf", [
    ("lh", ["Hollybank Surgery", "Dr A. Whitcombe  Dr R. Patel  Dr S. O'Neill"],
     ["14 Hollybank Road", "Sheffield S10 3FJ", "Tel 0114 266 0192", "Practice code C88041"]),
    ("addr", ["Hand and Wrist Clinic - Second Opinion Service", "Handkliniek Noord", "Amsterdam", "The Netherlands"]),
    ("p", "Date: 9th November 2026"),
    ("inl", "Re:", "Mrs Helen Margaret BRACKLEY   DOB 02/12/1964   NHS No 485 777 3011\n"
                    "Address: moving to Kerkstraat 21, Utrecht (NL) from January 2027"),
    ("p", "Dear Colleague,"),
    ("p", "Thank you for seeing this 61 year old retired teacher who is relocating to the Netherlands and would like a second opinion regarding her right thumb. "
          "She had a right trapeziectomy with LRTI at Northern General Hospital (Sheffield Teaching Hospitals NHS Foundation Trust) in March 2024. "
          "She continues to have pain at the base of the thumb and weakness of pinch grip. Repeat X-rays in August 2026 showed proximal migration of the first metacarpal."),
    ("p", "The orthopaedic team have suggested revision surgery but she is uncertain and wishes to have an independent opinion once she has moved. "
          "Specific question: is revision surgery likely to help, and what are the alternatives?"),
    ("h", "Past medical history"),
    ("p", "Hypothyroidism (2010)\nRight trapeziectomy + LRTI 03/2024\nHysterectomy 2012"),
    ("h", "Current medication"),
    ("p", "Levothyroxine 100 micrograms OD\nCo-codamol 30/500 PRN"),
    ("p", "Allergies: Penicillin (rash)"),
    ("p", "Yours sincerely,"),
    ("sp",),
    ("p", "Dr Rakesh Patel MBChB MRCGP\nGeneral Practitioner"),
    ("small", "Dictated but not read. This letter contains confidential patient information."),
], lab(["referral", "history"], "2026-11-09", "gp", "en", "UK GP referral letter Surgery letterhead", q=True,
       img="yes", op="yes", ab="yes",
       notes="Birth date 02/12/1964 UK d/m; operated in a UK hospital = treated abroad; revision surgery only suggested; hysterectomy other body part; labelled history because of Past medical history + medication sections and recent course (borderline)"))

# 007 German Überweisung
make("nw-007-ueberweisung-hausarzt", "pdf", [
    ("p", "Krankenkasse bzw. Kostenträger: AOK Rheinland/Hamburg            Muster 6 (Nachbildung)"),
    ("title", "Überweisungsschein"),
    ("kv", [("Name, Vorname des Versicherten", "Schröder, Katharina"), ("geb. am", "21.11.1979"),
            ("Versicherten-Nr.", "K402913377"), ("Status", "1000000"),
            ("Betriebsstätten-Nr.", "381234500"), ("Arzt-Nr.", "123456701"),
            ("Datum", "25.11.2026"), ("Quartal", "4/26")], 2),
    ("kv", [("Überweisung an", "Handchirurgie (Handkliniek Noord, Amsterdam, NL)"),
            ("Auftrag", "Konsiliaruntersuchung / Zweitmeinung"),
            ("Diagnose / Verdachtsdiagnose", "M65.3 G Schnellender Finger D3 rechts, Rezidiv\nZ98.8 Z.n. Ringbandspaltung D3 rechts 02/2026"),
            ("Befund / Medikation", "Erneutes Schnappen seit 06/2026, Ringbandspaltung A1 auswärts (Praxisklinik Aachen). Sonographie 09/2026: Verdickung der Beugesehne. Ibuprofen 400 bei Bedarf."),
            ("Fragestellung", "Rezidiv nach Ringbandspaltung? Bitte um Zweitmeinung zur erneuten Operation.")]),
    ("p", "Vertragsarztstempel / Unterschrift:\nDr. med. Jörg Hellwig, Facharzt für Allgemeinmedizin\nTheaterstraße 9, 52062 Aachen"),
], lab(["referral"], "2026-11-25", "gp", "de", "German Ueberweisungsschein Muster 6 form", q=True,
       img="yes", op="yes", ab="yes",
       notes="German GP form; birth date 21.11.1979 close to date; A1 pulley release done in Praxisklinik Aachen (clinic outside NL -> treated abroad yes); Sonographie done; repeat operation only asked about"))

# 008 referral with own history section, DOCX, CGM Huisarts
make("nw-008-verwijsbrief-met-vgs", "docx", [
    ("lh", ["Gezondheidscentrum Leidsche Rijn", "huisartsen - fysiotherapie - apotheek"],
     ["Terwijdelaan 2", "3544 CA Utrecht", "tel. 030-6661234"]),
    ("addr", ["Handkliniek Noord", "afd. intake second opinion"]),
    ("kv", [("Datum", "17-11-2026"), ("Uw kenmerk", "-"), ("Betreft", "Mw. S. (Sanne) Vermeulen, geb. 02-04-1990"),
            ("BSN", "223344556"), ("Verzekerd bij", "Menzis 30411288")]),
    ("p", "Geachte collega,"),
    ("p", "Verzoek om second opinion bij deze 36-jarige verpleegkundige met sinds 2024 klachten van tintelingen in digiti 1-3 links, nachtelijk en bij fietsen. "
          "In het Diakonessenhuis werd de diagnose carpaal tunnelsyndroom gesteld (EMG 03-2025) en in juni 2025 werd een carpaal tunnel release links uitgevoerd. "
          "Na de operatie aanvankelijk beter, sinds het voorjaar van 2026 terugkeer van klachten met nu ook krachtsverlies."),
    ("sec", "Vraagstelling", "Recidief CTS of andere oorzaak (cervicaal)? Is een re-operatie zinvol? Patiënte wil graag een onafhankelijke mening van een handchirurg."),
    ("h", "Voorgeschiedenis"),
    ("table", [["Begin", "ICPC", "Episode"],
               ["2012", "P76", "Depressie, in remissie"],
               ["2019", "W82", "Sectio caesarea"],
               ["2024", "N93", "Carpaal tunnelsyndroom links"],
               ["06-2025", "N93", "Status na CTR links (Diakonessenhuis)"],
               ["2026", "L83", "Nekklachten"]]),
    ("h", "Recente behandelingen"),
    ("p", "04-2026 consult: recidief tintelingen, nachtspalk geadviseerd.\n"
          "06-2026 fysiotherapie nek 6x, geen effect op tintelingen.\n"
          "09-2026 controle neuroloog Diakonessenhuis: nieuw EMG toont matig ernstig CTS links; neuroloog adviseert terugverwijzing naar plastisch chirurg.\n"
          "10-2026 patiënte wenst second opinion elders."),
    ("h", "Medicatie"),
    ("p", "sertraline 50 mg 1dd1; ibuprofen 400 mg z.n."),
    ("p", "Met vriendelijke groet,\n\nE. Jansen, huisarts (AGB 01-077210)"),
], lab(["referral", "history"], "2026-11-17", "gp", "nl", "free GP letter docx with Voorgeschiedenis table and Recente behandelingen", q=True,
       img="unmentioned", op="yes", ab="unmentioned",
       notes="EMG is not imaging; sectio other body part; own history section -> also history"),
   footer="CGM HUISARTS - afdruk {page}/{total} - vertrouwelijk")

# 009 Belgian huisarts referral (Flemish), treated at AZ spoedgevallendienst
make("nw-009-be-huisarts-verwijsbrief", "pdf", [
    ("lh", ["Dr. Wouter Claes", "Huisarts - Groepspraktijk De Linde", "RIZIV 1-23456-78-004"],
     ["Lindelaan 15", "8310 Brugge (Assebroek)", "tel. +32 50 35 11 22"]),
    ("p", "Brugge, 3.11.2026"),
    ("addr", ["Aan de collega handchirurg", "Handkliniek Noord - second opinion", "Amsterdam (NL)"]),
    ("inl", "Betreft:", "mevr. Fien Vandenberghe, ° 12.06.1999, Nederlandse studente, gedomicilieerd te Leiden (NL)"),
    ("p", "Waarde confrater,"),
    ("p", "Mevrouw kwam op 14 september 2026 ten val tijdens een studentenactiviteit in Brugge. Zij werd opgevangen op de spoedgevallendienst van AZ Sint-Jan Brugge, "
          "waar een RX van de linkerpols een niet-verplaatste scaphoidfractuur toonde. Gipsimmobilisatie gedurende 8 weken. Op de controle-CT van 26.10.2026 was de consolidatie onzeker."),
    ("p", "Zij verhuist terug naar Nederland en wenst de verdere opvolging en een tweede advies in uw centrum. Graag uw advies: verdere immobilisatie of toch operatieve fixatie?"),
    ("p", "Verder gezond. Geen medicatie. Geen allergieën. Ze werd nooit eerder geopereerd."),
    ("p", "Met collegiale groeten,"),
    ("sp",),
    ("p", "Dr. W. Claes"),
], lab(["referral"], "2026-11-03", "gp", "nl", "Belgian GP letter, Flemish, dates with dots", q=True,
       img="yes", op="no", ab="yes",
       notes="Belgian GP; ED at AZ Sint-Jan Brugge = treated abroad; operative fixation only a question; ° birth date"),
   footer="Groepspraktijk De Linde - BE 0812.345.678")

# 010 Zorgdomein with question only inside Reden van verwijzing, CGM footer, fax header
make("nw-010-zd-fax-cgm", "pdf", [
    ("p", "ZorgDomein - Handchirurgie - Second opinion"),
    ("kv", [("Patiënt", "Dhr. T.A. Visser"), ("Geboortedatum", "07-01-1956"),
            ("Verwijzer", "Praktijk Klaver, A. Klaver huisarts, Zwolle"), ("AGB", "01-011223"),
            ("Verwijsdatum", "30-09-2026"), ("Naar", "Handkliniek Noord")], 2),
    ("sec", "Reden van verwijzing",
     "Dupuytren contractuur D4-D5 rechts, progressief, tafeltest positief. In 2023 geopereerd: limited fasciectomie D4 (Isala Zwolle), sinds 2025 recidief. "
     "Patiënt vraagt zich af of een open fasciectomie of opnieuw naaldbehandeling het beste is; graag uw oordeel."),
    ("sec", "Medicatie", "acenocoumarol volgens trombosedienst (AF)"),
    ("sec", "Allergieën", "geen"),
], lab(["referral"], "2026-09-30", "gp", "nl", "zorgdomein with fax header", q=True,
       img="unmentioned", op="yes", ab="unmentioned",
       notes="Question only inside Reden van verwijzing; fax timestamp 01-10-2026 differs from referral date; fasciectomie 2023 = operated"),
   fax="01-OKT-2026 08:14   VAN: PRAKTIJK KLAVER 038-4551200   AAN: 020-5559000   P.{page:03d}/{total:03d}")

# 011 orthopaedic surgeon referral, DOCX, for second opinion; imaging done negative
make("nw-011-orthopeed-verwijzing-so", "docx", [
    ("lh", ["Rivierenland Medisch Centrum", "Vakgroep Orthopedie"],
     ["President Kennedylaan 1", "4002 WP Tiel", "Secretariaat 0344-674911"]),
    ("addr", ["Handkliniek Noord", "Team second opinion", "AMSTERDAM"]),
    ("kv", [("Datum", "05-12-2025"), ("Kenmerk", "ORT-25-40127"),
            ("Betreft", "de heer K. Yılmaz, geb. 30-11-1988, Tielerwaardlaan 3, Tiel")]),
    ("p", "Beste collega,"),
    ("p", "Ik verwijs de heer Yılmaz, 37 jaar, magazijnmedewerker, met sinds 1,5 jaar pijn radiaal aan de pols rechts. "
          "Röntgenfoto en MRI van de pols (beide 2025) toonden geen afwijkingen. Injectie in de eerste extensorloge gaf geen verbetering. "
          "Ik heb geen verklaring voor de klachten en kan hem geen operatie aanbieden; hij is nooit geopereerd."),
    ("p", "Verzoek om uw second opinion: mist er een diagnose (bijv. occult ganglion, SL-pathologie)?"),
    ("p", "Met vriendelijke groet,\n\nJ.P. van Lith, orthopedisch chirurg"),
    ("small", "cc: huisarts B. de Groot, Tiel"),
], lab(["referral", "correspondence"], "2025-12-05", "specialist", "nl", "orthopaedic surgeon referral docx", q=True,
       img="yes", op="no", ab="unmentioned",
       notes="Letter date 2025, about a year old; 'geen afwijkingen' on imaging = imaging done; specialist referral also counted as correspondence"),
   footer="RMC Tiel | Orthopedie | ORT-25-40127 | {page}")

# 012 English referral from international GP practice in Amsterdam, treated in Thailand
make("nw-012-expat-gp-referral-en", "lo", [
    ("lh", ["Zuidas International GP Practice", "General practitioners for the international community"],
     ["Gustav Mahlerlaan 300", "1082 ME Amsterdam", "+31 20 555 0189", "AGB 01-099301"]),
    ("addr", ["To: Hand and Wrist Clinic (Handkliniek Noord)", "Attn: second opinion intake"]),
    ("kv", [("Date", "20 November 2026"), ("Patient", "Mr Daniel K. Okafor"), ("Date of birth", "22 November 1983"),
            ("Insurance", "OHRA, policy 7712093"), ("Referring GP", "Dr Marieke Ossendrijver")]),
    ("p", "Dear colleague,"),
    ("p", "I would be grateful if you could provide a second opinion for Mr Okafor, a 42-year-old software engineer. "
          "In April 2026, while travelling, he sustained a fracture of the right fifth metacarpal in a scooter accident in Chiang Mai. "
          "He was treated at Chiang Mai Ram Hospital, where closed reduction and K-wire fixation were performed. The wires were removed there after 5 weeks."),
    ("p", "He now has a rotational deformity with scissoring of the little finger and the Dutch hospital offered a corrective osteotomy. "
          "He would like to know whether this is advisable, and what the expected result is."),
    ("p", "An MRSA screen was taken on 16 November 2026 because of his admission abroad; the result will be forwarded."),
    ("p", "Kind regards,\n\nDr M. Ossendrijver, GP"),
], lab(["referral"], "2026-11-20", "gp", "en", "English GP referral from Dutch expat practice, LibreOffice PDF", q=True,
       img="unmentioned", op="yes", ab="yes",
       notes="Birth date 22 November 1983 two days after letter date; K-wire fixation abroad; osteotomy only offered; MRSA only mentioned; no explicit imaging mentioned"),
   footer="Zuidas International GP Practice - confidential - page {page} of {total}")

# 013 short free GP letter without question, txt pasted from HIS
make("nw-013-verwijsbrief-his-tekst", "txt", [
    ("p", "VERWIJSBRIEF"),
    ("p", "Huisartsenpraktijk Schildersbuurt, Van Ostadestraat 41, 2526 GA Den Haag"),
    ("kv", [("Datum", "28 oktober 2026"), ("Aan", "Polikliniek handchirurgie, Handkliniek Noord"),
            ("Patient", "Mw. F. Ait Haddou"), ("Geb.", "15-03-1967"), ("Verz.", "VGZ 120044877")]),
    ("p", "Collega,\n\nGraag zie ik pt verwezen voor behandeling van triggerfinger D3 li. 1x injectie (08-2026) met kortdurend effect.\nVgs: DM2, hypertensie. Med: metformine, lisinopril.\n\nMvg,\nR. Bakker, huisarts"),
], lab(["referral"], "2026-10-28", "gp", "nl", "HIS verwijsbrief as plain text", q=False,
       img="unmentioned", op="unmentioned", ab="unmentioned",
       notes="Referral for treatment, no question or second opinion request; injection is not an operation"))
