"""va-001 .. va-020 (synthetic; all names, practices and hospitals invented)."""
from common import register

# ------------------------------------------------------------------ va-001
@register("va-001", "pdf",
          kinds=["referral", "history"], date="2026-10-14", author="gp", language="nl",
          style="zorgdomein two-column form printout", referral_question=True,
          imaging_done="yes", operated="no", treated_abroad="unmentioned",
          notes="ZorgDomein form without salutation; labels and values in separate table cells in two columns; "
                "question only in 'Vraagstelling'; history via 'Relevante voorgeschiedenis' + 'Recente behandelingen'; "
                "sectio caesarea is another body part; 'niet eerder aan de pols geopereerd' is the negation for operated; "
                "operation is only proposed by the orthopaedic surgeon; print date in footer equals letter date.")
def va001():
    b = [
        ("lhpair", ["ZorgDomein", "Verwijzing"],
         ["Afgedrukt: 14-10-2026 10:42", "ZD-nummer: ZD-8847-2210-5531", "Status: Verzonden"]),
        ("title", "Second opinion handchirurgie"),
        ("kv", [("Ontvanger", "Handkliniek Oostvaart - Second opinion"),
                ("Specialisme", "Plastische chirurgie / handchirurgie"),
                ("Product", "Second opinion handchirurgie (volwassenen)"),
                ("Urgentie", "Regulier"),
                ("Verwijzer", "A.M. de Ruiter, huisarts"),
                ("Praktijk", "Huisartsenpraktijk De Wilgenhoek, Wilgenlaan 14, 2023 KM Haarlem"),
                ("AGB-code", "01-054321"),
                ("Telefoon", "023-5410987")], {"cols": 2, "lw": 28}),
        ("h", "Patiënt"),
        ("kv", [("Naam", "Verhoeven-de Graaf, A.J. (Anouk)"),
                ("Geboortedatum", "17-04-1979"),
                ("Geslacht", "Vrouw"),
                ("BSN", "183920457"),
                ("Adres", "Kleverparkweg 112, 2023 CG Haarlem"),
                ("Telefoon", "06-41877263"),
                ("Verzekeraar", "Stroomland Zorgverzekeringen"),
                ("Polisnummer", "558102977")], {"cols": 2, "lw": 28}),
        ("h", "Reden van verwijzing"),
        ("p", "Sinds ca. 9 maanden pijn radiale zijde pols rechts (dominant), uitstralend naar de duim, "
              "toenemend bij tillen van haar dochter en bij computerwerk. Finkelstein positief. "
              "Beeld past bij tendovaginitis van De Quervain rechts, echografisch bevestigd."),
        ("h", "Vraagstelling"),
        ("p", "De orthopeed in het Lindeborg Ziekenhuis adviseert een operatieve release van het eerste "
              "extensorcompartiment. Patiënte twijfelt en wil graag een second opinion: is er een indicatie voor "
              "operatie, of zijn er nog conservatieve opties (bijv. langere spalkperiode, handtherapie)?"),
        ("h", "Relevante voorgeschiedenis"),
        ("table", [["Datum", "ICPC", "Omschrijving"],
                   ["2012", "W92", "Sectio caesarea (stuitligging)"],
                   ["2018", "T86", "Hypothyreoïdie"],
                   ["01-2026", "L93", "Tendovaginitis De Quervain rechts"],
                   ["2021", "L84", "Rugklachten zonder uitstraling"]], {"widths": [25, 18, 100]}),
        ("h", "Recente behandelingen"),
        ("p", "03-2026: corticosteroïdinjectie 1e extensorcompartiment rechts (huisarts), kortdurend effect.\n"
              "04-2026 t/m 07-2026: duimspalk en handtherapie (8 behandelingen).\n"
              "22-05-2026: echografie pols rechts (Lindeborg Ziekenhuis): verdikking eerste extensorcompartiment "
              "met aanwijzingen voor een septum.\n"
              "24-06-2026: tweede injectie door orthopeed, Lindeborg Ziekenhuis.\n"
              "Patiënte is niet eerder aan de pols geopereerd."),
        ("h", "Medicatie"),
        ("p", "Levothyroxine 75 microgram 1 dd 1; paracetamol 500 mg zo nodig."),
        ("kv", [("Allergieën", "Geen bekend"), ("Contra-indicaties", "Geen"),
                ("Bijlagen", "Echoverslag 22-05-2026; brief orthopedie 24-06-2026 (zie bijlage)")], {"lw": 30}),
        ("small", "Deze verwijzing is elektronisch verzonden via ZorgDomein en is zonder handtekening geldig."),
    ]
    o = {"font": "sans", "size": 9,
         "footer": ["ZD-8847-2210-5531  |  Verhoeven-de Graaf, A.J.  |  17-04-1979\tPagina {page} van {pages}  |  14-10-2026 10:42"]}
    return b, o


# ------------------------------------------------------------------ va-002
@register("va-002", "txt",
          kinds=["history"], date="2026-09-22", author="gp", language="nl",
          style="HIS professionele samenvatting printout (episodes + SOEP journal)",
          imaging_done="yes", operated="yes", treated_abroad="no",
          notes="Long dense HIS printout; print date is the document date; many dates of past events; "
                "CTR right 2025 is the operation for the problem (recurrent CTS); appendectomy 1989 is another body part; "
                "journal line 'Verwijzing Handkliniek Oostvaart' and 'Brief specialist ontvangen' are mentions, not "
                "the documents; holiday in Portugal without medical care -> treated_abroad no.")
def va002():
    return """
Gezondheidscentrum Meerzicht - huisartsen Van Loon & Achterberg
Meerzichtlaan 3, 8232 AB Lelystad     tel. 0320-228811     AGB 01-077215
==========================================================================================
PROFESSIONELE SAMENVATTING                                  Datum uitdraai: 22-09-2026 11:07
                                                            Uitgedraaid door: M. Achterberg
Patiënt    : Kampstra, R. (Ruud)            Geb.datum : 03-11-1968 (57 jr)     Geslacht: M
Adres      : Schouw 41-04, 8232 LK Lelystad
BSN        : 205573182                      Verzekering: Delta Zorg, polis 33017752
Huisarts   : J. van Loon                    Ingeschreven sinds: 01-05-1999
==========================================================================================

ACTUELE EPISODES (probleemlijst)
------------------------------------------------------------------------------------------
Begin       ICPC    Omschrijving                                        Attentie
15-03-2024  N93     Carpaletunnelsyndroom rechts                         *
             - 14-02-2025 carpaletunnelrelease rechts (Noorderpoort Zkh, plast. chir.)
             - 2026 recidief klachten
02-06-2014  T90.02  Diabetes mellitus type 2                             *
11-09-2012  K86     Hypertensie zonder orgaanbeschadiging                *
20-01-2020  L92     Schoudersyndroom links
08-05-2017  P17     Tabaksmisbruik (gestopt 2019)

INACTIEVE EPISODES
------------------------------------------------------------------------------------------
1989        D88     Appendicitis - appendectomie (Zkh Lelystad)
14-07-2011  L72     Fractuur radius/ulna links - gips, geen operatie
03-03-2016  S18     Snijwond hand links - gehecht op de post

MEDICATIE (actueel)
------------------------------------------------------------------------------------------
metformine 500 mg           2 dd 1
gliclazide 30 mg mga        1 dd 1
perindopril 4 mg            1 dd 1
atorvastatine 20 mg         1 dd 1 (avond)
paracetamol 1000 mg         z.n. max 3 dd 1

ALLERGIEËN / INTOLERANTIES / CONTRA-INDICATIES
------------------------------------------------------------------------------------------
Geen allergieën bekend. ICA: DM2 (verhoogd infectierisico), hypertensie.

LAATSTE METINGEN
------------------------------------------------------------------------------------------
17-09-2026  RR 142/86 mmHg   pols 74 reg
17-09-2026  HbA1c 56 mmol/mol   eGFR 78   gewicht 96 kg   lengte 1,84 m   BMI 28,4

JOURNAAL (selectie: episode N93 en laatste 12 maanden)
------------------------------------------------------------------------------------------
15-03-2024 JvL  S: sinds 4 mnd tintelingen dig 1-3 re, 's nachts wakker, schudt hand uit.
                O: Tinel + li/re, Phalen + re na 30 sec. geen atrofie thenar. sens intact.
                E: N93 carpaletunnelsyndroom re
                P: nachtspalk, uitleg. retour 6 wkn.
02-05-2024 JvL  S: spalk helpt weinig. werkt als monteur, last bij vasthouden gereedschap.
                E: N93
                P: verwijzing neurologie (EMG).
19-06-2024 JvL  Brief specialist ontvangen: neurologie Noorderpoort Zkh - EMG: matig ernstig CTS re,
                geen aanw. polyneuropathie. advies: verwijzing plastische chirurgie.
24-06-2024 JvL  Verwijzing plastische chirurgie Noorderpoort Ziekenhuis (ZorgDomein).
16-10-2024 JvL  Brief specialist ontvangen: plastische chirurgie - op wachtlijst CTR re.
14-02-2025 --   Brief specialist ontvangen: OK-verslag open carpaletunnelrelease re d.d. 14-02-2025,
                operateur dr. L. Ramdin. ongecompliceerd.
27-02-2025 PH   (POH) S: hechtingen verwijderen. O: wond rustig, droog. P: hechtingen verwijderd.
10-04-2025 JvL  S: tintelingen duidelijk minder, nog wat littekenpijn bij steunen.
                E: N93 status na CTR re
                P: littekenmassage, afwachten.
22-08-2025 PH   (POH DM) S: geen klachten. HbA1c 52. P: beleid ongewijzigd.
14-11-2025 JvL  S: griepachtig, koorts 38,6, hoest. O: longen schoon. E: R80 influenza. P: paracetamol.
09-01-2026 JvL  S: sinds paar weken weer tintelingen dig 2-3 re, vooral 's nachts, als voor de operatie.
                O: litteken rustig, Tinel + over litteken, Phalen +, kracht goed.
                E: N93 recidief CTS re?
                P: nachtspalk opnieuw, retour 6 wkn; zo nodig terug naar plastisch chirurg.
27-02-2026 JvL  S: geen verbetering met spalk. slaapt slecht.
                E: N93 recidief/persisterend CTS re
                P: terugverwijzing plastische chirurgie Noorderpoort.
18-06-2026 JvL  Brief specialist ontvangen: plastische chirurgie Noorderpoort - echo n. medianus re
                (03-06-2026, Noorderpoort): CSA 13 mm2 proximaal, geen ruimte-innemend proces.
                herhaling EMG aangevraagd. beleid: afwachten, zo nodig re-exploratie.
07-07-2026 JvL  Tel: pat. gaat 3 wkn met camper naar Portugal, vraagt extra medicatie mee. recepten klaar.
19-08-2026 JvL  S: terug van vakantie, geen bijzonderheden onderweg, geen arts bezocht. tintelingen
                onveranderd, nu ook krachtsverlies bij knijpen.
                O: lichte atrofie thenar re? 2-punts discr. dig 2 re 7 mm.
                E: N93 persisterend CTS re na CTR
                P: bespreekt met plastisch chirurg.
02-09-2026 JvL  Brief specialist ontvangen: plastische chirurgie Noorderpoort - EMG 25-08-2026:
                ernstig CTS re, vergelijkbaar met pre-operatief. re-operatie aangeboden.
15-09-2026 JvL  S: pat. twijfelt over re-operatie door dezelfde chirurg, wil second opinion.
                E: N93
                P: Verwijzing Handkliniek Oostvaart (second opinion) via ZorgDomein. samenvatting mee.
17-09-2026 PH   (POH DM) jaarcontrole DM: HbA1c 56, RR 142/86, voeten gb. P: metformine ongewijzigd.

------------------------------------------------------------------------------------------
Einde samenvatting - 22-09-2026 - pagina 1 van 1 (Medixa HIS 11.4)
"""


# ------------------------------------------------------------------ va-003
@register("va-003", "docx",
          kinds=["correspondence"], date="2026-09-08", author="specialist", language="nl",
          style="HiX-like polikliniekbrief plastische chirurgie, letterhead in header, PA signature",
          imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
          notes="Outpatient letter signed by a physician assistant on behalf of the surgeon; arthroscopy/capsulodesis "
                "only discussed as an option; X-ray and MRI done; 'MRI-verslag bijgevoegd' is a mention; "
                "patient's wish for second opinion is in Beleid but this is not a referral.")
def va003():
    b = [
        ("addr", ["Aan de weledelgeleerde heer", "dr. F.P. Schenk, huisarts", "Huisartsenpraktijk Oude Haven",
                  "Havenkade 9", "1973 AL IJmuiden"]),
        ("kv", [("Ons kenmerk", "PCH/MH/4471093"), ("Datum", "8 september 2026"),
                ("Betreft", "mw. S. Oudejans, geb. 29-08-1991"), ("Patiëntnummer", "4471093"),
                ("Polikliniekbezoek", "3 september 2026")], {"lw": 35, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Op 3 september jl. zagen wij uw patiënte opnieuw op de polikliniek Plastische Chirurgie in verband "
              "met aanhoudende pijn aan de rechterpols."),
        ("h", "Anamnese"),
        ("p", "Op 14 februari 2026 viel patiënte tijdens het hardlopen op de uitgestrekte rechterhand. Zij werd "
              "diezelfde dag op onze Spoedeisende Hulp gezien; er werd een röntgenfoto van de pols gemaakt waarop "
              "geen fractuur werd gezien. Behandeling met een polsbrace. Sindsdien persisterende dorsale "
              "polspijn, vooral bij steunen (push-ups, opstaan uit een stoel) en bij draaibewegingen. Soms een "
              "klikkend gevoel. Geen tintelingen. Zij werkt als verpleegkundige en merkt beperkingen bij tillen."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechterpols: geen zwelling. Drukpijn dorsaal over het scapholunaire interval. Watson-test: pijn, "
              "geen duidelijke klik. Bewegingsuitslagen: extensie 60/70, flexie 65/75 (rechts/links). "
              "Knijpkracht (Jamar) 24 kg rechts versus 31 kg links. Sensibiliteit intact."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols rechts (14-02-2026, SEH): geen fractuur, SL-afstand niet verbreed.\n"
              "MRI pols rechts (20-08-2026): partiële ruptuur van het dorsale deel van het scapholunaire ligament, "
              "geen DISI-stand, geen artrose. Het MRI-verslag is bijgevoegd."),
        ("h", "Conclusie"),
        ("p", "Partieel scapholunair letsel rechts (dynamische instabiliteit), status na val februari 2026."),
        ("h", "Beleid"),
        ("p", "Wij hebben de mogelijkheden uitgebreid besproken: voortzetting van conservatieve behandeling "
              "(handtherapie met proprioceptietraining gedurende minimaal drie maanden) of een diagnostische "
              "artroscopie met zo nodig debridement of een dorsale capsulodese. Patiënte twijfelt over een "
              "operatieve behandeling en heeft aangegeven een second opinion te willen in een gespecialiseerde "
              "handkliniek. Wij staan daar uiteraard achter; de beelden kunnen via het beeldenuitwisselingsplatform "
              "worden opgevraagd. In de tussentijd is zij verwezen naar de handtherapeut. Een vervolgafspraak "
              "is niet gepland; patiënte neemt zelf contact op."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "drs. M.T. Hoekstra, physician assistant\nnamens dr. L. Ramdin, plastisch chirurg"),
        ("small", "cc: patiënte\nDeze brief is elektronisch geautoriseerd en daarom niet ondertekend."),
    ]
    o = {"font": "Arial", "size": 10,
         "header": [("logo", "NOORDERPOORT ZIEKENHUIS", "Plastische, Reconstructieve en Handchirurgie"),
                    ("right", "Noorderpoortweg 1, 1943 RT Beverwijk  |  T 0251-744200  |  www.noorderpoort-zkh.example")],
         "footer": ["Noorderpoort Ziekenhuis - Oudejans, S. - 29-08-1991 - pagina {page} van {pages}"],
         "author": "mhoekstra"}
    return b, o


# ------------------------------------------------------------------ va-004
@register("va-004", "pdf",
          kinds=["imaging-report"], date="2026-08-05", also_dates=["2026-08-03"], author="radiologist",
          language="nl", style="radiologie verslag, table layout, exam and report date",
          imaging_done="yes", operated="yes", treated_abroad="unmentioned",
          notes="Requester is the orthopaedic surgeon (Aanvrager), the question in 'Klinische gegevens / "
                "vraagstelling' is the requester's, not a referral; exam date 03-08 vs report date 05-08; "
                "print date 12-10-2026 in the footer is not the document date; 'status na ORIF' states the "
                "earlier operation.")
def va004():
    b = [
        ("lhpair", ["Reigersbos Medisch Centrum", "Afdeling Radiologie"],
         ["Reigersbosdreef 230", "1107 ZW Amsterdam", "T 020-5663100", "radiologie@reigersbosmc.example"]),
        ("table", [["Patiënt", "Brouwer, T. (Tim)", "Patiëntnr.", "2093384"],
                   ["Geboortedatum", "12-01-1984", "Geslacht", "M"],
                   ["Aanvrager", "dr. P. Vos, orthopedisch chirurg", "Afdeling", "Orthopedie"],
                   ["Onderzoek", "MRI pols rechts zonder contrast", "Accessienr.", "RMC26-0803-117"],
                   ["Datum onderzoek", "03-08-2026", "Datum verslag", "05-08-2026"]],
         {"header": False, "widths": [32, 55, 28, 55]}),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Status na ORIF distale radiusfractuur rechts (11-2025). Persisterende ulnaire polspijn, "
              "klik bij pro-/supinatie. TFCC-letsel? Ulnair impactie?"),
        ("h", "Verslag"),
        ("p", "Vergelijking: conventionele opnamen 14-01-2026.\n"
              "Palmaire plaatosteosynthese van de distale radius met lokale susceptibiliteitsartefacten, "
              "beoordeling van de radiale zijde hierdoor beperkt. Geconsolideerde fractuur. Positieve "
              "ulnaire variantie van circa 2 mm. Centrale perforatie van de discus articularis van het TFCC "
              "(circa 3 mm). Foveale insertie intact. Beginnende chondromalacie van het proximale-ulnaire deel "
              "van het os lunatum met subchondraal beenmergoedeem. Geen oedeem in de ulnakop. Scapholunair en "
              "lunotriquetraal ligament intact. Extensor carpi ulnaris-pees in de groeve, geen tendinopathie. "
              "Gering gewrichtsvocht in het distale radio-ulnaire gewricht."),
        ("h", "Conclusie"),
        ("p", "Beeld passend bij ulnair impactiesyndroom rechts: positieve ulnaire variantie (2 mm), centrale "
              "TFCC-perforatie en chondromalacie met beenmergoedeem van het lunatum. Geconsolideerde distale "
              "radiusfractuur na plaatosteosynthese."),
        ("sp", 4),
        ("kv", [("Radioloog", "drs. K. El Idrissi, radioloog"), ("Geautoriseerd", "05-08-2026 16:21")],
         {"lw": 30}),
    ]
    o = {"font": "sans", "size": 9.5,
         "footer": ["Reigersbos MC - Radiologie - Brouwer, T. - 12-01-1984\tAfgedrukt 12-10-2026 09:03 - blad {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-005
@register("va-005", "pdf",
          kinds=["operation-report"], date="2026-03-19", also_dates=["2026-03-20"], author="specialist",
          language="nl", style="OK-verslag form, two-column labels, no salutation",
          imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
          notes="Form without title sentence; 'EMG-bevestigd' is not imaging; authorised one day after the operation.")
def va005():
    b = [
        ("logo", "Sint Aldegonde Ziekenhuis", "Operatiecentrum - Plastische chirurgie"),
        ("lh", ["Aldegondeplein 2, 4331 HE Middelburg  -  T 0118-423000"], "L"),
        ("title", "OPERATIEVERSLAG"),
        ("kv", [("Patiënt", "Bakker-Zwart, H. (Hennie)"), ("Geboortedatum", "06-06-1957"),
                ("Patiëntnummer", "6620185"), ("Datum operatie", "19-03-2026"),
                ("Operateur", "dr. J.W. Smulders, plastisch chirurg"), ("Assistent", "drs. F. Yilmaz, AIOS"),
                ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline)"), ("Zijde", "Links"),
                ("Opnametype", "Dagbehandeling"), ("Bloedleegte", "Geen")], {"cols": 2, "lw": 30, "grid": True,
                                                                             "shade": True}),
        ("kv", [("Indicatie", "Carpaletunnelsyndroom links, EMG-bevestigd (matig ernstig), onvoldoende effect "
                              "van nachtspalk."),
                ("Ingreep", "Open carpaletunnelrelease links"),
                ("Verloop", "Time-out uitgevoerd. Desinfectie en steriel afdekken. Longitudinale incisie van "
                            "2,5 cm in het verlengde van de radiale zijde van de vierde straal, proximaal van "
                            "de Kaplan-lijn. Doorklieven van de palmaire fascie. Identificatie van het ligamentum "
                            "carpi transversum, dat onder zicht volledig wordt gekliefd van distaal naar "
                            "proximaal, inclusief het distale deel van de antebrachiale fascie. N. medianus "
                            "vernauwd en hyperemisch ter plaatse van de distale rand van het ligament; motorische "
                            "tak intact. Geen ruimte-innemende processen. Controle hemostase. Huid gesloten met "
                            "Ethilon 4-0 onderbroken. Drukverband."),
                ("Complicaties", "Geen"),
                ("PA", "Niet ingestuurd"),
                ("Nabehandeling", "Drukverband 2 dagen, daarna pleister. Hand hoog houden, vingers direct "
                                  "bewegen. Hechtingen verwijderen na 10-14 dagen bij de huisarts. Controle "
                                  "physician assistant na 6 weken.")], {"lw": 30}),
        ("sp", 6),
        ("kv", [("Gedicteerd", "19-03-2026 12:40, J.W. Smulders"), ("Geautoriseerd", "20-03-2026 08:15")],
         {"lw": 30}),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#7a1f3d",
         "footer": ["Operatieverslag Bakker-Zwart, H. 06-06-1957\tPagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-006
@register("va-006", "txt",
          kinds=["mrsa-screening"], date="2026-09-25", also_dates=["2026-09-22"], author="lab", language="nl",
          style="laboratory result export (medische microbiologie), fixed-width",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
          notes="The clinical information says admission abroad (Turkey) -> treated_abroad yes; 'preoperatief' is a "
                "plan, not an operation; three dates: afname 22-09, ontvangst 23-09, validated 25-09 (document date).")
def va006():
    return """
LABORATORIUM MEDISCHE MICROBIOLOGIE KENNEMERZOOM
Zeeweg 180, 1971 HA IJmuiden  |  tel. 0255-533700  |  www.lmm-kennemerzoom.example
-----------------------------------------------------------------------------------
UITSLAG MICROBIOLOGIE                                    DEFINITIEF
-----------------------------------------------------------------------------------
Patiënt        : AYDIN, M. (Mehmet)            Geb.datum : 09-02-1975   M
BSN            : 176440321                     Labnummer : 26-K-0922-0418
Aanvrager      : A. de Ruiter, huisarts, Huisartsenpraktijk Oude Haven, IJmuiden
Kopie aan      : -
Afnamedatum    : 22-09-2026  09:35             Ontvangstdatum: 23-09-2026 07:50
Uitslagdatum   : 25-09-2026  14:12

Klinische gegevens:
  MRSA-screening i.v.m. opname ziekenhuis buitenland (Turkije, juli 2026).
  Preoperatief i.v.m. verwijzing handchirurgie.

-----------------------------------------------------------------------------------
Bepaling               Materiaal        Uitslag
-----------------------------------------------------------------------------------
MRSA-kweek (ophoping)  Neus             MRSA niet aangetoond
MRSA-kweek (ophoping)  Keel             MRSA niet aangetoond
MRSA-kweek (ophoping)  Perineum         MRSA niet aangetoond
-----------------------------------------------------------------------------------

Conclusie: MRSA niet aangetoond in de ingezonden materialen.
Opmerking: een negatieve screening sluit dragerschap niet volledig uit. Bij hernieuwde
opname in een buitenlands ziekenhuis opnieuw screenen.

Gevalideerd door: dr. E.M. Korteweg, arts-microbioloog        25-09-2026
-----------------------------------------------------------------------------------
Pagina 1/1
"""


# ------------------------------------------------------------------ va-007
@register("va-007", "pdf",
          kinds=["correspondence"], date="2026-07-05", also_dates=["2026-07-04"], author="specialist",
          language="en", style="Spanish hospital discharge report (informe de alta), English translation",
          imaging_done="yes", operated="no", treated_abroad="yes",
          notes="Written by a hospital abroad that treated the patient (ED + overnight observation); closed "
                "reduction under haematoma block is not surgery and the report says 'No surgical treatment was "
                "required'; advice to have follow-up X-rays at home is a plan; Spanish headings next to English.")
def va007():
    b = [
        ("lhpair", ["Hospital Universitario Virgen de la Caleta", "Servicio de Cirugía Ortopédica y Traumatología"],
         ["Avda. de la Caleta 41", "29017 Málaga (España)", "Tel. +34 951 700 410"]),
        ("title", "INFORME DE ALTA / DISCHARGE REPORT"),
        ("small", "English translation provided at the patient's request. In case of doubt the Spanish original prevails."),
        ("kv", [("Patient / Paciente", "VAN DER MEULEN, JOOST"), ("Date of birth", "21/02/1972"),
                ("Nationality", "Netherlands (passport NW8K41P27)"), ("Clinical record no.", "NHC 3302719"),
                ("Admission", "04/07/2026 22:48 (Urgencias)"), ("Discharge", "05/07/2026 11:30"),
                ("Ward", "Observación Traumatología"), ("EHIC", "80528 0000 0412 7709")],
         {"cols": 2, "lw": 33}),
        ("h", "Reason for attendance / Motivo de consulta"),
        ("p", "54-year-old male tourist who fell from a rental bicycle on the promenade, landing on the "
              "outstretched left hand. Immediate pain and deformity of the left wrist. No loss of consciousness. "
              "No other injuries. Right-handed."),
        ("h", "Past medical history / Antecedentes"),
        ("p", "No known drug allergies. Hypertension treated with amlodipine. No previous surgery."),
        ("h", "Examination / Exploración"),
        ("p", "Dinner-fork deformity of the left wrist, swelling. Skin intact. Radial pulse present, capillary "
              "refill < 2 s. Sensation intact in median, ulnar and radial nerve territories."),
        ("h", "Complementary tests / Pruebas complementarias"),
        ("p", "X-ray left wrist PA and lateral (04/07/2026): extra-articular fracture of the distal radius with "
              "dorsal angulation of 25 degrees and 3 mm shortening; fracture of the ulnar styloid tip.\n"
              "Post-reduction X-ray (05/07/2026 00:40): acceptable alignment, dorsal angulation 5 degrees."),
        ("h", "Treatment / Tratamiento"),
        ("p", "Closed reduction under haematoma block (lidocaine 2%, 10 ml) in the emergency department and "
              "immobilisation in a below-elbow dorsal plaster slab. Admitted overnight for observation of "
              "swelling and pain control. No surgical treatment was required at this moment."),
        ("h", "Diagnosis / Diagnóstico"),
        ("p", "Extra-articular fracture of the distal radius, left (Colles type), treated with closed reduction."),
        ("h", "Recommendations / Recomendaciones"),
        ("p", "Keep the arm elevated, move the fingers. Paracetamol 1 g every 8 hours, metamizol if needed. "
              "Follow-up with the trauma service in the home country within 7-10 days with control X-rays; "
              "risk of secondary displacement explained. Copies of the X-rays were given to the patient on CD."),
        ("sp", 6),
        ("p", "Dra. Lucía Ferrer Molina\nFacultativo Especialista de Área, Traumatología\nColegiado 29/09871"),
        ("small", "Documento firmado electrónicamente. Código de verificación CSV: HUVC-7731-ALTA-2026-0705-5518"),
    ]
    o = {"font": "serif", "size": 10, "logocolor": "#005a2b",
         "footer": ["Hospital Universitario Virgen de la Caleta - Servicio Andaluz de Salud (convenio)\tPágina {page} de {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-008
@register("va-008", "docx",
          kinds=["referral"], date="2026-10-02", author="gp", language="nl",
          style="free GP referral letter (Word), place + date line", referral_question=True,
          imaging_done="no", operated="no", treated_abroad="unmentioned",
          notes="Brother was operated twice for the same disease (family member); patient himself never operated "
                "on the hand, inguinal hernia surgery is another body part; 'geen aanvullend onderzoek' negation; "
                "the HIS summary and the plastic surgeon's letter are enclosed but this letter has no history section.")
def va008():
    b = [
        ("lhpair", ["Huisartsenpraktijk De Linde", "B. Terpstra & R. Wijma, huisartsen"],
         ["Lindelaan 27", "8915 BK Leeuwarden", "T 058-2139044", "AGB 01-061188"]),
        ("addr", ["Handkliniek Oostvaart", "t.a.v. afdeling Second Opinion", "Oostvaartdijk 201",
                  "1358 AB Almere"]),
        ("p", "Leeuwarden, 2 oktober 2026"),
        ("kv", [("Betreft", "dhr. G. (Gerrit) Hoogeveen, geb. 30-09-1953"),
                ("Adres", "Tjerk Hiddesstraat 8, 8917 AD Leeuwarden"), ("BSN", "210877304")],
         {"lw": 20, "grid": False}),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik de heer Hoogeveen, 73 jaar, naar u voor een second opinion in verband met de "
              "ziekte van Dupuytren van de rechterhand. Sinds ongeveer drie jaar heeft hij strengvorming in de "
              "handpalm, in het afgelopen jaar duidelijk progressief. Inmiddels is er een flexiecontractuur van "
              "het MCP-gewricht van de ringvinger van ongeveer 40 graden en van het PIP-gewricht van de pink van "
              "ongeveer 30 graden; de tafeltest is positief. Hij kan zijn hand niet meer plat in zijn broekzak "
              "steken en blijft haken bij het aantrekken van handschoenen."),
        ("p", "In juni is hij gezien door de plastisch chirurg in het MC Havenstad. Daar werd geadviseerd "
              "voorlopig af te wachten en eventueel een naaldfasciotomie te doen. Patiënt twijfelt hierover: zijn "
              "broer is twee keer aan dezelfde aandoening geopereerd en had na een naaldbehandeling snel een "
              "recidief. Zelf is patiënt nooit aan de hand geopereerd; in 2011 onderging hij een liesbreukoperatie "
              "rechts. Aanvullend onderzoek is niet verricht en lijkt mij bij deze klinische diagnose ook niet nodig."),
        ("p", "Mijn vraag: is bij deze contracturen een (partiële) fasciectomie te verkiezen boven een "
              "naaldfasciotomie, en wat is het juiste moment? Patiënt gebruikt apixaban wegens atriumfibrilleren; "
              "graag uw advies over het perioperatief beleid als u tot een ingreep komt."),
        ("p", "Bijgevoegd: de samenvatting uit ons HIS en de brief van de plastisch chirurg van 17 juni 2026."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 10),
        ("p", "B. Terpstra, huisarts"),
    ]
    o = {"font": "Times New Roman", "size": 11,
         "footer": ["Huisartsenpraktijk De Linde - Lindelaan 27 Leeuwarden - IBAN NL00 FAKE 0123 4567 89"]}
    return b, o


# ------------------------------------------------------------------ va-009
@register("va-009", "txt",
          kinds=["referral"], date="2026-10-20", author="gp", language="nl",
          style="ZorgDomein verwijzing plain-text export", referral_question=False,
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Referral 'for treatment' without a question: Vraagstelling field says 'Behandeling'; injections are "
                "treatments, not operations; no history section (episode list explicitly not sent); sent to a "
                "second-opinion clinic but asks no second opinion.")
def va009():
    return """
ZorgDomein - Verwijzing                                   Afdrukdatum: 20-10-2026
=================================================================================
Product         : Consult handchirurgie
Ontvanger       : Handkliniek Oostvaart, Almere
Verwijzer       : dr. H.K. Nieuwenhuis, huisarts
                  Huisartsenpraktijk 't Hoogeland, Dorpsstraat 55, 9951 AH Winsum
AGB verwijzer   : 01-049902
Datum verwijzing: 20-10-2026
ZD-nummer       : ZD-2265-0719-8840
---------------------------------------------------------------------------------
Patiënt         : Hazelhoff, T. (Tineke)
Geboortedatum   : 05-05-1962
BSN             : 199384520
Adres           : Wierde 12, 9951 CJ Winsum
Verzekeraar     : ZorgPlus Nederland, polisnr. 70021844
---------------------------------------------------------------------------------
Reden van verwijzing:
Triggervinger dig III rechts sinds voorjaar 2026, op slot in de ochtend, pijnlijke
nodus ter hoogte van A1. Tweemaal geïnjecteerd met triamcinolon (04-2026, 07-2026),
telkens recidief na enkele weken.

Vraagstelling:
Behandeling.

Medicatie:
metformine 850 mg 2dd1; lisinopril 10 mg 1dd1

Allergieën / intoleranties:
Geen bekend

Relevante voorgeschiedenis:
Zie episodelijst (niet meegestuurd; op verzoek beschikbaar).

Bijlagen:
Geen
---------------------------------------------------------------------------------
Deze verwijzing is digitaal ondertekend door dr. H.K. Nieuwenhuis op 20-10-2026.
"""


# ------------------------------------------------------------------ va-010
@register("va-010", "pdf",
          kinds=["imaging-report"], date="2026-08-18", author="radiologist", language="en",
          style="UK NHS trust radiology report (XR), requested by ED",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="Report from a foreign (UK) hospital that saw the patient in the emergency department; requester "
                "line is the ED doctor; clinical details '?scaphoid #' is the requester's question; exam and report "
                "the same day; NHS number in test range.")
def va010():
    b = [
        ("lhpair", ["North Wessex Downs", "NHS Foundation Trust"],
         ["Department of Clinical Radiology", "Kingsmead General Hospital", "London Road, Newbury RG14 9ZZ",
          "Tel 01635 555 201"]),
        ("title", "RADIOLOGY REPORT"),
        ("kv", [("Patient", "DE WIT, Femke (Miss)"), ("DOB", "09/05/1996"), ("NHS No.", "999 403 2817"),
                ("Hospital No.", "KGH0558213"), ("Exam", "XR Wrist Left + Scaphoid views"),
                ("Accession", "RKG2608181147"), ("Date of exam", "18/08/2026 14:22"),
                ("Reported", "18/08/2026 19:05"), ("Requested by", "Dr A. Okafor, Emergency Department"),
                ("Location", "ED Majors")], {"cols": 2, "lw": 26}),
        ("h", "Clinical details"),
        ("p", "FOOSH while cycling this morning. Tender anatomical snuffbox and scaphoid tubercle. ?scaphoid #"),
        ("h", "Report"),
        ("p", "There is an undisplaced fracture through the waist of the left scaphoid, best seen on the "
              "ulnar-deviated PA view. No comminution. Carpal alignment is maintained; scapholunate interval is "
              "normal. The distal radius and ulna are intact. No other bony injury. Soft tissue swelling over the "
              "radial aspect of the wrist."),
        ("h", "Conclusion"),
        ("p", "Undisplaced scaphoid waist fracture, left."),
        ("sp", 4),
        ("p", "Reported by: Dr Helen Marsh, Consultant Radiologist (GMC 7712345)"),
        ("small", "This report has been electronically verified. Images available on PACS. Fracture clinic "
                  "referral made by ED as per virtual fracture clinic pathway."),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#005eb8", "logow": 70,
         "footer": ["DE WIT, Femke  999 403 2817\tPrinted 19/08/2026 08:02  Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-011
@register("va-011", "docx",
          kinds=["correspondence"], date="2026-09-03", also_dates=["2026-09-02"], author="specialist", language="en",
          style="UK consultant clinic letter (Diagnosis/Plan/Outcome headings), letterhead in Word header",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="Foreign hospital letter (UK fracture/hand clinic); screw fixation offered and declined -> not "
                "operated; CT done; addressed to UK GP with copy to Dutch GP; 'Outcome' heading; dictated 2 Sept, "
                "typed 3 Sept.")
def va011():
    b = [
        ("right", ["Hand & Wrist Service", "Kingsmead General Hospital", "Direct line 01635 555 388",
                   "Our ref: RM/hand/KGH0558213"]),
        ("p", "Dictated: 2 September 2026\nTyped: 3 September 2026"),
        ("addr", ["Dr R. Patel", "Kingsbridge Surgery", "12 Kingsbridge Road", "Newbury RG14 7QQ"]),
        ("p", "Dear Dr Patel,"),
        ("kv", [("Re:", "Miss Femke DE WIT, DOB 09/05/1996"), ("NHS No:", "999 403 2817"),
                ("Address:", "Flat 4, 21 Oxford Road, Newbury RG14 1PB")], {"lw": 22, "grid": False}),
        ("kv", [("Diagnosis:", "Undisplaced scaphoid waist fracture, left (non-dominant), injury 18/08/2026"),
                ("Plan:", "Continue cast; patient returning to the Netherlands; care to be transferred"),
                ("Outcome:", "Discharged from our follow-up")], {"lw": 22, "grid": False}),
        ("p", "I reviewed this 30-year-old Dutch postgraduate student in the hand clinic today, two weeks after "
              "a fall from her bicycle. She was seen in our Emergency Department on the day of injury and "
              "radiographs confirmed an undisplaced waist fracture of the left scaphoid. She has been in a "
              "below-elbow cast since the virtual fracture clinic review."),
        ("p", "To characterise the fracture further we arranged a CT of the left scaphoid on 1 September 2026, "
              "which confirms a complete but undisplaced waist fracture without comminution or humpback "
              "deformity."),
        ("p", "We discussed the options of continued cast immobilisation for a further 4 to 6 weeks versus "
              "percutaneous screw fixation, which would allow earlier mobilisation. I explained the risks of "
              "non-union with either option. Miss de Wit would prefer to have any surgery, if needed, in the "
              "Netherlands, as she is returning home next week; she declined fixation here, which is entirely "
              "reasonable for an undisplaced fracture. She is therefore continuing in plaster."),
        ("p", "I have given her copies of the radiographs and the CT on disc, together with a copy of this "
              "letter, and would suggest a repeat CT at around 10 to 12 weeks from injury to confirm union. "
              "At her request a copy of this letter goes to her Dutch GP."),
        ("p", "Yours sincerely,"),
        ("sp", 8),
        ("p", "Mr Rajiv Menon FRCS (Tr & Orth)\nConsultant Hand and Wrist Surgeon"),
        ("small", "cc: Miss F. de Wit (patient)\ncc: Dr M. Janssen, huisarts, Huisartsenpraktijk Lombok, "
                  "Utrecht, the Netherlands"),
    ]
    o = {"font": "Arial", "size": 10, "logocolor": "005EB8",
         "header": [("logo", "North Wessex Downs NHS Foundation Trust", "Kingsmead General Hospital - London Road - Newbury RG14 9ZZ")],
         "footer": ["Chief Executive: J. Ashworth   Chair: P. Delaney", "Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-012
@register("va-012", "pdf",
          kinds=["operation-report"], date="2026-02-12", also_dates=["2026-02-13"], author="specialist",
          language="de", style="Austrian Operationsbericht form (Unfallchirurgie)",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Austrian hospital operated on a Dutch ski tourist; intra-operative image intensifier and "
                "post-op X-ray control; signed the next day; Austrian titles (OA, Ass.-Ärztin).")
def va012():
    b = [
        ("lhpair", ["Klinikum Arlberg-Ost", "Abteilung für Unfallchirurgie und Sporttraumatologie"],
         ["Vorstand: Prim. Univ.-Doz. Dr. H. Wachter", "Dorfstraße 1, A-6574 Pettneu am Arlberg",
          "Tel. +43 5448 8210-0"]),
        ("title", "OPERATIONSBERICHT"),
        ("kv", [("Patient", "VERSCHOOR Bas"), ("Geb.-Datum", "14.03.1989"), ("Wohnort", "Utrecht, Niederlande"),
                ("Fallzahl", "26-004711"), ("OP-Datum", "12.02.2026"), ("OP-Beginn / Ende", "10:05 / 11:20"),
                ("Operateur", "OA Dr. Markus Leitner"), ("Assistenz", "Ass.-Ärztin Dr. Julia Gruber"),
                ("Anästhesie", "Axilläre Plexusanästhesie (Dr. Hofer)"), ("Blutsperre", "250 mmHg, 62 min")],
         {"cols": 2, "lw": 30, "grid": True}),
        ("kv", [("Diagnose", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C1), dorsal abgekippt; "
                             "Skisturz am 11.02.2026"),
                ("Operation", "Offene Reposition und palmare winkelstabile Plattenosteosynthese distaler "
                              "Radius rechts")], {"lw": 30}),
        ("h", "OP-Bericht"),
        ("p", "Team-Time-Out. Rückenlage, Arm auf Armtisch ausgelagert, Blutsperre. Hautdesinfektion und sterile "
              "Abdeckung. Längsinzision über der FCR-Sehne (Zugang nach Henry, modifiziert). Eröffnen der "
              "Sehnenscheide, Weghalten der FCR-Sehne nach ulnar, Darstellen und L-förmiges Ablösen des M. "
              "pronator quadratus. Darstellen der Fraktur, Hämatomausräumung. Reposition unter Zug und "
              "Hyperflexion, temporäre Fixation mit zwei K-Drähten. BV-Kontrolle in zwei Ebenen: gute Stellung, "
              "Gelenkfläche stufenfrei. Anlage einer 3-Loch-palmaren winkelstabilen Radiusplatte, Besetzung "
              "distal mit 6 winkelstabilen Schrauben, proximal 3 Kortikalisschrauben. Entfernen der K-Drähte. "
              "Abschließende BV-Kontrolle: regelrechte Plattenlage, keine intraartikuläre Schraubenlage. Prüfung "
              "des DRUG: stabil. Refixation des M. pronator quadratus. Spülung, Blutstillung nach Öffnen der "
              "Blutsperre. Subkutannaht, Hautnaht. Steriler Verband, dorsale Unterarmgipsschiene."),
        ("kv", [("Komplikationen", "Keine"),
                ("Röntgen postop.", "Röntgenkontrolle Handgelenk rechts in 2 Ebenen am 12.02.2026: regelrechte "
                                    "Stellung und Implantatlage."),
                ("Procedere", "Hochlagerung, Fingerbewegung. Gipsschiene für 2 Wochen, danach funktionelle "
                              "Nachbehandlung. Nahtentfernung am 12.-14. postop. Tag beim Hausarzt. "
                              "Röntgenkontrolle nach 6 Wochen am Heimatort. Eine Metallentfernung ist nicht "
                              "routinemäßig erforderlich. Thromboseprophylaxe nicht erforderlich.")], {"lw": 30}),
        ("sp", 6),
        ("p", "OA Dr. Markus Leitner\nFacharzt für Orthopädie und Traumatologie"),
        ("small", "Diktiert: 12.02.2026  -  Vidiert: 13.02.2026"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#b01e23",
         "footer": ["Klinikum Arlberg-Ost - DVR 0012345 - Operationsbericht VERSCHOOR Bas 14.03.1989\tSeite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-013
@register("va-013", "txt",
          kinds=["mrsa-screening"], date="2026-06-04", also_dates=["2026-06-01"], author="lab", language="de",
          style="German lab Befund (MVZ Labor), fixed-width text export",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
          notes="Sender is a German hospital ward with 'Aufnahmescreening' -> the patient was admitted abroad; "
                "the result is older than 60 days relative to an autumn 2026 dossier; several dates (Entnahme, "
                "Eingang, Befund).")
def va013():
    return """
MVZ Labor Dr. Reinhardt & Kollegen GmbH
Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie
Albersallee 14  -  47533 Kleve  -  Tel. +49 2821 7740-0  -  Fax +49 2821 7740-99
=====================================================================================
                                   E N D B E F U N D
=====================================================================================
Einsender   : Klinikum Niederrhein-Süd, Station 3B (Hand-/Plastische Chirurgie)
              Einsender-Nr. 40817
Patient     : Smeets, Ingrid                    geb. 22.07.1961   W
Anschrift   : Maasboulevard 77, NL-5911 BN Venlo
Auftrags-Nr.: 2606010933                       Fall-Nr.: 1126-558301
Entnahme    : 01.06.2026 18:40                  Eingang : 02.06.2026 06:55
Befund vom  : 04.06.2026 10:31

Anlass      : Aufnahmescreening (stationäre Aufnahme, Risikofaktor: Wohnort Ausland)
-------------------------------------------------------------------------------------
Untersuchung                 Material                 Ergebnis
-------------------------------------------------------------------------------------
MRSA-Screening (Kultur,      Nasenabstrich            MRSA nicht nachgewiesen
 chromogener Selektivagar)   Rachenabstrich           MRSA nicht nachgewiesen
                             Leistenabstrich          MRSA nicht nachgewiesen
MRSA-PCR (Schnelltest)       Nasen-/Rachenabstrich    negativ   (vorab 01.06.2026 22:15)
-------------------------------------------------------------------------------------
Beurteilung:
Kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA) in den
eingesandten Materialien. Eine Isolierung ist aus mikrobiologischer Sicht nicht
erforderlich.

Technisch validiert : MTL S. Brandt
Medizinisch valid.  : Dr. med. Christoph Reinhardt, FA für Mikrobiologie

Akkreditiert nach DIN EN ISO 15189 (D-ML-00000-00-00)                     Seite 1 / 1
"""


# ------------------------------------------------------------------ va-014
@register("va-014", "docx",
          kinds=[], date="2026-09-28", author="patient", language="nl",
          style="patient's own letter asking for a second opinion (Word)",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="A patient's letter is never a referral even though it asks for a second opinion; mentions the "
                "Turkish discharge letter and CD as enclosures (mentions are not documents); states operation, "
                "imaging and admission abroad in lay words; the GP's ZorgDomein referral is only mentioned.")
def va014():
    b = [
        ("addr", ["M. Aydın", "Vincent van Goghweg 88", "1506 JD Zaandam", "tel. 06-28193377"]),
        ("addr", ["Handkliniek Oostvaart", "t.a.v. Second Opinion", "Oostvaartdijk 201", "1358 AB Almere"]),
        ("p", "Zaandam, 28 september 2026"),
        ("p", "Onderwerp: second opinion linkerpols, geboortedatum 09-02-1975"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Mijn huisarts, mevrouw De Ruiter, heeft mij via ZorgDomein naar u verwezen. Ik schrijf u zelf "
              "nog een brief omdat ik wil uitleggen wat er gebeurd is en waarom ik een second opinion wil."),
        ("p", "Afgelopen zomer was ik met mijn gezin op vakantie in Turkije. Op 11 juli ben ik in Alanya met "
              "de scooter gevallen en heb ik mijn linkerpols gebroken. In het ziekenhuis daar hebben ze foto's en "
              "een scan gemaakt en ben ik dezelfde avond geopereerd; er zit nu een plaat met schroeven in. Ik heb "
              "twee nachten in het ziekenhuis gelegen."),
        ("p", "Terug in Nederland ben ik gezien op de gipspoli in het ziekenhuis in Purmerend. Daar zeiden ze "
              "dat het goed genezen is. Maar ik kan mijn hand nog steeds niet goed draaien (als ik een sleutel "
              "omdraai of een pak melk inschenk) en mijn pink slaapt vaak. Ik werk als buschauffeur en kan zo niet "
              "werken. Ik wil graag weten of er iets mis is gegaan bij de operatie en of er nog iets aan te doen is."),
        ("p", "Bijgevoegd vindt u de ontslagbrief uit Turkije (ook in het Engels vertaald) en een CD met de "
              "foto's. De uitslag van de MRSA-test is volgens mijn huisarts al naar u opgestuurd."),
        ("p", "Ik hoop dat ik snel een afspraak kan krijgen.\nMet vriendelijke groet,"),
        ("sp", 6),
        ("p", "Mehmet Aydın"),
    ]
    o = {"font": "Calibri", "size": 11}
    return b, o


# ------------------------------------------------------------------ va-015
@register("va-015", "pdf",
          kinds=[], date="2026-06-30", author="other", language="nl",
          style="hand therapy progress letter to GP",
          imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
          notes="Hand therapist's letter (not correspondence from a specialist) with SOAP-like sections; "
                "describes the operation date and hospital; looks like a clinic letter.")
def va015():
    b = [
        ("lhpair", ["Handtherapie Zuidoever", "Hand- en polsrevalidatie"],
         ["Singel 48a", "4331 EH Middelburg", "T 0118-610377", "info@handtherapie-zuidoever.example"]),
        ("addr", ["Aan: dhr. K.L. Maas, huisarts", "Huisartsenpraktijk Nieuwe Burg", "Burgstraat 3",
                  "4331 AK Middelburg"]),
        ("kv", [("Datum", "30-06-2026"), ("Betreft", "Mw. H. Bakker-Zwart, geb. 06-06-1957"),
                ("Verwezen door", "dr. J.W. Smulders, plastisch chirurg, Sint Aldegonde Ziekenhuis")],
         {"lw": 30, "grid": False}),
        ("title", "Voortgangsrapportage handtherapie"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij informeer ik u over de behandeling van uw patiënte. Mevrouw is op 19 maart jl. geopereerd "
              "(open carpaletunnelrelease links) in het Sint Aldegonde Ziekenhuis en werd vanaf 8 april 2026 "
              "door ons behandeld in verband met littekengevoeligheid en verminderde knijpkracht."),
        ("h", "Behandeling"),
        ("p", "Totaal 7 behandelingen: littekenbehandeling (massage, siliconenpleister), desensibilisatie, "
              "oedeemcontrole, en opbouwende kracht- en functietraining. Advies over ergonomie bij "
              "huishoudelijke taken en tuinieren."),
        ("h", "Metingen (links / rechts)"),
        ("table", [["Meting", "08-04-2026", "24-06-2026", "Rechts (ref.)"],
                   ["Jamar knijpkracht (kg)", "9", "17", "22"],
                   ["Pinch (kg)", "3,5", "5,0", "6,0"],
                   ["Pillar pain (VAS 0-10)", "6", "2", "-"],
                   ["PRWHE", "58", "21", "-"]], {"widths": [55, 32, 32, 32]}),
        ("h", "Conclusie en advies"),
        ("p", "Goed herstel met duidelijke afname van de pillar pain en toename van kracht. De behandeling is "
              "per heden afgesloten; mevrouw zet de oefeningen thuis voort. Bij terugkeer van tintelingen "
              "adviseren wij contact op te nemen met de plastisch chirurg."),
        ("p", "Met collegiale groet,"),
        ("sp", 6),
        ("p", "C. van Beek, MSc\ngecertificeerd handtherapeut (CHT-NL), fysiotherapeut\nBIG 19012345601"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#2e7d32",
         "footer": ["Handtherapie Zuidoever - KvK 00000000 - AGB 04-123456\tPagina {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-016
@register("va-016", "txt",
          kinds=[], date="2026-10-01", author="other", language="nl",
          style="pharmacy actueel medicatieoverzicht (fixed-width printout)",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Pharmacy medication overview: never a history letter although it lists prescribers from hospitals; "
                "prescriber 'plastisch chirurg' is not correspondence.")
def va016():
    return """
APOTHEEK DE VIJZEL                                   Vijzelstraat 2, 8911 EA Leeuwarden
apotheker: mw. drs. J. Altena                        tel. 058-2155021   AGB 02-334455
-----------------------------------------------------------------------------------------
ACTUEEL MEDICATIEOVERZICHT                                    Printdatum: 01-10-2026 15:47
-----------------------------------------------------------------------------------------
Naam           : dhr. G. Hoogeveen                 Geboortedatum : 30-09-1953
Adres          : Tjerk Hiddesstraat 8, Leeuwarden  BSN           : 210877304
Huisarts       : B. Terpstra                       Lengte/gewicht: 1,78 m / 82 kg (05-2026)
Nierfunctie    : eGFR 64 ml/min (12-05-2026)
-----------------------------------------------------------------------------------------
Start       Geneesmiddel                      Dosering            Voorschrijver
-----------------------------------------------------------------------------------------
14-03-2019  APIXABAN 5MG TABLET               2x daags 1          cardioloog MC Havenstad
14-03-2019  METOPROLOLSUCCINAAT 50MG RETARD   1x daags 1          cardioloog MC Havenstad
02-11-2020  ATORVASTATINE 40MG TABLET         1x daags 1 (avond)  B. Terpstra
17-06-2026  DICLOFENAC GEL 10MG/G             zo nodig 3x daags   plastisch chirurg MC Havenstad
01-01-2024  PARACETAMOL 500MG TABLET          zn max 6x daags 1   zelfzorg
-----------------------------------------------------------------------------------------
Contra-indicaties / overgevoeligheden:
  - geen overgevoeligheden geregistreerd
  - Anticoagulantia: let op bij ingrepen (apixaban)
Gestopte medicatie (laatste 6 mnd):
  - NAPROXEN 500MG  gestopt 20-06-2026 (interactie apixaban, advies apotheek)
-----------------------------------------------------------------------------------------
Dit overzicht is actueel op de printdatum. Controleer altijd met de patiënt.   Blad 1 van 1
"""


# ------------------------------------------------------------------ va-017
@register("va-017", "pdf",
          kinds=[], date="2026-10-16", author="other", language="nl",
          style="clinic appointment confirmation letter with checklist of documents to bring",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Appointment letter from the receiving clinic listing required documents (CD, operatieverslag, "
                "MRSA-uitslag 'indien van toepassing') - generic conditions, no facts about the patient; "
                "'t.a.v. second opinion'-like wording but not a referral.")
def va017():
    b = [
        ("lhpair", ["Handkliniek Oostvaart", "Second Opinion Hand & Pols"],
         ["Oostvaartdijk 201", "1358 AB Almere", "T 036-2047700", "secondopinion@handkliniek-oostvaart.example"]),
        ("addr", ["Mevrouw A.J. Verhoeven-de Graaf", "Kleverparkweg 112", "2023 CG Haarlem"]),
        ("kv", [("Datum", "16 oktober 2026"), ("Uw geboortedatum", "17-04-1979"), ("Patiëntnummer", "HKO-0091734"),
                ("Onderwerp", "Bevestiging afspraak second opinion")], {"lw": 35, "grid": False}),
        ("p", "Geachte mevrouw Verhoeven-de Graaf,"),
        ("p", "Wij hebben de verwijzing van uw huisarts ontvangen. Graag bevestigen wij uw afspraak:"),
        ("table", [["Datum", "Tijd", "Bij", "Locatie"],
                   ["dinsdag 24 november 2026", "10:20 uur", "dr. E. Hendriksen, plastisch chirurg",
                    "Polikliniek, 2e etage, balie B"]], {"widths": [45, 20, 55, 50]}),
        ("h", "Wat neemt u mee?"),
        ("p", "- een geldig legitimatiebewijs en uw zorgpas;\n"
              "- een actueel medicatieoverzicht van uw apotheek;\n"
              "- als er foto's of scans zijn gemaakt: de CD met de beelden en de verslagen van de radioloog;\n"
              "- als u eerder aan hand of pols geopereerd bent: alle operatieverslagen;\n"
              "- als u in de afgelopen twee maanden in een buitenlands ziekenhuis bent opgenomen of behandeld: "
              "de uitslag van een MRSA-screening via uw huisarts."),
        ("p", "Ontbreken er stukken, dan kunnen wij de afspraak helaas niet laten doorgaan. Wij vragen de "
              "ontbrekende gegevens dan zelf op bij uw verwijzer."),
        ("p", "Verhindert? Meld dit uiterlijk 24 uur van tevoren via 036-2047700."),
        ("p", "Met vriendelijke groet,\n\nAfdeling Planning & Intake"),
    ]
    o = {"font": "sans", "size": 10, "logocolor": "#00695c",
         "footer": ["Handkliniek Oostvaart B.V. - KvK 00000001\tPagina {page} van {pages} - gedrukt 16-10-2026"]}
    return b, o


# ------------------------------------------------------------------ va-018
@register("va-018", "docx",
          kinds=[], date="2026-09-28", author="patient", language="nl",
          style="machtiging / toestemmingsformulier opvragen medische gegevens (filled-in Word form)",
          imaging_done="unmentioned", operated="yes", treated_abroad="yes",
          notes="Consent form, not a medical document; filled-in table rows state an admission and wrist operation in "
                "Turkey and a plaster clinic visit in NL; 'beeldvorming (indien aanwezig)' is a request, not a fact.")
def va018():
    b = [
        ("title", "Machtiging opvragen medische gegevens"),
        ("p", "Met dit formulier geeft u Handkliniek Oostvaart toestemming om uw medische gegevens op te vragen bij "
              "andere zorgverleners. Wij gebruiken deze gegevens alleen voor de beoordeling van uw second opinion."),
        ("h", "1. Uw gegevens"),
        ("kv", [("Naam", "Aydın, M. (Mehmet)"), ("Geboortedatum", "09-02-1975"), ("BSN", "176440321"),
                ("Adres", "Vincent van Goghweg 88, 1506 JD Zaandam"), ("Telefoon", "06-28193377")], {"lw": 40}),
        ("h", "2. Bij welke zorgverleners mogen wij gegevens opvragen?"),
        ("table", [["Ziekenhuis / zorgverlener", "Periode", "Reden behandeling", "Gevraagde stukken"],
                   ["Özel Akdeniz Liman Hastanesi, Alanya (Turkije)", "11-07-2026 t/m 13-07-2026",
                    "Opname, operatie linkerpols na val met scooter", "Ontslagbrief, operatieverslag, "
                    "beeldvorming (indien aanwezig)"],
                   ["Waterlanden Ziekenhuis, Purmerend", "augustus 2026", "Gipspoli / controle",
                    "Polikliniekbrieven, verslagen"],
                   ["Huisartsenpraktijk Oude Haven (A. de Ruiter)", "2024-2026", "Huisarts",
                    "Samenvatting, MRSA-uitslag"]]),
        ("h", "3. Ondertekening"),
        ("p", "Ik geef toestemming om bovengenoemde gegevens op te vragen. Deze machtiging is 12 maanden geldig."),
        ("kv", [("Plaats", "Zaandam"), ("Datum", "28-09-2026"), ("Handtekening", "[getekend] M. Aydın")],
         {"lw": 40}),
    ]
    o = {"font": "Calibri", "size": 10,
         "header": [("logo", "Handkliniek Oostvaart", "Second Opinion Hand & Pols - Oostvaartdijk 201, 1358 AB Almere")],
         "footer": ["Formulier HKO-F12 versie 3.1 (2025)   -   pagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-019
@register("va-019", "pdf",
          kinds=[], date="2026-08-24", author="gp", language="nl",
          style="radiology request form (aanvraagformulier röntgen, huisartsenaanvraag) with check boxes",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="A request form from the GP: contains 'Vraagstelling' and 'Verwijzer' but is neither a referral nor a "
                "radiology report; the X-ray is requested, not yet done.")
def va019():
    b = [
        ("lhpair", ["Waterlanden Ziekenhuis", "Radiologie - Huisartsenaanvraag"],
         ["Waterlandlaan 250", "1441 RN Purmerend", "Afspraken: 0299-457100",
          "Zonder afspraak: ma-vr 8.00-16.30"]),
        ("title", "Aanvraagformulier Röntgen / Echografie"),
        ("kv", [("Naam patiënt", "Koning, L. (Lisa)"), ("Geboortedatum", "27-03-2011"),
                ("Adres", "Gorslaan 19, 1441 RB Purmerend"), ("Verzekering", "Stroomland, 300118472"),
                ("Aanvrager", "T.J. Mol, huisarts"), ("Praktijk", "Huisartsen Weidevenne"),
                ("AGB-code", "01-088120"), ("Datum aanvraag", "24-08-2026")], {"cols": 2, "lw": 30, "grid": True}),
        ("h", "Gevraagd onderzoek"),
        ("table", [["", "Onderzoek", "Zijde"],
                   ["[X]", "Röntgen pols (2 richtingen)", "links"],
                   ["[X]", "Scaphoidserie", "links"],
                   ["[ ]", "Röntgen hand", ""],
                   ["[ ]", "Echografie", ""]], {"widths": [12, 90, 30]}),
        ("kv", [("Klinische gegevens", "15-jarige, 3 dagen geleden gevallen op uitgestrekte hand tijdens "
                                       "hockey. Drukpijn tabatière anatomique en scaphoïd-tuberkel links, "
                                       "as-stuwingspijn duim."),
                ("Vraagstelling", "Fractuur os scaphoideum? Distale radius (epifysair)?"),
                ("Zwangerschap", "n.v.t."),
                ("Uitslag naar", "Aanvrager (Edifact)")], {"lw": 38}),
        ("sp", 6),
        ("p", "Handtekening aanvrager: T.J. Mol"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#1565c0",
         "footer": ["Formulier RAD-HA-04 (2024)\tPagina {page} van {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-020
@register("va-020", "txt",
          kinds=[], date="2026-09-30", also_dates=["2026-09-28"], author="lab", language="nl",
          style="GP laboratory results printout (clinical chemistry / immunology)",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Other lab results (inflammation, rheumatoid serology) - not an MRSA screening; the question "
                "'reumatoïde artritis?' is the requester's question.")
def va020():
    return """
REGIONAAL HUISARTSENLABORATORIUM NOORDKWARTIER
Diagnostisch centrum  -  Westerweg 6, 1815 JD Alkmaar  -  072-5190400
=================================================================================
UITSLAGEN                                          Rapportdatum: 30-09-2026
Patiënt   : Jonker-Baas, W. (Wilma)   V   geb. 11-12-1966
Aanvrager : E. Dijkstra, huisarts, Huisartsenpraktijk Oudorp
Afname    : 28-09-2026 08:12 (prikpost Heiloo)       Ordernr: 2609-NK-77031
Klin. gegevens: ochtendstijfheid en zwelling MCP 2-3 beiderzijds, reumatoïde artritis?
=================================================================================
Test                           Uitslag     Eenheid    Referentie     Vlag
---------------------------------------------------------------------------------
Hemoglobine                    7,9         mmol/l     7,5 - 10,0
Leukocyten                     8,4         10^9/l     4,0 - 10,0
Trombocyten                    402         10^9/l     150 - 400      H
BSE                            34          mm/uur     < 30           H
CRP                            18          mg/l       < 10           H
Reumafactor (IgM)              22          IU/ml      < 15           H
Anti-CCP                       >200        U/ml       < 17           H
Urinezuur                      0,29        mmol/l     0,15 - 0,35
Glucose (nuchter)              5,4         mmol/l     4,0 - 6,0
TSH                            2,1         mU/l       0,5 - 4,0
---------------------------------------------------------------------------------
Opmerking: anti-CCP sterk verhoogd. Bespreken met aanvrager.
Geautoriseerd: dr. P. Smit, klinisch chemicus, 30-09-2026 11:02
                                                               pagina 1 van 1
"""
