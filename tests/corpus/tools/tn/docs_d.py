"""Documents tn-049 .. tn-064."""
from lib import L


def tn_049():
    blocks = [
        ("lh", dict(name="Amphia", sub="Chirurgie - Traumatologie | Ontslagbrief", logo="AM",
                    lines=["Molengracht 21", "4818 CK Breda", "076-5955000"])),
        ("p", "Aan: dhr. drs. E. Wouters, huisarts\nHuisartsenpraktijk Ginneken\nGinnekenweg 200, 4835 NH Breda"),
        ("kv", [("Datum brief", "28 augustus 2026"), ("Patiënt", "mevr. Yasmin Koster, 09-03-2002"),
                ("Opnameperiode", "24-08-2026 t/m 26-08-2026"), ("Specialist", "dr. T.H. Ruijs, traumachirurg")]),
        ("h2", "Reden van opname"),
        ("p", "Secundaire opvang na pols-letsel tijdens vakantie. Patiënte viel op 19-08 van een quad in Antalya "
              "(Turkije) en werd daar op de spoedeisende hulp van een privéziekenhuis gezien; er werd een gipsspalk "
              "aangelegd, zij werd niet opgenomen. Bij terugkomst in Nederland verwees de huisarts haar naar onze SEH."),
        ("h2", "Onderzoek"),
        ("p", "X-pols links (24-08): verplaatste distale radiusfractuur, dorsale angulatie 30°. CT ter planning."),
        ("h2", "Behandeling"),
        ("p", "25-08-2026 open repositie en plaatosteosynthese distale radius links (zie apart operatieverslag). "
              "Gezien de behandeling in het buitenland werd zij bij opname in isolatie verpleegd; MRSA-kweken "
              "afgenomen, uitslag nog niet bekend."),
        ("h2", "Ontslagmedicatie"),
        ("p", "Paracetamol 1 g 4dd, oxycodon 5 mg z.n. (max 3 dagen)."),
        ("h2", "Beleid"),
        ("p", "Controle poli traumatologie over 10 dagen met X-pols; handtherapie aangevraagd."),
        ("p", "Met vriendelijke groet,\n\nM. van Hal, verpleegkundig specialist\nnamens dr. T.H. Ruijs"),
        ("small", "cc: patiënte\nBijlage: operatieverslag"),
    ]
    label = L(["correspondence"], "2026-08-28", "specialist", "nl", "Dutch discharge letter (Word) after accident abroad",
              "yes", "yes", "yes",
              "ED treatment in Antalya (no admission) still counts as treated abroad; operation in NL only "
              "summarised ('zie apart operatieverslag') -> not an operation report; MRSA cultures only mentioned, "
              "result pending; signed by nurse specialist.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}", footer="Amphia Breda - ontslagbrief"), label=label)


def tn_050():
    text = """########## MEDVRI VERWIJSBRIEF (Edifact, geconverteerd naar tekst) ##########
Berichtnummer : 26-0931-77120
Verzenddatum  : 20260930
Afzender      : 01-0554821 Huisartsenpraktijk 't Haantje, Dr. R. Kooistra, Sneek
Ontvanger     : HandKliniek Noord, Zuidhorn  (2094****)
==========================================================================
PATIENT
  Naam        : DE JONG-POSTMA, Trijntje
  Geb.datum   : 19670804
  Geslacht    : V
  BSN         : 17755*****
  Verzekering : De Friesland Zorgverzekeraar

VERWIJZING
  Specialisme : handchirurgie
  Soort       : second opinion
  Urgentie    : normaal

VRAAGSTELLING
  Graag second opinion: mevrouw is in mei in het Antonius Sneek geopereerd aan een
  triggervinger dig IV re; sindsdien blijvend strekdeficit PIP 35 gr. Is er sprake van een
  incomplete release, een PIP-contractuur, of iets anders? Wat valt er nog te verbeteren?

ANAMNESE / VOORGESCHIEDENIS
  - 2008 mammacarcinoom li, mastectomie + radiotherapie, in remissie
  - 2014 DM2 (dieet)
  - 2025 triggervinger dig IV re, 2x injectie (HA)

RECENTE BEHANDELINGEN
  - 12-05-2026 A1-klieving dig IV re (Antonius Sneek, plastische chirurgie)
  - 06-2026 t/m 09-2026 handtherapie 14x, nachtspalk
  - geen beeldvorming verricht

MEDICATIE
  letrozol 2,5 mg 1dd (gestopt 2023) -- nu geen
ALLERGIEEN
  geen

Einde bericht
"""
    label = L(["referral", "history"], "2026-09-30", "gp", "nl", "MEDVRI/Edifact referral converted to text, compact dates",
              "no", "yes", "unmentioned",
              "Dates in compact YYYYMMDD form (20260930, birth 19670804); referral with own history and recent "
              "treatments -> also history; mastectomy is another body part; 'geen beeldvorming verricht'.", rq=True)
    return dict(fmt="txt", text=text, label=label)


def tn_051():
    blocks = [
        ("lh", dict(name="Bay Area Advanced Imaging", sub="A Division of Pacific Radiology Partners", logo="BAAI",
                    lines=["2100 Webster Street, Suite 120", "San Francisco, CA 94115", "Tel (415) 555-0180  Fax (415) 555-0181"])),
        ("h", "MRI RIGHT WRIST WITHOUT CONTRAST"),
        ("kv", [("Patient", "DE GRAAF, MILOU"), ("DOB", "05/17/1992"), ("Exam date", "September 4, 2026"),
                ("Referring physician", "Aaron Feldstein, MD (UCSF Hand Surgery)"), ("Accession", "BA-26-0904-118")]),
        ("h2", "Clinical history"),
        ("p", "Ulnar-sided wrist pain after a rock-climbing fall in July. Evaluate TFCC. No prior surgery."),
        ("h2", "Technique"),
        ("p", "Multiplanar multisequence MRI of the right wrist was performed on a 3T magnet."),
        ("h2", "Findings"),
        ("p", "There is a full-thickness tear of the foveal attachment of the TFCC (Palmer 1B). Mild ECU "
              "tendinosis without tear. The scapholunate and lunotriquetral ligaments are intact. Ulnar variance "
              "neutral. No bone marrow edema or fracture. Small radiocarpal joint effusion."),
        ("h2", "Impression"),
        ("p", "1. Foveal TFCC tear (Palmer 1B).\n2. Mild ECU tendinosis."),
        ("p", "Electronically signed by: Priya Raman, MD, Radiologist\nSigned: 09/05/2026 08:41 PDT"),
    ]
    label = L(["imaging-report"], "2026-09-05", "radiologist", "en", "US radiology report, MM/DD signature date",
              "yes", "no", "yes",
              "US imaging centre examined the patient -> abroad yes; 'No prior surgery' in clinical history -> "
              "operated no; exam date written out, signature date MM/DD (09/05 = 5 Sept).", also=["2026-09-04"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Page {x} of {y}", font="Times-Roman"), label=label)


def tn_052():
    blocks = [
        ("lh", dict(name="Noordwest Ziekenhuisgroep", sub="Operatiekamers / Dagbehandeling - locatie Den Helder", logo="NWZ",
                    lines=["Huisduinerweg 3", "1782 GZ Den Helder", "072-5484444"])),
        ("h", "OK-verslag"),
        ("kv2", [("Patiënt", "Opperman, P.A."), ("Geb.", "16-10-1981"), ("Pat.nr.", "2210947")],
                [("Datum OK", "06-07-2026"), ("OK", "3"), ("ASA", "1")]),
        ("kv", [("Operateur", "dr. I. Zeeman, plastisch chirurg"), ("Assistent", "drs. B. Roos, ANIOS"),
                ("Anesthesie", "WALANT"), ("Indicatie", "Ganglion van de flexorpeesschede dig. III rechts (echo 06-2026)"),
                ("Ingreep", "Excisie peesschedeganglion dig III re")]),
        ("h2", "Verloop"),
        ("p", "Bruner-incisie over de basis van de proximale falanx. Vrijleggen neurovasculaire bundels, deze "
              "worden gespaard. Ganglion van 6 mm uitgaande van de A2-pulley in toto verwijderd met een klein deel "
              "van de peesschede. A2 blijft functioneel intact. Hemostase. Sluiten met Ethilon 5-0. Drukverband."),
        ("kv", [("PA", "ja, verstuurd"), ("Complicaties", "geen"),
                ("Nabehandeling", "Verband 2 dagen, daarna vrij bewegen. Hechtingen eruit na 10-14 dagen bij de huisarts.")]),
        ("small", "Verslag vastgelegd 06-07-2026 11:58 door I. Zeeman"),
    ]
    label = L(["operation-report"], "2026-07-06", "specialist", "nl", "Dutch OK-verslag form, no salutation",
              "yes", "yes", "unmentioned",
              "Department name 'Operatiekamers' in letterhead; patient surname 'Opperman'; the echo is mentioned in "
              "the indication; form without salutation or addressee.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}"), label=label)


def tn_053():
    blocks = [
        ("lh", dict(name="HandKliniek Noord", sub="Secretariaat second opinion", logo="HKN",
                    lines=["Hoofdstraat 80", "9801 BR Zuidhorn", "0594-555100"])),
        ("p", "Mevrouw M. Dijkstra-Ferrer\nAwfalsterwei 12\n9111 HB Burdaard"),
        ("p", "Zuidhorn, 4 november 2026\nOns kenmerk: SO-2026-1187"),
        ("p", "Betreft: uw aanmelding voor een second opinion (geboortedatum 27-08-1960)"),
        ("p", "Geachte mevrouw Dijkstra,"),
        ("p", "Wij hebben uw aanmelding en de verwijsbrief van uw huisarts ontvangen. Uit de brief blijkt dat u in "
              "april in het Hospital Clínic in Barcelona aan uw linkerpols bent geopereerd en daar drie dagen "
              "opgenomen bent geweest. Om u te kunnen inplannen missen wij nog:"),
        ("p", "- het operatieverslag uit Barcelona (een Engelse of Spaanse versie is goed);\n"
              "- de verslagen van de röntgenfoto's en de CT, en de beelden op cd;\n"
              "- een recente MRSA-kweekuitslag; omdat u in een buitenlands ziekenhuis bent opgenomen, vragen wij u "
              "deze via uw huisarts te laten afnemen."),
        ("p", "Zodra wij deze stukken hebben ontvangen, nemen wij contact met u op voor een afspraak."),
        ("p", "Met vriendelijke groet,\n\nJ. Wiersma\nmedewerker intake"),
    ]
    label = L([], "2026-11-04", "other", "nl", "clinic letter to patient requesting missing documents (Word)",
              "yes", "yes", "yes",
              "Intake letter (no kind) naming every document kind as missing; still states facts: operated and "
              "admitted in Barcelona (abroad yes), X-ray and CT done (their reports requested); MRSA culture only "
              "requested.")
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_header_table=False), label=label)


def tn_054():
    text = """LABOR DR. KOSACK & PARTNER - Medizinische Mikrobiologie und Hygiene
A-9500 Villach, Italiener Straße 18     Tel. +43 4242 555 300
------------------------------------------------------------------------
BEFUNDBERICHT  (Endbefund)                          Villach, 17.03.2026
------------------------------------------------------------------------
Einsender    : LKH Villach, Abt. für Unfallchirurgie, Station 2B
Patient      : Vos, Ruud          geb. 22.02.1955     m
Aufn.-Zahl   : 2026/018832
Material     : Nasen-/Rachenabstrich, Leistenabstrich
Entnahme     : 13.03.2026 06:45   Eingang: 13.03.2026 09:10

Untersuchung          Ergebnis
------------------    ---------------------------------------------------
MRSA-Screening        kein Nachweis von MRSA (Nase/Rachen)
(chromogener Agar)    kein Nachweis von MRSA (Leiste)
MRSA-PCR              negativ

Beurteilung: MRSA-Screening negativ.
Befundet: OA Dr. E. Gruber, FA für Klinische Mikrobiologie und Hygiene
------------------------------------------------------------------------
Hinweis: Patient (Niederländer) stationär nach Schiunfall - Befundkopie
auf Wunsch an Hausarzt in NL.
"""
    label = L(["mrsa-screening"], "2026-03-17", "lab", "de", "Austrian lab Befundbericht, cp1252 plain text",
              "unmentioned", "unmentioned", "yes",
              "Austrian lab; the sender is an Austrian ward where the patient is admitted -> abroad yes; "
              "'kein Nachweis' negation of MRSA (not of the document kind); sample 13.03 vs report 17.03.",
              also=["2026-03-13"])
    return dict(fmt="txt", text=text, encoding="cp1252", crlf=True, label=label)


def tn_055():
    blocks = [
        ("lh", dict(name="UZ Gent", sub="Dienst Medische Beeldvorming - Radiologie", logo="UZG",
                    lines=["C. Heymanslaan 10", "9000 Gent", "+32 9 332 21 11"])),
        ("kv", [("Patiënt", "MAES Lien (° 14/08/1999)"), ("Adres", "Sluis, Nederland"),
                ("Aanvragend arts", "Prof. dr. K. Vanmaele - Plastische Heelkunde, raadpleging handchirurgie"),
                ("Onderzoek", "Echografie pols en hand links"), ("Datum onderzoek", "03/09/2026")]),
        ("h2", "Klinische inlichtingen"),
        ("p", "Zwelling volaire pols links sinds 2 maanden. Cyste? Tumor? Uitsluiten van ganglion."),
        ("h2", "Verslag"),
        ("p", "Ter hoogte van de volaire radiocarpale overgang, radiaal van de arteria radialis, een goed "
              "afgelijnde anechogene structuur van 14 x 9 mm met posterieure aanaanversterking, zonder "
              "doppler-signaal, met een steeltje naar het radioscafoïdale gewricht. Arteria radialis vrij "
              "doorgankelijk."),
        ("h2", "Besluit"),
        ("p", "Volair polsganglion links, 14 mm, in nauwe relatie met de arteria radialis."),
        ("p", "Dr. N. De Clercq, radioloog\nVerslag gevalideerd op 04/09/2026"),
    ]
    label = L(["imaging-report"], "2026-09-04", "radiologist", "nl", "Flemish ultrasound report (Besluit, ° birth date)",
              "yes", "unmentioned", "yes",
              "Dutch patient from Sluis examined at UZ Gent -> abroad yes; requester is a plastic surgery department "
              "('Plastische Heelkunde' contains a surgery word); hyphenation/typo 'aanaanversterking'; exam vs "
              "validation date.", also=["2026-09-03"])
    return dict(fmt="pdf", blocks=blocks, opts=dict(footer="UZ Gent - Medische Beeldvorming - vertrouwelijk", pagefmt="{x}/{y}"), label=label)


def tn_056():
    zd = [
        ("lh", dict(name="ZorgDomein", sub="Second opinion Plastische chirurgie (hand/pols)", logo="ZD",
                    lines=["Verwijzer: Huisartsen Oranjewoud", "AGB 01-072211", "Print: 28-10-2026"])),
        ("kv2", [("Patiënt", "Hamstra, Sietske"), ("Geboortedatum", "14-07-1985"), ("Verzekeraar", "Zilveren Kruis")],
                [("Verwijzer", "drs. T. Faber, huisarts"), ("Specialisme", "Plastische chirurgie"), ("Datum", "28-10-2026")]),
        ("h2", "Vraagstelling"),
        ("p", "Second opinion: in juni in Thessaloniki (Griekenland) opgenomen en geopereerd aan een open "
              "flexorpeesletsel dig II li na glasletsel; nu ernstige adhesies. Tenolyse? Secundaire reconstructie?"),
        ("h2", "Relevante voorgeschiedenis"),
        ("p", "Geen bijzonderheden."),
        ("h2", "Bijlagen"),
        ("p", "Samenvatting HIS; MRSA-screening (zie hierna)."),
    ]
    his = [
        ("lh", dict(name="Huisartsen Oranjewoud", sub="Patiëntoverzicht (HIS)", logo="HO",
                    lines=["Oranjewoud", "Datum uitdraai: 28-10-2026"])),
        ("p", "Hamstra, S. - 14-07-1985"),
        ("table", [["Datum", "Journaalregel"],
                   ["02-07-2026", "Terug uit Griekenland; daar SEH + opname 3 dgn, OK peeshechting dig II li. Brief (Engels) meegenomen."],
                   ["16-07-2026", "Hechtingen verwijderd. Verwijzing handtherapie."],
                   ["22-09-2026", "Flexie dig II beperkt; handtherapeut adviseert chirurg. Geen beeldvorming."],
                   ["07-10-2026", "MRSA-screening afgenomen i.v.m. opname buitenland."]]),
    ]
    lab = [
        ("lh", dict(name="Certe Medische Microbiologie", sub="Laboratorium Heerenveen", logo="CE",
                    lines=["Thialfweg 44", "8441 PW Heerenveen"])),
        ("kv", [("Patiënt", "Hamstra S, 14-07-1985"), ("Aanvrager", "drs. T. Faber"), ("Afname", "07-10-2026"),
                ("Uitslagdatum", "10-10-2026")]),
        ("table", [["Materiaal", "Bepaling", "Uitslag"], ["neus", "MRSA-kweek", "negatief"],
                   ["keel", "MRSA-kweek", "negatief"], ["perineum", "MRSA-kweek", "negatief"]]),
        ("p", "Conclusie: MRSA niet aangetoond. Gevalideerd door dr. P. Hoekstra, arts-microbioloog."),
    ]
    parts = [dict(blocks=zd, opts=dict(pagefmt="Pagina {x} van {y}"), label=dict(kinds=["referral"], date="2026-10-28", author="gp")),
             dict(blocks=his, opts=dict(), label=dict(kinds=["history"], date="2026-10-28", author="gp")),
             dict(blocks=lab, opts=dict(), label=dict(kinds=["mrsa-screening"], date="2026-10-10", author="lab"))]
    label = L(["referral", "history", "mrsa-screening"], None, "gp", "nl",
              "merged PDF: ZorgDomein referral + HIS overview + MRSA result",
              "no", "yes", "yes",
              "Merged file; referral's own history section says 'Geen bijzonderheden' (no recent treatments) but "
              "a separate HIS overview part is the history; surgery in Thessaloniki; 'Geen beeldvorming'; "
              "top-level date omitted.", rq=True)
    return dict(fmt="merged", parts=parts, label=label)


def tn_057():
    blocks = [
        ("lh", dict(name="Beacon Hospital", sub="Beacon Court, Sandyford, Dublin 18, D18 AK68", logo="BH",
                    lines=["Mr Conor Ó Súilleabháin MCh FRCSI", "Consultant Hand & Wrist Surgeon", "Rooms 3.12  Tel +353 1 555 2400"])),
        ("p", "4th June 2026"),
        ("p", "Dr Marjolein Hagens\nHuisartsenpraktijk Kralingen\nOudedijk 117\n3061 AD Rotterdam\nNetherlands"),
        ("p", "Re: Ms Fleur Dekkers  (d.o.b. 22nd November 1991)\nAddress in Ireland: 4 Baggot Court, Dublin 2"),
        ("p", "Dear Dr Hagens,"),
        ("p", "I saw Fleur, who remains registered with your practice while on secondment in Dublin, in my rooms "
              "today. She has a 14-month history of a painful snapping on the ulnar side of the left wrist when "
              "supinating. Her MRI arthrogram (Beacon, 28 May) shows ECU subsheath laxity with intermittent "
              "subluxation but an intact TFCC."),
        ("p", "Impression: ECU instability, left."),
        ("p", "We discussed a period of splinting in pronation; if this fails, ECU subsheath reconstruction would "
              "be reasonable. She has had no previous surgery to the wrist. Her father had a similar operation in "
              "Rotterdam years ago and she wonders whether to have any operation at home; I would be happy for her "
              "to obtain a second opinion in the Netherlands."),
        ("p", "Kind regards,\n\n\nConor Ó Súilleabháin\nConsultant Hand & Wrist Surgeon"),
        ("small", "cc: Ms F. Dekkers"),
    ]
    label = L(["correspondence"], "2026-06-04", "specialist", "en", "Irish private consultant letter (Word), ordinal dates",
              "yes", "no", "yes",
              "Irish consultant letter to a Dutch GP: patient seen in Dublin rooms -> abroad yes; 'no previous "
              "surgery'; father's operation in Rotterdam (family, and Dutch city); reconstruction only a future "
              "option; 'second opinion' suggested but this is not a referral to the clinic; ordinal dates.")
    return dict(fmt="docx", blocks=blocks, opts=dict(docx_font="Georgia"), label=label)


def tn_058():
    text = """*** FAX ***  12 Oct 2026 09:41  From: 0131 555 8800 Marchmont Medical Practice  Page 1 of 2
====================================================================================
MARCHMONT MEDICAL PRACTICE
Dr A. Drummond, Dr F. McKinnon, Dr J. Verhoef
12 Warrender Park Road, Edinburgh EH9 1EG
------------------------------------------------------------------------------------
To: HandKliniek Noord, Zuidhorn (fax +31 594 555 110)
From: Dr J. Verhoef, GP
Date: 12/10/2026
Re: Ms Merel HOFSTEDE, DOB 08/01/1994, CHI 0801945522

GP SUMMARY - requested by the patient for her second opinion appointment

Problem list
  Active:  Ganglion left wrist (dorsal), recurrent          since 03/2025
           Asthma                                            since childhood
  Past:    Aspiration of ganglion, Western General Hospital  06/2025
           Excision of dorsal ganglion, left wrist,
             Royal Infirmary of Edinburgh (day case)         15/01/2026
           Tonsillectomy                                     1999

Recent events
  10/04/2026  Swelling recurred 3 months after excision. USS (Royal Infirmary,
              04/05/2026): 9 mm dorsal ganglion at SL interval.
  02/06/2026  Plastic surgery review: offered re-excision; patient declined for now.
  15/09/2026  Moving to Groningen in November; asked us for this summary.
====================================================================================
                                                           Page 2 of 2
Medication: Clenil 100 mcg 2 puffs BD; Salbutamol prn
Allergies: Penicillin (rash)

Dr J. Verhoef
Marchmont Medical Practice
"""
    label = L(["history"], "2026-10-12", "gp", "en", "Scottish GP summary sent by fax (CHI number)",
              "yes", "yes", "yes",
              "GP summary (not a referral: no question, on patient's request); excision at the Royal Infirmary of "
              "Edinburgh and USS -> operated yes, abroad yes (care in Scotland); re-excision offered and declined; "
              "tonsillectomy other body part; the Dutch-named GP 'Dr J. Verhoef' works in Edinburgh; fax header "
              "with page x of y.")
    return dict(fmt="txt", text=text, crlf=True, label=label)


def tn_059():
    blocks = [
        ("lh", dict(name="Praxis für Ergotherapie Mühlbauer", sub="Handtherapie - Schienenbau - Neurologie", logo="EM",
                    lines=["Am Alten Markt 3", "46483 Wesel", "Tel. 0281 555 901"])),
        ("p", "An: Frau Dr. med. K. Hülsmann, Fachärztin für Orthopädie, Wesel"),
        ("p", "Wesel, 22.07.2026"),
        ("h", "Therapiebericht Ergotherapie"),
        ("kv", [("Patientin", "Frau Jolanda Te Riele"), ("geb.", "06.06.1979"), ("Verordnung", "10x Ergotherapie, Handtherapie"),
                ("Diagnose lt. Verordnung", "M65.3 Schnellender Finger D3 rechts, konservativ")]),
        ("p", "Sehr geehrte Frau Dr. Hülsmann,"),
        ("p", "Frau Te Riele wurde mit einer Nachtschiene in Streckstellung versorgt und mit Sehnengleitübungen "
              "behandelt. Das Schnappen tritt jetzt nur noch morgens auf. Eine Operation wünscht die Patientin "
              "derzeit nicht; sie zieht im September zurück in die Niederlande (Aalten) und möchte sich dort "
              "ggf. vorstellen. Der Mittelfinger wurde nicht operiert, ein Röntgenbild liegt uns nicht vor."),
        ("p", "Mit freundlichen Grüßen\n\nS. Mühlbauer, Ergotherapeutin B.Sc."),
    ]
    label = L([], "2026-07-22", "other", "de", "German occupational therapy report (Word)",
              "unmentioned", "no", "yes",
              "Ergotherapy letter (no kind); 'nicht operiert' -> operated no; 'ein Röntgenbild liegt uns nicht vor' "
              "does not say none was made -> imaging unmentioned; borderline abroad: the document is written by an "
              "outpatient therapy practice in Germany that treats her (and a German orthopaedist prescribed it) -> "
              "labelled yes like other documents written by care providers abroad, though no hospital stay; "
              "operation only not wished.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="Seite {x} von {y}"), label=label)


def tn_060():
    blocks = [
        ("lh", dict(name="Zuyderland Medisch Centrum", sub="Plastische, Reconstructieve en Handchirurgie", logo="ZL",
                    lines=["Henri Dunantstraat 5", "6419 PC Heerlen", "088-4597777"])),
        ("cols", "Huisartsenpraktijk Schaesberg\nt.a.v. dhr. R. Lemmens, huisarts\nHoofdstraat 20\n6372 CM Landgraaf",
                 "Datum: 15 oktober 2026\nPolibezoek: 13 oktober 2026\nKenmerk: PRH/ZL/90331"),
        ("p", "Betreft: dhr. Servé Janssen, geb. 21-01-1963"),
        ("p", "Geachte collega Lemmens,"),
        ("h2", "Anamnese"),
        ("p", "Dhr. Janssen komt op uw verzoek met een langzaam toenemende buigstand van de pink rechts. Zijn "
              "moeder en twee broers zijn alle drie aan de ziekte van Dupuytren geopereerd, een broer zelfs "
              "tweemaal. Patiënt is zelf nooit geopereerd aan de handen. Hij gebruikt veel trilapparatuur "
              "(mijnwerker, later stratenmaker)."),
        ("h2", "Lichamelijk onderzoek"),
        ("p", "Streng palmair over digitus V rechts, MCP-extensiedeficit 30°, PIP 10°. Positieve tafeltest. "
              "Knokkelpads dig II-IV beiderzijds (Garrod)."),
        ("h2", "Conclusie"),
        ("p", "M. Dupuytren rechts, sterke diathese (familiair, knokkelpads)."),
        ("h2", "Beleid"),
        ("p", "Aanvullend onderzoek is niet nodig. Gezien de diathese hebben we een limited fasciectomie besproken "
              "boven een naaldfasciotomie. Patiënt wil hierover eerst met zijn familie overleggen en neemt contact op."),
        ("p", "Met vriendelijke groet,\n\ndr. C. Hermans, AIOS plastische chirurgie\ndr. F. Stassen, plastisch chirurg"),
        ("small", "cc: patiënt"),
    ]
    label = L(["correspondence"], "2026-10-15", "specialist", "nl",
              "outpatient letter (DOCX converted by LibreOffice), family history",
              "unmentioned", "no", "unmentioned",
              "Family members operated (mother, brothers) but 'zelf nooit geopereerd' -> operated no; 'Aanvullend "
              "onderzoek is niet nodig' says no imaging planned but not that none was done -> unmentioned; "
              "fasciectomy only discussed; polibezoek vs letter date.")
    return dict(fmt="soffice", blocks=blocks, opts=dict(pagefmt="Pagina {x} van {y}", footer="Zuyderland MC - Heerlen/Sittard-Geleen"), label=label)


def tn_061():
    blocks = [
        ("p", "Jeroen Boswijk\nCalle del Mar 14, 3B\n29602 Marbella (Málaga)\nSpain\njeroen.boswijk@example.es"),
        ("sp", 10),
        ("p", "HandKliniek Noord\nAttn. second opinion desk\nHoofdstraat 80\n9801 BR Zuidhorn\nThe Netherlands"),
        ("p", "Marbella, 27 October 2026"),
        ("p", "Subject: request for a second opinion - right thumb (date of birth 2 February 1958)"),
        ("p", "Dear Sir or Madam,"),
        ("p", "I am a Dutch citizen who has lived in Spain since 2015. In May I was admitted to the Hospital "
              "Quirónsalud Marbella for two nights, where a trapeziectomy with ligament reconstruction of my right "
              "thumb was performed. X-rays before and after the operation are on the enclosed USB stick."),
        ("p", "Five months later my thumb is still swollen and weaker than before the operation. My Spanish "
              "surgeon says this is normal. I will be in Groningen with my daughter from 1 December and would very "
              "much like your opinion. I understand that I need a referral from a doctor; my Spanish GP is willing "
              "to write one, or should it be a Dutch GP?"),
        ("p", "I enclose the Spanish discharge report (informe de alta) with an English translation."),
        ("p", "Yours faithfully,\n\n\nJeroen Boswijk"),
        ("small", "Enclosures: informe de alta + translation; USB stick with X-rays"),
    ]
    label = L([], "2026-10-27", "patient", "en", "patient's own typed letter, no letterhead",
              "yes", "yes", "yes",
              "Patient's letter asking for a second opinion (not a referral); admitted and operated in Marbella "
              "(abroad yes); X-rays done; enclosures only mentioned; daughter's city; future date 1 December.")
    return dict(fmt="pdf", blocks=blocks, opts=dict(font="Times-Roman"), label=label)


def tn_062():
    blocks = [
        ("lh", dict(name="Gezondheidscentrum De Sterren", sub="huisarts drs. P. Hilhorst", logo="GS",
                    lines=["Orionlaan 9", "3723 CE Bilthoven", "030-2280044"])),
        ("p", "Aan: HandKliniek Noord - polikliniek handchirurgie\nHoofdstraat 80, 9801 BR Zuidhorn"),
        ("kv", [("Datum", "7-9-2026"), ("Patiënt", "Bram de Haan (m), 31-12-1975"), ("Verwijsreden", "second opinion pols li")]),
        ("p", "Waarde collega,"),
        ("p", "Dhr. de Haan, beroepsmuzikant (cellist), heeft sinds anderhalf jaar pijn dorsaal in de linkerpols. "
              "Op de MRI van 10 juni (Diakonessenhuis) werd een 'geringe degeneratie SL-ligament' beschreven. De "
              "orthopeed raadde een diagnostische artroscopie aan; patiënt is bang voor gevolgen voor zijn spel en "
              "wil eerst een tweede mening."),
        ("p", "Vraagstelling: degeneratie of letsel van het SL-ligament? Is een artroscopie nodig of zijn er "
              "conservatieve opties die zijn beroepsuitoefening sparen?"),
        ("p", "Voorgeschiedenis: geen relevante. Geen medicatie."),
        ("p", "Met vriendelijke groet,\n\nP. Hilhorst"),
        ("small", "Bijlage: MRI-verslag Diakonessenhuis 10-06-2026"),
    ]
    label = L(["referral"], "2026-09-07", "gp", "nl", "GP referral (Word) with short label block, date without leading zeros",
              "yes", "unmentioned", "unmentioned",
              "Question 'degeneratie of letsel?' is the referral question, not a finding; arthroscopy only advised; "
              "date '7-9-2026' without leading zeros; enclosed MRI report only mentioned.", rq=True)
    return dict(fmt="docx", blocks=blocks, opts=dict(), label=label)


def tn_063():
    text = """RADIOLOGY REPORT - Cambridge University Hospitals NHS Foundation Trust
Addenbrooke's Hospital, Hills Road, Cambridge CB2 0QQ                Epic export 11/03/2026
-------------------------------------------------------------------------------------------
Patient: BOERSMA, Hidde                DOB: 27/09/2000        NHS: 702 119 4473
Exam:    XR WRIST LEFT (2 views) + XR SCAPHOID LEFT
Date of exam: 10/03/2026 16:22       Location: Emergency Department (Resus 2)
Referrer: Dr E. Whitlock, ED Registrar

Clinical indication: FOOSH cycling, anatomical snuffbox tenderness. ?scaphoid #

FINDINGS:
No acute fracture is demonstrated. Scaphoid views unremarkable. No carpal malalignment.
Soft tissue swelling over the radial aspect of the wrist. Note is made of an old healed
fracture of the 5th metacarpal neck (boxer's fracture) - no orthopaedic metalwork.

IMPRESSION:
No acute bony injury. If clinical suspicion persists, repeat imaging at 10-14 days or MRI.

Reported by: Dr K. Osei-Bonsu, Consultant Radiologist          Verified: 11/03/2026 08:02
-------------------------------------------------------------------------------------------
"""
    label = L(["imaging-report"], "2026-03-11", "radiologist", "en", "UK Epic radiology export, plain text",
              "yes", "unmentioned", "yes",
              "X-ray in a UK emergency department -> abroad yes; old boxer's fracture without metalwork says nothing "
              "about surgery for the current problem; '#' shorthand for fracture; MRI only suggested; exam vs "
              "verification date.", also=["2026-03-10"])
    return dict(fmt="txt", text=text, label=label)


def tn_064():
    blocks = [
        ("lh", dict(name="AZ Delta", sub="Dienst Reumatologie - campus Rumbeke", logo="AZD",
                    lines=["Deltalaan 1", "8800 Roeselare", "tel. +32 51 23 71 11"])),
        ("p", "Aan dr. E. Vandenberghe, huisarts\nMarktplein 4\n8970 Poperinge"),
        ("p", "Roeselare, 5 oktober 2026"),
        ("p", "Betreft: mevrouw Griet Verhaeghe, ° 30/03/1978\nRaadpleging van 01/10/2026"),
        ("p", "Geachte collega,"),
        ("p", "Wij zagen uw patiënte voor pijn en zwelling van de MCP-gewrichten II en III rechts. Haar zus is "
              "gekend met reumatoïde artritis. Zij werkt deels in Ieper en deels in Zeeland (Nederland)."),
        ("p", "Klinisch onderzoek: synovitis MCP II en III rechts, DAS28 4,1. Labo: CRP 12 mg/l, RF en anti-CCP "
              "negatief."),
        ("h2", "Besluit"),
        ("p", "Seronegatieve oligoartritis, differentiaal psoriatische artritis."),
        ("h2", "Beleid"),
        ("p", "Start methotrexaat 15 mg/week met foliumzuur. Een echografie van beide handen is gepland op "
              "20/10/2026. Bij persisterende synovitis overwegen wij een verwijzing naar de handchirurg voor "
              "synovectomie; patiënte wenst in dat geval een tweede advies in Nederland. Controle over 3 maanden."),
        ("p", "Met collegiale groeten,\n\nDr. A. Declercq, reumatoloog"),
        ("small", "Afschrift: patiënte"),
    ]
    label = L(["correspondence"], "2026-10-05", "specialist", "nl", "Flemish rheumatology consultation letter (Word)",
              "unmentioned", "unmentioned", "yes",
              "Written by a Belgian hospital that treats her -> abroad yes from the Dutch clinic's view; echo only "
              "planned; sister's RA (family); synovectomy only considered; work in Zeeland is not care in NL; "
              "consultation 01/10 vs letter 5 oktober.")
    return dict(fmt="docx", blocks=blocks, opts=dict(pagefmt="{x}/{y}"), label=label)
