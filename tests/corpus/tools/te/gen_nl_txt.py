"""Dutch plain-text documents: HIS printouts, Zorgdomein exports, lab and OK exports
(te-002, 009, 014, 027, 030, 044, 045, 046, 047, 048, 049)."""
from common import write_txt, write_label


def paged(pages, header, footer_fmt, ff=True):
    """Join pages with a repeated header and a 'page x of n' footer."""
    n = len(pages)
    out = []
    for i, p in enumerate(pages, 1):
        out.append(header.rstrip("\n") + "\n" + p.strip("\n") + "\n\n" + footer_fmt.format(p=i, n=n) + "\n")
    return ("\f" if ff else "\n").join(out)


def te002():
    header = """Gezondheidscentrum Leyweg - huisartsen Bakker, Oudshoorn & Yilmaz
Leyweg 950, 2545 GS Den Haag  tel 070-366 20 20
PROFESSIONELE SAMENVATTING                         Datum uitdraai: 18-02-2026 16:03
Patiënt: Bouzid, N. (mw)   geb. 30-08-1972   BSN 2977 43 081   Patnr 000418833
--------------------------------------------------------------------------------
"""
    p1 = """
ACTUELE EPISODES
ICPC    Omschrijving                                      Begin       Attentie
L72     Fractuur distale radius rechts                    09-04-2025  J
T90.02  Diabetes mellitus type 2, geen insuline           03-2019     J
K86     Hypertensie zonder orgaanbeschadiging            2017        J
P76     Depressie                                         05-2023
L03     Lage rugpijn zonder uitstraling                   11-2024

INACTIEVE EPISODES (selectie)
D88     Appendicitis - appendectomie                      1990
X87     Uterusprolaps - vaginale hysterectomie            2014
R81     Pneumonie                                         01-2022

MEDICATIE (actueel)
Metformine tablet 1000mg         2dd1
Gliclazide tablet MGA 80mg       1dd1 ochtend
Perindopril tablet 4mg           1dd1
Citalopram tablet 20mg           1dd1
Paracetamol tablet 1000mg        zn max 3dd1

ALLERGIE / CONTRA-INDICATIES
Geen geneesmiddelallergie bekend. CI: diabetes mellitus, nierfunctiestoornis lichte (eGFR 58).

BEPALINGEN (laatste)
HbA1c 54 mmol/mol (12-12-2025)   RR 138/84 (12-12-2025)   Gewicht 82 kg, lengte 1,63 m (BMI 30,9)
"""
    p2 = """
JOURNAAL (L72 Fractuur distale radius rechts)

18-04-2025  Consult (dr. B. Oudshoorn)
  S  Terug van vakantie in Marokko. Op 09-04 thuis bij familie van de trap gevallen op
     rechterhand. Daar naar de spoedeisende hulp in Agadir, foto gemaakt: polsbreuk, gips
     aangelegd. Papieren in het Frans bij zich. Pijn redelijk met paracetamol.
  O  Onderarmgips re intact, niet te strak. Vingers warm, goede capillaire refill, sensibel
     intact, actief flexie/extensie vingers volledig.
  E  L72 fractuur distale radius re, conservatief behandeld in buitenland.
  P  Verwijzing gipspoli Hofstad-West voor controle-foto en overname behandeling.

22-04-2025  Brief specialist ontvangen - Traumatologie Hofstad-West
  X-pols re 22-04: distale radiusfractuur met dorsale kanteling 20 gr, radiale verkorting
  3 mm. In overleg met patiënte conservatief: gips totaal 6 weken, daarna fysiotherapie.

03-06-2025  Consult (dr. B. Oudshoorn)
  S  Gips eraf sinds 21-05. Stijve pols, kan pan niet tillen. Fysio gestart.
  O  Dorsaalflexie 20 gr, palmairflexie 30 gr, pro/supinatie beperkt. Geen zwelling.
  E  L72 status na #radius distaal re, stijfheid.
  P  Fysiotherapie voortzetten, controle traumatologie staat gepland.

09-09-2025  Brief specialist ontvangen - Orthopedie Hofstad-West (dr. R.M. Vos)
  Malunion distale radius re met dorsale kanteling 22 gr en ulna plus 4 mm, forse
  functiebeperking. CT 02-09-2025 verricht ter planning. Corrigerende osteotomie
  voorgesteld, patiënte akkoord, op wachtlijst.

14-10-2025  Opname/ingreep (bericht ziekenhuis)
  Corrigerende osteotomie distale radius re met volaire plaat en botgraft uit crista
  iliaca, 14-10-2025, orthopedie Hofstad-West. Ontslag 15-10.

28-10-2025  Consult (S. Yilmaz, POH)
  S  Wondcontrole na operatie. Pijn acceptabel. Crista-wond gevoelig.
  O  Wonden rustig, droog. Hechtingen verwijderd.
  P  Controle orthopedie 6 weken postop.
"""
    p3 = """
JOURNAAL (vervolg)

11-12-2025  Consult (dr. B. Oudshoorn)
  S  Pijn aan pinkzijde van de pols bij draaien (sleutel, deurklink). Knakken. Slaapt
     slecht van pijn. Voelt zich somber, niet erger dan eerder.
  O  Drukpijn ulnocarpaal en ulnakop, pijnlijke pro- en supinatie. Litteken volair rustig.
  E  L72 status na corrigerende osteotomie radius re; ulnaire polspijn, ulnair impactie?
  P  Terug naar orthopedie, controle al gepland januari.

19-01-2026  Brief specialist ontvangen - Orthopedie Hofstad-West
  CT pols re 13-01-2026: osteotomie geconsolideerd, plaat in situ, positieve ulnaire
  variantie 3 mm. Klachten passend bij ulnair impactiesyndroom. Beleid: afwachten tot
  1 jaar postop, daarna eventueel ulnaverkorting en plaatverwijdering.

04-02-2026  Consult (dr. B. Oudshoorn)
  S  Wil niet nog een half jaar wachten, kan haar werk (schoonmaak) niet doen. Vraagt
     om een second opinion. Geen koorts, geen roodheid.
  O  Als 11-12.
  E  L72 ulnaire polspijn re na osteotomie.
  P  Verwijzing second opinion handchirurgie via ZorgDomein, samenvatting meegegeven.
     Brieven orthopedie en CT-verslag bijvoegen. Cd met beelden opvragen bij ZH.

JOURNAAL (overig, selectie)
12-12-2025  DM-controle POH: HbA1c 54, voetonderzoek zonder afwijkingen, advies bewegen.
05-11-2024  L03 lage rugpijn na tillen, oefeningen, paracetamol.

--- einde samenvatting ---
"""
    text = paged([p1, p2, p3], header, "Pagina {p} van {n}                   Vertrouwelijk - medisch geheim")
    write_txt("te-002", text)
    write_label("te-002", ["history"], "gp", "nl", "HIS professionele samenvatting, 3 pages with repeated header",
                "yes", "yes", "yes", date="2026-02-18",
                notes="ED care abroad named only by city (Agadir), cast applied there; corrective osteotomy in NL "
                      "(operated yes); ulnar shortening only a later option; appendectomy and hysterectomy are other "
                      "body parts; print date vs many journal dates; ZorgDomein referral only mentioned.")


def te009():
    text = """=====================================================================
 ZorgDomein  |  Verwijzing
 Handchirurgie - Consult  |  Ziekenhuis Noorderhaven, Alkmaar
=====================================================================
Referentienummer : 2603-1188-4407
Verwijsdatum     : 11-03-2026
Urgentie         : Regulier (binnen 4 weken)

PATIENT
  Naam           : Mw. G.H. Tromp
  Geboortedatum  : 27-04-1956
  BSN            : 1450 66 928
  Adres          : Dorpsstraat 212, 1741 AE Schagen
  Telefoon       : 0224 - 29 71 40
  Verzekeraar    : VitaalZorg (UZOVI 3399)

VERWIJZER
  Naam           : K.L. Blom, huisarts
  Praktijk       : Huisartsenpraktijk Schagen-West
  AGB            : 01-058842

REDEN VAN VERWIJZING
  Mucoide cyste aan de dorsale zijde van de DIP van de linker wijsvinger,
  sinds ongeveer een jaar. Tweemaal spontaan opengegaan met helder vocht.
  Nagelgroefje distaal van de cyste. Nu pijnlijk bij stoten en typen.
  X-hand li (12-2025, via huisarts): artrose DIP II en III, osteofyt
  dorsaal DIP II.
  Graag behandeling (excisie).

MEDICATIE
  - Levothyroxine 50 microgram 1dd1
  - Omeprazol 20 mg 1dd1

ALLERGIEEN
  Geen bekend.

BIJLAGEN
  Geen.
---------------------------------------------------------------------
Deze verwijzing is digitaal verstuurd via ZorgDomein op 11-03-2026 14:27
"""
    write_txt("te-009", text)
    write_label("te-009", ["referral"], "gp", "nl", "Zorgdomein referral as plain-text export, fixed-width labels",
                "yes", "unmentioned", "unmentioned", date="2026-03-11", referral_question=False,
                notes="Referral for treatment ('Graag behandeling (excisie)') without a question; no history "
                      "section; X-ray done quoted in reason; excision requested is a plan.")


def te014():
    text = """Apotheek Het Zwaluwnest
Westzijde 188, 1506 EK Zaandam - tel. 075 - 616 40 22
------------------------------------------------------------------------------------------
ACTUEEL MEDICATIEOVERZICHT                                       Afdrukdatum: 25-02-2026
------------------------------------------------------------------------------------------
Naam           : mevrouw H. Rensink-Bos
Geboortedatum  : 12-06-1948            Geslacht: V
Adres          : Vinkenstraat 5, 1505 HV Zaandam
Huisarts       : H. van Dam, Zaandam
------------------------------------------------------------------------------------------
GENEESMIDDEL                         GEBRUIK                     START       VOORSCHRIJVER
------------------------------------------------------------------------------------------
ACENOCOUMAROL TABLET 1MG             volgens schema trombosedienst 03-2021   cardioloog
BISOPROLOL TABLET 2,5MG              1 x per dag 1 tablet        03-2021     cardioloog
FUROSEMIDE TABLET 40MG               1 x per dag 1 tablet 's och 08-2023     cardioloog
LEVOTHYROXINE TABLET 25UG            1 x per dag 1 tablet nuchter 2015       huisarts
ALENDRONINEZUUR TABLET 70MG          1 x per week 1 tablet       09-2024     huisarts
CALCIUMCARB/COLECALC KAUWTB 1,25G/800IE 1 x per dag 1 tablet     09-2024     huisarts
PARACETAMOL TABLET 500MG             max 4 x per dag 2 tabletten zo nodig    huisarts
TRAMADOL CAPSULE 50MG                max 3 x per dag 1 capsule zo nodig 01-2026 chirurg
MACROGOL/ELEKTROLYTEN SACHET         1 x per dag 1 sachet zo nodig   01-2026 chirurg
------------------------------------------------------------------------------------------
Gestopt (laatste 6 maanden)
DICLOFENAC TABLET MSR 50MG           gestopt 12-2025 (interactie acenocoumarol)
------------------------------------------------------------------------------------------
Contra-indicaties   : hartfalen; osteoporose; verminderde nierfunctie (eGFR 44, 11-2025)
Overgevoeligheden   : codeine (misselijkheid)
Zelfzorg            : geen geregistreerd
------------------------------------------------------------------------------------------
Dit overzicht is gebaseerd op de gegevens die bij ons bekend zijn. Gebruikt u andere
middelen, meld dit dan aan uw arts of apotheker.                        Pagina 1 van 1
"""
    write_txt("te-014", text)
    write_label("te-014", [], "other", "nl", "pharmacy medication overview, fixed-width table",
                "unmentioned", "unmentioned", "unmentioned", date="2026-02-25",
                notes="Pharmacy medication overview (not history); tramadol prescribed by a surgeon suggests but does "
                      "not say an operation; no facts stated.")


def te027():
    text = """Huisartsenpraktijk De Vaart - Hoogezand
UITDRAAI JOURNAAL                                  datum uitdraai 15-04-2025
Koopmans, W.                    geb. 19-02-1961     M     patnr. 20433
Geselecteerde periode: 01-01-2025 t/m 15-04-2025
=============================================================================

Episodelijst
  N93  Carpaletunnelsyndroom re             03-02-2025
  K86  Hypertensie                          2016
  D98  Cholecystitis/cholelithiasis (cholecystectomie 2018, inactief)
  L84  Rugklachten met uitstraling          2022

Journaal
03-02-2025 Consult  (M. Huizinga, huisarts)
  S: Sinds 2 mnd 's nachts tintelingen en doof gevoel dig 1-3 re hand, wordt wakker,
     schudt hand, dan beter. Werkt als tegelzetter. Ook bij fietsen tintelingen.
  O: Tinel + pols re, Phalen + na 20 sec. Geen thenaratrofie. Sensibiliteit
     licht verminderd top dig 2 re. Kracht abductie duim goed.
  E: N93 Carpaletunnelsyndroom rechts, klinisch.
  P: Uitleg, nachtspalk (via apotheek/orthopedisch instrumentmaker), controle 6 wk.

10-03-2025 Consult  (M. Huizinga, huisarts)
  S: Terug van 5 weken rondreis door Thailand. Daar geen arts bezocht, ging
     redelijk. Sinds terugkomst weer meer tintelngen, spalk helpt deels.
  O: Idem; geen atrofie.
  E: N93 CTS re, onvoldoende effect spalk.
  P: Echo pols re aangevraagd (Martini, radiologie). Eventueel daarna injectie
     of verwijzing plastische chirurgie.

27-03-2025 Telefonisch  (assistente)
  Pt belt: echo nog niet gepland, wachttijd 4 wk. Uitgelegd. Pt wacht af.

14-04-2025 Consult  (M. Huizinga, huisarts)
  S: Wil van de klachten af, slaapt slecht. Zwager is vorig jaar aan beide handen
     geopereerd en is er heel tevreden over. Vraagt of hij ook geopereerd kan worden.
  O: RR 142/88.
  E: N93 CTS re; K86 hypertensie, redelijk ingesteld.
  P: Operatie besproken, eerst echo-uitslag afwachten; daarna evt. verwijzing
     plastische chirurgie. Corticosteroidinjectie als alternatief uitgelegd.

=============================================================================
Einde uitdraai - pagina 1/1
"""
    write_txt("te-027", text)
    write_label("te-027", ["history"], "gp", "nl", "HIS journal printout (SOEP), short selection",
                "unmentioned", "unmentioned", "no", date="2025-04-15",
                notes="Older HIS printout (April 2025, not recent); Thailand trip without medical care = no; "
                      "ultrasound requested but not done; operation only discussed; brother-in-law's operation is "
                      "another person; cholecystectomy other body part.")


def te030():
    text = """ZorgDomein verwijzing - Second opinion Plastische chirurgie (handchirurgie)
Aangemaakt: 06-01-2026 09:51 door E. Schrijvers, huisarts
-------------------------------------------------------------------------

Ontvangende organisatie:  Kliniek voor Hand- en Polschirurgie Domstad, Utrecht
Verwijzende organisatie:  Huisartsenpraktijk 't Wilgenplein, Eindhoven (AGB 01-066012)

Patiëntgegevens
Naam:             Dhr. L. van den Broek
Geboortedatum:    22-10-1983
Geslacht:         man
BSN:              2140 77 593
Verzekering:      Zorgverzekeraar Oost, 71183044
Telefoon:         06-2213 9078

Reden van verwijzing
Pijn en knappen aan de palmaire zijde van de linkerpols, 1,5 jaar na plaatosteosynthese
van een distale radiusfractuur. Pijn bij buigen van duim en wijsvinger, soms
crepitaties. Onderarmspieren vermoeid bij werk (timmerman).

Vraagstelling
Second opinion gewenst. De behandelend orthopeed ziet geen afwijkingen en adviseert
conservatief. Zijn de klachten te verklaren door irritatie van de buigpezen op de
plaat (FPL), en is verwijdering van de plaat zinvol? Of is er een andere oorzaak
(DRUG-instabiliteit)?

Relevante voorgeschiedenis
- 06-2024 distale radiusfractuur links na val van ladder; ORIF met volaire
  hoekstabiele plaat, Ziekenhuis Kempenland-Zuid (orthopedie), 08-06-2024
- 2017 astma, goed onder controle
- 2020 whiplash na kop-staartbotsing

Recente behandelingen
- 09-2025 fysiotherapie (12 sessies), weinig effect
- 10-2025 controle orthopedie: "consolidatie, plaat goed gepositioneerd"
- 11-2025 CT pols links (Ziekenhuis Kempenland-Zuid): consolidatie, geen artrose,
  distale schroeven niet door de dorsale cortex. Volaire plaat ligt op niveau van de
  watershed line.
- 12-2025 injectie peesschede FPL door orthopeed, kortdurend effect

Medicatie
- budesonide/formoterol 160/4,5 inh 2dd1
- naproxen 250 mg zn

Allergieën
Geen bekend

MRSA-risico
Nee (geen opname in buitenlands ziekenhuis, geen contact met varkens/vleeskalveren)

Bijlagen
Brief orthopedie 10-2025; CT-verslag 11-2025 (volgen per post)
-------------------------------------------------------------------------
"""
    write_txt("te-030", text)
    write_label("te-030", ["referral", "history"], "gp", "nl", "Zorgdomein second opinion referral, text export",
                "yes", "yes", "no", date="2026-01-06", referral_question=True,
                notes="ORIF in 2024 (operated yes); plate removal only asked; CT quoted; MRSA line explicitly 'geen "
                      "opname in buitenlands ziekenhuis' = no; Relevante voorgeschiedenis + Recente behandelingen so "
                      "also history.")


def te044():
    fax = "12-02-2026 09:14  VAN: +31 38 4567120  HUISARTSENPR ZUIDERKERK  AAN: 0334604009  P. {p:02d}/03"
    header_core = """PATIENTOVERZICHT    Huisartsenpraktijk Zuiderkerk, Kampen
Patiënt: mw. A.J. (Anke) Post, geb. 05-05-1979    Datum: 12-02-2026
-----------------------------------------------------------------------
"""
    pages = ["""
Actieve episodes:
L99  Lunatummalacie (M. Kienböck) rechts                  sinds 03-2025
A04  Moeheid                                              sinds 2024
W78  Zwangerschap (2008, 2011) - inactief

Voorgeschiedenis:
2008 partus; 2011 sectio caesarea
2013 mammareductie
2022 ulcus duodeni, H. pylori geëradiceerd

Medicatie:
naproxen 500 mg 2dd1 zn  (met esomeprazol 20 mg 1dd1)

Allergie: pleister (contactallergie)
""", """
Journaal (selectie L99):
11-03-2025 S: 3 mnd pijn dorsaal midden re pols, erger bij steunen. Geen trauma.
            O: drukpijn dorsaal over lunatum, kracht vermindert.
            E: polspijn re, e.c.i.
            P: X-pols re aangevraagd.
19-03-2025 Uitslag X-pols re: sclerose os lunatum, geen collaps. Ulna minus 2 mm.
            Verdenking Kienböck. -> verwijzing orthopedie.
30-04-2025 Brief specialist ontvangen (orthopedie Isalaan-Zuid, dr. Harms):
            MRI pols re 22-04-2025: M. Kienböck stadium II (Lichtman), lunatum
            signaalverlies T1, geen fragmentatie. Beleid: gips 6 wk, daarna
            evaluatie. Radiusverkortingsosteotomie als optie besproken.
25-07-2025 Brief specialist: na gipsperiode nog pijn. Herhaal-MRI 07-2025
            ongewijzigd. Operatie (radiusverkorting) aangeboden, patiënte wil
            bedenktijd.
""", """
Journaal (vervolg):
20-11-2025 S: blijft pijn houden, twijfelt over operatie, wil andere mening.
            O: dorsaalflexie re 40 gr, li 75 gr.
            E: L99 M. Kienböck re, niet geopereerd.
            P: second opinion besproken, pt regelt zelf voorkeur kliniek.
09-02-2026 Tel: wil verwijzing naar Handkliniek Eemland. Brieven orthopedie en
            MRI-verslagen meesturen. -> verwijzing per post/ZorgDomein.

*** einde overzicht ***
"""]
    out = []
    for i, p in enumerate(pages, 1):
        out.append(fax.format(p=i) + "\n\n" + header_core + p.strip("\n") + "\n\n" + f"- {i} -\n")
    write_txt("te-044", "\f".join(out))
    write_label("te-044", ["history"], "gp", "nl", "HIS patient overview sent by fax, fax header on every page",
                "yes", "no", "unmentioned", date="2026-02-12",
                notes="Fax header with send date on every page; 'niet geopereerd' in E-line while radius-shortening "
                      "osteotomy is offered; sectio and breast reduction are other body parts; X-ray and two MRIs "
                      "done; mentions a referral being sent.")


def te045():
    text = """LABORATORIUM MEDISCHE MICROBIOLOGIE - STICHTING LABNOORD-OOST
Zwolle | Meppel | Emmeloord                           Tel. 038-426 90 70
=========================================================================
UITSLAG                                                       DEFINITIEF
=========================================================================
Patiënt      : LAMMERS, I.           Geb.datum : 14-01-1957   Gesl.: V
BSN          : 2860 93 416           Labnr.    : 26M-031708
Aanvrager    : D. Kok, huisarts, Huisartsenpraktijk Berkum, Zwolle
Afgenomen    : 17-03-2026 09:40      Ontvangen : 17-03-2026 14:02
Rapportdatum : 20-03-2026

Klinische gegevens:
  MRSA-screening voorafgaand aan verwijzing handchirurgie.
  Pt. was 02-2026 opgenomen in het Rheinufer-Klinikum Düsseldorf
  (Duitsland) wegens pneumonie, 6 dagen.

ONDERZOEK                  MATERIAAL        UITSLAG
-------------------------------------------------------------------------
MRSA-kweek                 neus             negatief
MRSA-kweek                 keel             negatief
MRSA-kweek                 perineum         negatief
MRSA-kweek                 wond re hand     niet ingezonden
-------------------------------------------------------------------------

Commentaar:
  Geen MRSA aangetoond. Bij één negatieve screening na opname in een
  buitenlands ziekenhuis kan patiënte volgens het WIP-beleid als
  MRSA-negatief worden beschouwd, mits geen antibiotica tijdens afname.

Geautoriseerd: dr. M.H. Wolters, arts-microbioloog       20-03-2026
=========================================================================
"""
    write_txt("te-045", text)
    write_label("te-045", ["mrsa-screening"], "lab", "nl", "LIS plain-text export of MRSA culture",
                "unmentioned", "unmentioned", "yes", date="2026-03-20", also_dates=["2026-03-17"],
                notes="Foreign hospital named (Rheinufer-Klinikum Düsseldorf) for pneumonia = treated abroad yes; "
                      "'wond re hand niet ingezonden' is not a finding; collection vs report date.")


def te046():
    text = """ZIEKENHUIS OOSTERVAART LELYSTAD - AFDELING RADIOLOGIE
-----------------------------------------------------------------
Patiënt        : Smit, B. (Bram)         Geb. 07-07-2009
Patiëntnummer  : 6610942
Aanvrager      : F. Demir, huisarts, Gezondheidscentrum Lelystad-Haven
Onderzoek      : X-HAND LINKS (AP + SCHUIN)
Datum onderzoek: 15-01-2026 10:12
Status         : Definitief verslag 15-01-2026 12:48
-----------------------------------------------------------------
Klinische gegevens:
  Trauma 2 weken geleden (tegen muur geslagen). Drukpijn en zwelling
  MC V li, knokkel verzonken? #MC V?

Verslag:
  Geen fractuur. Met name geen subcapitale fractuur van het os
  metacarpale V. Gewrichtsstanden normaal, geen luxatie. Open
  epifysairschijven passend bij leeftijd. Weke delen zwelling
  ulnodorsaal. Geen corpus alienum.

Conclusie:
  Geen aanwijzingen voor een fractuur van de linkerhand.

Radioloog: drs. C.W. Boomsma
-----------------------------------------------------------------
"""
    write_txt("te-046", text)
    write_label("te-046", ["imaging-report"], "radiologist", "nl", "radiology report plain-text export",
                "yes", "unmentioned", "unmentioned", date="2026-01-15",
                notes="Entirely negated findings ('Geen fractuur') but the imaging was done; teenage patient; GP as "
                      "requester.")


def te047():
    text = """HiX - Operatieverslag                                       Afgedrukt: 03-12-2025 16:45
Ziekenhuis De Veste, Zwolle - Plastische Chirurgie
==============================================================================
Patiënt:         Dhr. A.W. Kroeze (M)   geb. 19-03-1952   Patnr. 4471109
Opnamenummer:    25-118834
Datum operatie:  03-12-2025             Kamer: OK 7
Operateur:       dr. J.H. Scholten, plastisch chirurg
Assistent:       drs. R. Pinas, ANIOS
Anesthesist:     dr. L. Veenstra
Anesthesie:      plexus axillaris, bloedleegte bovenarm 250 mmHg (58 min)
Pre-op diagnose: M. Dupuytren dig IV en V rechts, MCP-contractuur IV 40°, PIP V 55°
Post-op diagnose: idem
Verrichting:     Partiële (limited) fasciectomie dig IV en V rechts, Z-plastieken
------------------------------------------------------------------------------
Verslag:
Time-out. Rugligging, arm op armtafel, bloedleegte. Brunner-incisie van distale
handpalmplooi tot PIP dig V, en longitudinale incisie met later Z-plastiek over
straat dig IV. Identificatie van de neurovasculaire bundels proximaal in normaal
weefsel en vervolgen naar distaal. Spiraalstreng dig V, de ulnaire bundel wordt
naar midline verplaatst; zorgvuldig vrijgeprepareerd. Excisie van de pretendineuze
strengen IV en V en de spiraalstreng V. Na excisie MCP IV volledige extensie, PIP V
restcontractuur 15°, capsulotomie niet verricht. Bloedleegte opgeheven, goede
capillaire refill alle vingers. Hemostase met bipolair. Z-plastieken dig IV (2x)
en dig V (1x). Sluiten met Ethilon 5-0. Drukverband, dorsale spalk in extensie.

Complicaties: geen. Bloedverlies minimaal.
PA: strengen ingezonden.
Nabehandeling: spalk 1 week, daarna handtherapie en nachtspalk 3 maanden. Hechtingen
verwijderen na 12 dagen. Poli-controle over 6 weken.

dr. J.H. Scholten
==============================================================================
"""
    write_txt("te-047", text)
    write_label("te-047", ["operation-report"], "specialist", "nl", "HiX operation report export",
                "unmentioned", "yes", "unmentioned", date="2025-12-03",
                notes="Dense abbreviations (ANIOS, PA, bloedleegte); print date same as operation date; no title "
                      "'operatieverslag' in body besides export header.")


def te048():
    text = """KLINISCHE BRIEF
Ziekenhuis Noorderhaven - Chirurgie/Traumatologie, verpleegafdeling B3
Wilhelminalaan 40, 1815 JD Alkmaar - T 072-548 30 00

Aan:        H.P. Vos, huisarts, Oterleek
Datum:      16-01-2026
Betreft:    Dhr. D. (Daan) Zomer, geb. 13-09-1988, Patnr. 3315087
Opname:     11-01-2026      Ontslag: 15-01-2026

Geachte collega,

Bovengenoemde patiënt was opgenomen op onze afdeling.

Opnamediagnose
Flexorpeesschede-infectie (pyogene tenosynovitis) dig II rechts na kattenbeet.

Anamnese
Op 09-01 door eigen kat in de rechter wijsvinger gebeten. Sinds 10-01 zwelling,
roodheid en pijn, vinger in flexiestand. Gezien op de SEH op 11-01.

Bevindingen bij opname
Kanavel-tekenen 4/4 positief, geen lymfangitis. CRP 84. X-hand: geen corpus
alienum, geen botbetrokkenheid.

Beloop
Op 12-01-2026 werd patiënt geopereerd: openen en spoelen van de flexorpeesschede
dig II rechts (zie apart operatieverslag). Intraveneus amoxicilline/clavulaanzuur,
kweek: Pasteurella multocida, gevoelig. Snelle verbetering, CRP daalde naar 12.
Handtherapie gestart op dag 2 postoperatief.

Ontslagdiagnose
Pyogene flexortenosynovitis dig II rechts, status na spoelen 12-01-2026.

Medicatie bij ontslag
amoxicilline/clavulaanzuur 500/125 mg 3dd1 t/m 25-01-2026
paracetamol 1 g 4dd zn

Beleid
Wondcontrole en verbandwissel via huisarts op 19-01. Handtherapie 2x/week.
Poli-controle plastische chirurgie 03-02-2026. Tetanus: gevaccineerd 2022.

Met vriendelijke groet,
drs. M. Yildirim, arts-assistent chirurgie
namens dr. E.P. Groot, traumachirurg
"""
    write_txt("te-048", text)
    write_label("te-048", ["correspondence"], "specialist", "nl", "discharge letter (klinische brief), plain text",
                "yes", "yes", "unmentioned", date="2026-01-16", also_dates=["2026-01-15"],
                notes="Discharge letter says the patient was operated (date and procedure) but gives no operator and "
                      "no operative description and refers to a separate report: labelled correspondence only, not "
                      "operation-report (borderline).")


def te049():
    text = """ZorgDomein - Aanvraag diagnostiek
Product: Echografie pols/hand (eerstelijnsdiagnostiek)
Ontvanger: Diagnostiek Gooi & Vecht, locatie Bussum
--------------------------------------------------------------
Aanvraagdatum       04-03-2026
Aanvrager           I. van Leeuwen, huisarts (AGB 01-063320)
                    Huisartsenpraktijk Brediusweg, Bussum
Patiënt             dhr. E. (Erik) Terpstra
Geboortedatum       29-06-1969
BSN                 2118 40 376
Lichaamsdeel        Pols/hand rechts - zijde: rechts
Klinische gegevens  Sinds 6 wk pijnlijke zwelling palmair radiaal
                    pols rechts, bij de a. radialis, pulserend gevoel?
                    Geen trauma.
Vraagstelling       Ganglion? Aneurysma a. radialis uitsluiten.
Eerdere operatie    onbekend
Antistolling        nee
--------------------------------------------------------------
Patiënt wordt gebeld voor een afspraak. Uitslag volgt binnen
2 werkdagen via Edifact naar de aanvrager.
"""
    write_txt("te-049", text)
    write_label("te-049", [], "gp", "nl", "Zorgdomein diagnostics request (radiology request), plain text",
                "unmentioned", "unmentioned", "unmentioned", date="2026-03-04",
                notes="Looks like a Zorgdomein referral but is a request for ultrasound (radiology request form, not a "
                      "referral); 'Vraagstelling' is for the radiologist; 'Eerdere operatie onbekend' says nothing.")


if __name__ == "__main__":
    for f in (te002, te009, te014, te027, te030, te044, te045, te046, te047, te048, te049):
        f()
        print("ok", f.__name__)
