"""ny- corpus, batch A: Dutch GP material (Zorgdomein, HIS, huisartsenpost, e-mail, bedrijfsarts, pharmacy, lab)."""
from render import build

D = []

# 001 Zorgdomein second opinion, two-column, attachments list
D.append(dict(
    stem="ny-001-zorgdomein-so-cmc1", fmt="pdf-rl",
    header=["ZorgDomein", "Verwijzing  |  Second opinion handchirurgie"],
    header_right=["Referentie: ZD-48213977", "Aangemaakt: 09-11-2026 10:42", "Status: verzonden"],
    footer="Dit document is aangemaakt via ZorgDomein. Afdrukdatum 09-11-2026.",
    pagefmt="{p}/{n}",
    blocks=[
        ("kv2", [("Patiënt", "Mw. H.J. (Hendrika) Brouwer-Zijlstra", "Geboortedatum", "17-02-1961"),
                 ("BSN", "2197.43.881", "Geslacht", "Vrouw"),
                 ("Adres", "Koningsweg 14, 2011 KP Haarlem", "Telefoon", "06-41827730"),
                 ("Verzekering", "Zilveren Kruis, 883190025", "Huisarts", "J.W. Overdijk")]),
        ("h", "Verwijzer"),
        ("kv2", [("Naam", "J.W. Overdijk, huisarts", "AGB-code", "01-048812"),
                 ("Praktijk", "Huisartsenpraktijk Kleverpark", "Telefoon", "023-5271190")]),
        ("h", "Ontvanger"),
        ("kv", [("Zorgaanbieder", "Handkliniek – polikliniek second opinion"),
                ("Specialisme", "Plastische chirurgie / handchirurgie"),
                ("Product", "Second opinion handchirurgie")]),
        ("h", "Reden van verwijzing"),
        ("p", "Sinds ruim een jaar pijn aan de basis van de rechterduim, vooral bij knijpen en draaien (potten openen, sleutel). "
              "Zij is rechtshandig en werkt als kapster. Eerder door de orthopeed gezien met de diagnose CMC1-artrose; "
              "conservatief beleid ingezet. Zij wil graag een tweede mening over de behandelopties, omdat zij twijfelt of een operatie zinvol is."),
        ("h", "Vraagstelling"),
        ("p", "Graag uw second opinion: is er bij deze patiënte met CMC1-artrose rechts nog een conservatieve optie, "
              "of is een operatieve behandeling (en zo ja welke) aangewezen?"),
        ("h", "Relevante voorgeschiedenis"),
        ("table", [["Datum", "ICPC", "Omschrijving"],
                   ["2009", "K86", "Hypertensie"],
                   ["03-2018", "L90", "Gonartrose links"],
                   ["06-2025", "L91", "Artrose CMC1-gewricht rechts"],
                   ["01-2026", "L20", "Tenosynovitis De Quervain links, spontaan hersteld"]], [0.18, 0.12, 0.7]),
        ("h", "Recente behandelingen"),
        ("p", "08-2025 röntgenfoto beide handen (Spaarne Gasthuis): artrose CMC1 rechts Eaton-Littler graad 3, links graad 1.\n"
              "10-2025 orthopedie Spaarne Gasthuis: spalk op maat via handtherapeut, 12 weken gedragen.\n"
              "02-2026 corticosteroïdinjectie CMC1 rechts (orthopedie), 6 weken effect.\n"
              "07-2026 tweede injectie, nauwelijks effect. Orthopeed bespreekt trapeziectomie als mogelijkheid.\n"
              "Patiënte is nooit aan de hand geopereerd."),
        ("pb",),
        ("h", "Medicatie"),
        ("table", [["Geneesmiddel", "Dosering", "Sinds"],
                   ["Amlodipine 5 mg tablet", "1x per dag 1 tablet", "2014"],
                   ["Paracetamol 500 mg tablet", "zo nodig max 6 per dag", "2025"],
                   ["Diclofenac gel 10 mg/g", "3x per dag op de duimbasis", "2026"]], [0.4, 0.4, 0.2]),
        ("kv", [("Allergieën", "Geen bekende allergieën"), ("Intoleranties", "Naproxen (maagklachten)")]),
        ("h", "Bijlagen"),
        ("p", "1. Brief orthopedie Spaarne Gasthuis d.d. 22-07-2026\n2. Verslag röntgenonderzoek handen d.d. 14-08-2025\n"
              "3. Episodelijst (uitdraai HIS)"),
        ("kv", [("Urgentie", "Regulier"), ("Verzonden", "09-11-2026 door J.W. Overdijk")]),
    ],
    label=dict(kinds=["referral", "history"], date="2026-11-09", author="gp", language="nl",
               style="zorgdomein form two-column with tables and attachments list", referral_question=True,
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Question in Vraagstelling; history and recent treatments sections; 'trapeziectomie als mogelijkheid' is only discussed; 'nooit aan de hand geopereerd'. Attachments only listed.")))

# 002 Zorgdomein verwijzing for treatment without question (fpdf, label/value as separate runs)
D.append(dict(
    stem="ny-002-zorgdomein-verwijzing-dupuytren", fmt="pdf-fpdf",
    header=["Verwijzing plastische chirurgie", "via ZorgDomein – ZD-48502216"],
    header_right=["Gezondheidscentrum De Linie", "Lindelaan 2, 5211 AB 's-Hertogenbosch", "AGB 01-055103"],
    footer="Gezondheidscentrum De Linie – huisartsen",
    blocks=[
        ("kv", [("Datum", "27-10-2026"), ("Patiënt", "Dhr. P.A.M. van Gemert"), ("Geboren", "03-09-1954"),
                ("Verzekeraar", "CZ"), ("Verwijzend huisarts", "drs. M. El Idrissi"), ("Specialisme", "Plastische chirurgie"),
                ("Aandoening", "Dupuytren ringvinger en pink links")]),
        ("h", "Reden van verwijzing"),
        ("p", "Verzoek tot behandeling. Sinds 2 jaar toenemende strengvorming in de linkerhandpalm, nu flexiecontractuur van "
              "het MCP-gewricht dig IV van ca. 35 graden en PIP dig V 20 graden. Tafeltest positief. Hij kan de hand niet meer plat "
              "op tafel leggen en blijft haken bij het in de broekzak steken. Nooit eerder voor behandeld. Zijn broer is eerder "
              "geopereerd aan de ziekte van Dupuytren."),
        ("kv", [("Medicatie", "Metformine 500 mg 2dd1, simvastatine 40 mg 1dd1"), ("Allergieën", "Geen"),
                ("Roken", "Gestopt 2010")]),
        ("p", "Met collegiale groet,\ndrs. M. El Idrissi, huisarts"),
    ],
    label=dict(kinds=["referral"], date="2026-10-27", author="gp", language="nl",
               style="zorgdomein printout, label/value runs, single column", referral_question=False,
               imaging_done="unmentioned", operated="no", treated_abroad="unmentioned",
               notes="Referral 'verzoek tot behandeling' with no question and no second-opinion request; brother's operation is another person; 'nooit eerder voor behandeld' read as not operated.")))

# 003 HIS Professionele samenvatting, multi-page, monospace
his = """Professionele samenvatting                                  Datum uitdraai: 12-11-2026
Huisartsenpraktijk Het Spaarne – A.C. Roos, huisarts, AGB 01-071234
Patiënt : Dhr. T.R. (Thijs) Verhagen        Geb.: 28-05-1988   M
Adres   : Leidsevaart 210, 2014 HH Haarlem   BSN: 1883.20.447
Verzekering: VGZ 44102877

EPISODELIJST (actief)
  ICPC   Omschrijving                                 Begin        Attentie
  L81    Letsel pols rechts / TFCC-laesie             03-02-2026   *
  R96    Astma                                        2002
  P76    Depressieve stoornis (in remissie)           2019

EPISODELIJST (inactief, selectie)
  L74    Fractuur metacarpale V links (boksersfractuur) 2012 – 2012
  D88    Appendicitis, appendectomie (Kennemer Gasthuis) 2004

JOURNAAL (selectie episode L81)
03-02-2026  S: val met mountainbike op gestrekte rechterhand, sindsdien pijn ulnaire zijde pols.
            O: drukpijn fovea ulnaris, geen zwelling tabatière, pronatie/supinatie pijnlijk.
            E: L81 distorsie pols re, dd TFCC-letsel. P: brace, NSAID 2 wk, terugkomen bij aanhouden.
17-02-2026  S: weinig verbetering. O: ulnocarpale stresstest pos.
            E: L81. P: röntgenfoto pols re aangevraagd.
20-02-2026  Uitslag X-pols re (Spaarne Gasthuis): geen fractuur, ulna-variant neutraal.
10-03-2026  S: pijn blijft, klikken bij draaien. E: L81 verdenking TFCC-laesie.
            P: Verwijzing orthopedie Spaarne Gasthuis via ZorgDomein.
02-04-2026  Brief specialist ontvangen (orthopedie, dr. Kalkman): MRI pols re 24-03-2026:
            foveale TFCC-laesie Palmer 1B. Plan artroscopie.
14-05-2026  Brief specialist ontvangen: artroscopie pols re + foveale TFCC-refixatie
            op 12-05-2026, dagbehandeling. Gips 6 wk, daarna handtherapie.
01-07-2026  S: gips eraf, start handtherapie (Fysio Haarlem-Noord).
09-08-2026  S: vakantie Frankrijk geweest, daar niet bij een arts geweest; pijn bij
            steunen op de hand blijft. O: rotatie beperkt, DRUG stabiel. P: afwachten
            beloop, controle orthopedie 09-2026.
21-09-2026  Brief specialist ontvangen: restklachten, orthopeed adviseert afwachten,
            eventueel later ulna-verkortingsosteotomie.
05-11-2026  S: wil second opinion elders, twijfelt aan advies. E: L81 restklachten na
            TFCC-refixatie. P: samenvatting meegegeven, verwijzing second opinion
            handchirurgie volgt.

MEDICATIE (actueel)
  Salbutamol 100 mcg/dosis aerosol     zn 1-2 inhalaties
  Fluticason 125 mcg aerosol           2dd 2 inhalaties
  Naproxen 500 mg tablet               zn 1-2 dd (stop bij maagklachten)

ALLERGIEËN / CONTRA-INDICATIES
  Geen geregistreerd.

INTOLERANTIES
  Codeïne: misselijkheid
"""
his += """
OVERIGE JOURNAALREGELS (andere episodes, selectie)
14-01-2025  R96 S: benauwd na verkoudheid. O: piepen bdz. P: prednisolon 30 mg 5 dg.
02-06-2025  P76 Controle POH-GGZ: stemming stabiel, stoppen sertraline besproken.
19-09-2025  Griepvaccinatie niet gewenst.
22-12-2025  R96 Astmacontrole: ACQ 0,8. Inhalatietechniek goed. Continueren.
28-04-2026  Telefonisch: vraag over ziekteverlof rond geplande artroscopie, verklaring
            werkgever niet door huisarts (arbodienst).
26-05-2026  L81 Telefonisch: gips zit goed, weinig pijn na artroscopie.

CORRESPONDENTIE (ontvangen)
  25-03-2026  Uitslag MRI pols rechts (Spaarne Gasthuis, radiologie)
  02-04-2026  Polikliniekbrief orthopedie Spaarne Gasthuis
  14-05-2026  OK-verslag / ontslagbericht dagbehandeling orthopedie
  21-09-2026  Polikliniekbrief orthopedie Spaarne Gasthuis

LABUITSLAGEN (laatste)
  08-10-2025  Hb 9,1 mmol/L   eGFR >90   glucose nuchter 5,2 mmol/L
"""
p1, rest = his.split("21-09-2026", 1)
p2, p3 = rest.split("OVERIGE JOURNAALREGELS")
D.append(dict(
    stem="ny-003-his-professionele-samenvatting", fmt="pdf-rl", top_mm=30,
    header=["Huisartsenpraktijk Het Spaarne"],
    footer="Uitdraai HIS – vertrouwelijk medisch – T.R. Verhagen 28-05-1988",
    pagefmt="pag. {p} van {n}",
    blocks=[("pre", p1), ("pb",), ("pre", "(vervolg journaal)\n21-09-2026" + p2), ("pb",), ("pre", "OVERIGE JOURNAALREGELS" + p3)],
    label=dict(kinds=["history"], date="2026-11-12", author="gp", language="nl",
               style="HIS printout professionele samenvatting, monospace, 3 pages with repeated footer",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="Episode list + SOEP journal; arthroscopic TFCC refixation reported via 'Brief specialist ontvangen'; appendectomy 2004 other body part; holiday in France without care; osteotomy only advised.")))

# 004 HIS uitdraai journaal as plain text
D.append(dict(
    stem="ny-004-uitdraai-journaal-triggervinger", fmt="txt",
    blocks=[("pre", """UITDRAAI JOURNAAL                                        afgedrukt op 18-11-2026 14:02
Praktijk: Huisartsen Oud-Zuid, Amsterdam        Huisarts: S.K. Doornbos
Patient:  Mevr. A. (Anouk) de Wilde-Pranger     geboren 11-12-1973   V   patnr 20188
==========================================================================================
Episode: L87.02 Tendovaginitis stenosans (triggervinger) dig III rechts   sinds 04-06-2026
------------------------------------------------------------------------------------------
04-06-2026 | S | Sinds 2 mnd 's ochtends haperende middelvinger re, pijn in handpalm.
           | O | Nodulus ter hoogte van A1 dig III re, triggering bij actief buigen.
           | E | L87 triggervinger dig III re.
           | P | Uitleg, afwachten 6 wkn, evt injectie.
23-07-2026 | S | Klachten gelijk, vinger schiet soms vast in flexie.
           | E | L87 triggervinger dig III re, Quinnell gr 2.
           | P | Injectie triamcinolonacetonide 10 mg + lidocaine peritendineus A1.
15-09-2026 | S | 6 wk goed, nu recidief.
           | P | 2e injectie gegeven; bij recidief verwijzing chirurg voor ringbandklieving.
12-11-2026 | S | Opnieuw triggering, 2 vingers nu (ook dig IV re).
           | O | Geen foto's gemaakt, geen indicatie. Pt is nooit aan de hand geopereerd.
           |   | Vader is in 2019 geopereerd aan carpaal tunnelsyndroom.
           | E | L87 recidief triggervinger dig III/IV re na 2x injectie.
           | P | Pt wil 2nd opinion i.p.v. direct operatie; ZorgDomein verwijzing aangemaakt.
------------------------------------------------------------------------------------------
Episode: T90 Diabetes mellitus type 2                                     sinds 2017
------------------------------------------------------------------------------------------
08-10-2026 | S | DM-controle POH. HbA1c 54. | P | Metformine continueren.
==========================================================================================
Medicatie: metformine 850 mg 2dd1; atorvastatine 20 mg 1dd1
Contra-indicaties: geen
""")],
    label=dict(kinds=["history"], date="2026-11-18", author="gp", language="nl",
               style="HIS journal printout plain text, SOEP pipe columns",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Journal only; 'geen foto's gemaakt', 'nooit aan de hand geopereerd'; planned ringbandklieving; father's CTS operation.")))

# 005 Huisartsenpost consult report
D.append(dict(
    stem="ny-005-huisartsenpost-waarneembericht", fmt="pdf-fpdf",
    header=["Huisartsenpost Zuid-Kennemerland", "Waarneembericht voor de eigen huisarts"],
    header_right=["Spoedpost Haarlem", "tel. 0900-0000000"],
    footer="Dit bericht is automatisch verzonden aan de eigen huisarts via EDIFACT.",
    blocks=[
        ("kv", [("Consultdatum", "zaterdag 24-10-2026 16:37"), ("Soort contact", "Consult op de post"),
                ("Patiënt", "Jongeheer D. (Daan) Koster, geb. 02-04-2011"), ("Eigen huisarts", "Praktijk Duinwijck, Bloemendaal"),
                ("Behandelaar", "C. Hofstra, waarnemend huisarts"), ("Triagist", "E. de Bruin, triagist (U3)")]),
        ("h", "Verslag"),
        ("p", "S: Vanmiddag tijdens hockey gevallen op de uitgestrekte linkerhand. Pijn radiale zijde pols, kan geen vuist maken.\n"
              "O: Zwelling dorsaal distale radius li, drukpijn tabatière anatomique li, sensibiliteit en capillaire refill intact.\n"
              "E: L72 Verdenking fractuur distale radius of scaphoid links.\n"
              "P: Onderarmspalk aangelegd, mitella. Verwezen naar SEH Spaarne Gasthuis voor röntgenfoto pols en scaphoidserie. "
              "Moeder rijdt zelf. Paracetamol volgens leeftijd."),
        ("kv", [("ICPC", "L72 Fractuur radius/ulna (verdenking)"), ("Verwijzing", "SEH Spaarne Gasthuis, locatie Noord"),
                ("Afgesloten", "24-10-2026 16:58")]),
    ],
    label=dict(kinds=[], date="2026-10-24", author="gp", language="nl", style="huisartsenpost waarneembericht form",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Out-of-hours consult report to own GP; sends to ED for an X-ray (plan only). Not a referral to the clinic and not a history summary; unsure whether some would call it history.")))

# 006 GP letter forwarded as e-mail printout
D.append(dict(
    stem="ny-006-email-doorgestuurd-verwijsbrief-scaphoid", fmt="pdf-soffice",
    header=[],
    blocks=[
        ("p", "Van: Praktijk De Vaart <assistente@praktijkdevaart.nl>\nVerzonden: dinsdag 17 november 2026 09:14\n"
              "Aan: secretariaat second opinion <intake@handkliniek.example>\nCC: dr. R. Plasmeijer <r.plasmeijer@praktijkdevaart.nl>\n"
              "Onderwerp: FW: verwijzing second opinion - mevr. L. Bakker-Nooij, 22-08-1995\nBijlagen: CT-verslag_scaphoid.pdf; brief_traumachirurgie.pdf"),
        ("p", "Geachte secretaresse,\nHierbij stuur ik namens dr. Plasmeijer de verwijsbrief door; de bijlagen volgen per post op cd-rom.\n"
              "Met vriendelijke groet,\nIngrid Mol, doktersassistente"),
        ("p", "-----Oorspronkelijk bericht-----\nVan: dr. R. Plasmeijer\nVerzonden: maandag 16 november 2026 17:52\nOnderwerp: verwijzing second opinion"),
        ("p", "Almere, 16 november 2026\n\nBetreft: mw. L. (Lotte) Bakker-Nooij, geb. 22-08-1995, Kruidenweg 8, 1336 AB Almere"),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik u bovengenoemde 31-jarige patiënte voor een second opinion in verband met een niet-geconsolideerde "
              "scaphoidfractuur links. Vraagstelling: is de voorgestelde operatie de juiste behandeling, of is verder conservatief "
              "beleid nog verantwoord?"),
        ("h", "Voorgeschiedenis"),
        ("p", "- 2014 ziekte van Pfeiffer\n- 2021 sectio caesarea\n- jan. 2026 scaphoidfractuur links"),
        ("h", "Recente behandelingen"),
        ("p", "In januari 2026 viel zij tijdens een skivakantie in Oostenrijk. Zij is daar in het Krankenhaus Zell am See op de "
              "spoedeisende hulp gezien, er werden foto's gemaakt en een onderarmgips aangelegd. Na terugkomst is zij door de "
              "traumachirurg in het Flevoziekenhuis verder behandeld met 12 weken gips. Een CT-scan van september 2026 toonde een "
              "non-union van de taille van het scaphoid. De traumachirurg heeft een operatie (schroeffixatie met bottransplantaat) "
              "aangeboden; patiënte is nog niet geopereerd en wil eerst een tweede mening."),
        ("h", "Medicatie"),
        ("p", "Geen vaste medicatie. Allergie: pleisters."),
        ("p", "Ik heb haar gevraagd via ons een MRSA-screening te laten doen in verband met de behandeling in Oostenrijk; de uitslag "
              "volgt.\n\nMet vriendelijke groet,\n\nR. Plasmeijer, huisarts\nPraktijk De Vaart, Almere – AGB 01-066542"),
    ],
    label=dict(kinds=["referral", "history"], date="2026-11-17", also_dates=["2026-11-16"], author="gp", language="nl",
               style="outlook e-mail printout with forwarded GP letter", referral_question=True,
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="E-mail headers (Van/Verzonden/Aan/Onderwerp) above the forwarded letter; ED visit in Austria (treated abroad); operation offered, not done; sectio is other body part; MRSA result pending only.")))

# 007 Bedrijfsarts letter
D.append(dict(
    stem="ny-007-bedrijfsarts-cts", fmt="docx",
    header=["Arbodienst Werkfit Utrecht", "Vertrouwelijk medisch"],
    footer="Arbodienst Werkfit – Postbus 1234, 3500 AA Utrecht",
    blocks=[
        ("p", "Aan: de behandelend huisarts, dhr. B. Kranendonk\nGezondheidscentrum Overvecht\n\nUtrecht, 02-11-2026"),
        ("p", "Betreft: dhr. K. (Kerem) Yıldız, geboren 14-06-1979\nWerkgever: Distributiecentrum Lage Weide (orderpicker)"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt is sinds 7 weken gedeeltelijk arbeidsongeschikt wegens tintelingen en krachtsverlies van de rechterhand, "
              "vooral 's nachts en bij het scannen met de handscanner. De neuroloog stelde met EMG een carpaal tunnelsyndroom rechts "
              "vast (matig-ernstig). Er is geen operatie gehad; een nachtspalk geeft onvoldoende verlichting."),
        ("p", "Voor de re-integratie is het van belang dat de behandeling niet lang op zich laat wachten. Ik adviseer u te overwegen hem "
              "te verwijzen voor een operatieve behandeling (carpaal tunnel release). Intussen is aangepast werk zonder handscanner "
              "afgesproken. Patiënt heeft toestemming gegeven voor deze brief."),
        ("p", "Met collegiale groet,\n\nmr. drs. F.J. Westerveld, bedrijfsarts\nBIG 19023456701"),
    ],
    label=dict(kinds=[], date="2026-11-02", author="other", language="nl", style="occupational physician (bedrijfsarts) letter, docx",
               imaging_done="unmentioned", operated="no", treated_abroad="unmentioned",
               notes="Bedrijfsarts advises the GP to refer: not itself a referral to the clinic, not a specialist letter. EMG is not imaging. 'geen operatie gehad'.")))

# 008 Free GP referral letter, docx
D.append(dict(
    stem="ny-008-huisarts-verwijsbrief-cts-recidief", fmt="docx",
    header=["Huisartsenpraktijk Kralingen-West", "R.J. Vermeulen & I. Tjon-A-Fat, huisartsen",
            "Oudedijk 55, 3061 AE Rotterdam – tel. 010-4120000"],
    footer="AGB-code praktijk 01-049901",
    blocks=[
        ("p", "Handkliniek\nt.a.v. second opinion spreekuur\n"),
        ("p", "Rotterdam, 4 november 2026"),
        ("p", "Betreft: mw. S. (Samira) Ouali, geb. 09-01-1969"),
        ("p", "Geachte collega,"),
        ("p", "Mevrouw Ouali heeft aanhoudende pijn en tintelingen in de rechterhand na een carpaal tunnel release rechts in maart "
              "2026 in het Maasstad Ziekenhuis. Postoperatief zijn de nachtelijke klachten verdwenen maar heeft zij pijn in de "
              "handpalm (pillar pain) en krachtsverlies. Een EMG in september liet nog geleidingsvertraging zien."),
        ("p", "Zij vraagt zelf om een second opinion. Mijn vraag aan u: is er sprake van een incomplete klieving of recidief, en is "
              "een heroperatie zinvol?"),
        ("p", "Een samenvatting uit ons dossier en de brieven van de plastisch chirurg sluit ik bij."),
        ("p", "Met vriendelijke groet,\n\nR.J. Vermeulen, huisarts"),
    ],
    label=dict(kinds=["referral"], date="2026-11-04", author="gp", language="nl", style="free GP letter, docx letterhead in header",
               referral_question=True, imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Short referral; history only as prose and 'samenvatting sluit ik bij' (not included), so not labelled history. EMG not imaging. Addressee line 't.a.v. second opinion' not a cue for who refers.")))

# 009 Pharmacy medication overview
D.append(dict(
    stem="ny-009-apotheek-medicatieoverzicht", fmt="pdf-fpdf",
    header=["Apotheek De Gaper", "Grote Markt 9, 8011 LV Zwolle – 038-4210000"],
    header_right=["Actueel medicatieoverzicht", "Datum: 20-11-2026"],
    footer="Dit overzicht is gebaseerd op de bij ons bekende gegevens. Controleer het met uw patiënt.",
    blocks=[
        ("kv2", [("Naam", "Dhr. W. (Wouter) Jansen", "Geb. datum", "30-07-1950"), ("Huisarts", "C. Bos, Zwolle", "Lengte/gewicht", "182 cm / 91 kg")]),
        ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver"],
                   ["12-01-2021", "Acenocoumarol 1 mg", "volgens trombosedienst", "cardioloog"],
                   ["12-01-2021", "Metoprolol 50 mg retard", "1x daags 1", "cardioloog"],
                   ["03-05-2024", "Omeprazol 20 mg", "1x daags 1", "huisarts"],
                   ["16-09-2026", "Paracetamol 1000 mg", "max 3x daags 1", "huisarts"],
                   ["16-09-2026", "Tramadol 50 mg", "zo nodig 1, max 4 per dag", "plastisch chirurg"]], [0.16, 0.32, 0.3, 0.22]),
        ("kv", [("Overgevoeligheden", "Penicilline (huiduitslag, 1998)"), ("Contra-indicaties", "Nierfunctiestoornis (eGFR 48)")]),
        ("p", "Afgeleverd voor: pijnstilling bij handklachten (zie voorschrijver). Bij een eventuele ingreep: stoppen acenocoumarol alleen in overleg met de trombosedienst."),
    ],
    label=dict(kinds=[], date="2026-11-20", author="other", language="nl", style="pharmacy medication overview table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Medication overview; 'bij een eventuele ingreep' is conditional.")))

# 010 GP lab blood values (not MRSA)
D.append(dict(
    stem="ny-010-huisartsenlab-bloedwaarden", fmt="pdf-rl",
    header=["Regionaal Huisartsenlaboratorium Noord", "Klinische chemie – Hematologie – Serologie"],
    header_right=["Aanvrager: F. Kooistra, huisarts, Drachten", "Labnummer: 26-118734", "Afname: 05-11-2026 08:10", "Rapport: 06-11-2026"],
    footer="Geautoriseerd door: ing. P. Dijkstra, klinisch chemicus i.o.",
    blocks=[
        ("kv", [("Patiënt", "Mw. G. Hoekstra-Veenstra, 12-03-1958, V"), ("Klinische gegevens", "zwelling MCP-gewrichten beide handen, RA?")]),
        ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
                   ["BSE", "28 H", "mm/uur", "< 20"], ["CRP", "12 H", "mg/L", "< 10"],
                   ["Hemoglobine", "8.1", "mmol/L", "7.5 – 10.0"], ["Leukocyten", "7.4", "10^9/L", "4.0 – 10.0"],
                   ["Reumafactor IgM", "negatief", "", "negatief"], ["Anti-CCP", "< 7", "U/mL", "< 7"],
                   ["Urinezuur", "0.31", "mmol/L", "0.15 – 0.35"]], [0.35, 0.2, 0.15, 0.3]),
        ("p", "Commentaar: verhoogde ontstekingswaarden bij negatieve serologie; artrose (erosief) of seronegatieve artritis niet uit te sluiten."),
    ],
    label=dict(kinds=[], date="2026-11-06", also_dates=["2026-11-05"], author="lab", language="nl", style="GP lab result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Lab result that is not an MRSA screening.")))

if __name__ == "__main__":
    build(D)
