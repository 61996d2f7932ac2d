"""Plain-text documents vf-049 .. vf-064 (HIS printouts, e-mails, lab imports, exports)."""
import textwrap

from common import doc, write_text


def paginate(lines, per_page, header_fn, footer_fn=None):
    """Insert repeated page headers (and optional footers) like a printed HIS report."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for n, pg in enumerate(pages, 1):
        out += header_fn(n, len(pages))
        out += pg
        if footer_fn:
            out += footer_fn(n, len(pages))
        if n < len(pages):
            out.append("\f")
    return out


def soep(date, entries, who="EV", width=78, indent=18):
    """Format a journal contact: first line has date and the first SOEP row."""
    out = []
    for i, (code, text) in enumerate(entries):
        prefix = ("%s %-3s %-2s " % (date, who, code)) if i == 0 else (" " * 15 + "%-2s " % code)
        wrapped = textwrap.wrap(text, width - len(prefix)) or [""]
        out.append(prefix + wrapped[0])
        for w in wrapped[1:]:
            out.append(" " * len(prefix) + w)
    return out


# ---------------------------------------------------------------------------
@doc("vf-049", "txt", dict(
    kinds=["history"], date="2026-10-20", author="gp", language="nl",
    style="long HIS 'Professionele samenvatting' text printout: personalia, episode list with ICPC, SOEP journal, "
          "repeated page headers with form feeds",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Several pages; birth date 21-10-1971 one day after the print date; ED visit in Marrakech (care abroad); "
          "CTR in 2025; journal mentions 'MRSA-kweek negatief' (mention only) and 'Verwijzing plastische chirurgie'; "
          "also an old sectio and family history of operations."))
def _(path):
    head = [
        "ZorgJournaal HIS 9.4                                   Professionele Samenvatting",
        "Huisartsenpraktijk De Hofstede  -  Hofstedeweg 2, 8224 AE Lelystad  -  0320-555 220",
        "Datum uitdraai: 20-10-2026 14:12                         Afgedrukt door: L. Mulder (huisarts)",
        "=" * 86,
        "",
        "PERSONALIA",
        "Naam            : Demirci, E. (Esra)          Geslacht: V",
        "Geboortedatum   : 21-10-1971                   BSN: 2211 48 903",
        "Adres           : Botter 11-14, 8232 JK Lelystad",
        "Verzekeraar     : Zilverlinde Zorgverzekeringen, polis 91.774.120",
        "Eigen huisarts  : L. Mulder",
        "Apotheek        : Apotheek Lelystad-Haven",
        "",
        "EPISODELIJST - ACTIEF",
        "ICPC     Omschrijving                                         Begin       Attentie",
        "L91.03   Artrose CMC-1 rechts                                 03-2023",
        "N93      Carpaletunnelsyndroom rechts, st.n. release 2025     11-2024     *",
        "L76.04   Fractuur os metacarpale V links (Marrakech 04-2026)  04-2026     *",
        "K86      Hypertensie                                          2016",
        "T90.02   Diabetes mellitus type 2                             2019        *",
        "P76      Depressie (in remissie)                              2014",
        "",
        "EPISODELIJST - INACTIEF (selectie)",
        "W84      Sectio caesarea                                      1999        1999",
        "L84      Lage rugpijn met uitstraling                         2011        2012",
        "S03      Verruca vulgaris hand                                2017        2017",
        "",
        "MEDICATIE (actueel)",
        "metformine 500 mg          2dd1       sinds 2019",
        "lisinopril 10 mg           1dd1       sinds 2016",
        "atorvastatine 20 mg        1dd1       sinds 2019",
        "sertraline 50 mg           gestopt 2018",
        "paracetamol 500 mg         zn max 6dd",
        "",
        "INTOLERANTIES/CONTRA-INDICATIES:  ACE-remmer prikkelhoest? (2016, niet bevestigd)",
        "RISICOFACTOREN:  roken: gestopt 2012 (15 py);  BMI 31,2 (08-2026)",
        "FAMILIEANAMNESE: moeder DM2; zus Dupuytren beiderzijds, geopereerd; vader CVA 64 jr.",
        "",
        "JOURNAAL (01-01-2023 t/m 20-10-2026)",
        "-" * 86,
    ]
    E = []

    def add(date, entries, who="LM"):
        E.append((date, entries, who))
    add("16-03-2023", [("S", "pijn basis duim re bij wringen, openen potten, sinds half jaar. Werkt als "
                                   "schoonmaakster."), ("O", "drukpijn CMC-1 re, grind-test +, geen zwelling."),
                              ("E", "L91.03 artrose CMC-1 re"), ("P", "duimbrace, paracetamol, uitleg. X-duim.")])
    add("29-03-2023", [("", "Uitslag X-hand/duim re: artrose CMC-1 gr. II, geen andere afwijkingen.")])
    add("12-06-2023", [("S", "DM-controle POH. HbA1c 52."), ("P", "metformine ophogen 2dd1.")], who="POH")
    add("02-11-2023", [("S", "griepvaccinatie."), ("P", "gegeven.")], who="ASS")
    add("07-11-2024", [("S", "sinds 3 mnd 's nachts tintelingen re hand duim t/m middelvinger, wakker "
                                   "van, schudden helpt."), ("O", "Tinel +, Phalen + na 30 s, sens. intact, "
                                   "geen atrofie."), ("E", "N93 CTS re"), ("P", "nachtspalk 6 wk, evt. EMG.")])
    add("19-12-2024", [("S", "spalk helpt onvoldoende."), ("E", "N93"),
                              ("P", "injectie carpale tunnel re (triamcinolon 40 mg) gegeven.")])
    add("24-02-2025", [("S", "klachten na 6 wk terug, nu ook overdag."),
                              ("P", "Verwijzing plastische chirurgie Ziekenhuis Batavia-Oost (ZorgDomein).")])
    add("02-04-2025", [("", "Brief specialist ontvangen (plast. chir.): EMG matig-ernstig CTS re; "
                                  "operatie afgesproken.")])
    add("19-05-2025", [("", "Brief specialist ontvangen: open carpaletunnelrelease re 14-05-2025, "
                                  "ongecompliceerd. Hechtingen eruit bij ons.")])
    add("26-05-2025", [("S", "hechtingen verwijderen."), ("O", "wond rustig."), ("P", "verwijderd.")],
                  who="ASS")
    add("09-09-2025", [("S", "nog steeds tintelingen re, minder 's nachts, wel pijn in de handpalm "
                                   "(pillar pain?)."), ("O", "litteken licht drukpijnlijk, sens. D1-3 iets "
                                   "verminderd."), ("E", "N93 st.n. CTR"), ("P", "afwachten, fysio/handtherapie.")])
    add("14-10-2025", [("S", "DM-controle. Voeten ok."), ("O", "RR 138/84, HbA1c 49."),
                              ("P", "beleid ongewijzigd.")], who="POH")
    add("03-12-2025", [("S", "handtherapeut meldt weinig progressie, knijpkracht 12 kg."),
                              ("P", "terug naar plast. chir.?; pt twijfelt.")])
    add("21-01-2026", [("", "Brief specialist ontvangen (plast. chir.): echo n. medianus re 12-01-2026: "
                                  "zenuw verdikt proximaal van de tunnel; advies afwachten, evt. re-exploratie.")])
    add("22-04-2026", [("S", "terug van vakantie Marokko. Op 09-04 gevallen in Marrakech, op de SEH "
                                  "van een ziekenhuis aldaar gezien: breuk middenhandsbeentje pink li, "
                                  "gips gekregen. Brief in het Frans meegenomen."),
                              ("O", "onderarmgips li in goede staat, vingers warm, sens. intact."),
                              ("E", "L76.04 fractuur MC V li"),
                              ("P", "X-hand li ter controle; MRSA-screening aangevraagd i.v.m. ziekenhuiszorg "
                                    "buitenland.")])
    add("24-04-2026", [("", "Uitslag X-hand li: fractuur collum MC V, 20 gr. volaire angulatie, "
                                  "conservatief beleid acceptabel.")])
    add("12-05-2026", [("", "Uitslag lab: MRSA-kweek neus/keel/perineum negatief.")])
    add("27-05-2026", [("S", "gips eraf gehaald op SEH Lelystad, pink stijf."),
                              ("P", "oefenen, handtherapie verlengd.")])
    add("01-07-2026", [("S", "DM-controle."), ("O", "HbA1c 55, gewicht +4 kg."),
                              ("P", "leefstijladvies, dietist.")], who="POH")
    add("02-09-2026", [("S", "re hand: tintelingen weer toegenomen, ook pijn CMC-1 re, slaapt slecht. "
                                  "Wil niet terug naar dezelfde chirurg; vraagt second opinion."),
                              ("O", "Tinel +, 2PD D2 re 7 mm, thenar iets atrofisch. CMC-1 grind +."),
                              ("E", "N93 recidief/persisterend CTS re na release; L91.03"),
                              ("P", "verwijzing second opinion handkliniek, ZorgDomein; kopieën brieven mee.")])
    add("15-10-2026", [("S", "telefonisch: handkliniek vraagt recente samenvatting en de brieven."),
                              ("P", "professionele samenvatting uitgedraaid en verstuurd.")], who="ASS")
    add("09-01-2023", [("S", "herhaalrecept metformine/lisinopril."), ("P", "akkoord.")], who="ASS")
    add("21-02-2023", [("S", "hoest 3 wk, geen koorts, niet-roker sinds 2012."), ("O", "longen: VAG, geen "
                       "bijgeluiden. Sat 98%."), ("E", "R05 hoesten"), ("P", "afwachten, terugkomen bij koorts.")])
    add("05-09-2023", [("S", "DM-controle POH. Voeten: sensibiliteit monofilament intact."),
                       ("O", "RR 142/88, gewicht 86 kg, HbA1c 50, LDL 2,6."), ("P", "beleid ongewijzigd.")],
        who="POH")
    add("17-01-2024", [("S", "lage rugpijn na tillen, geen uitstraling."), ("O", "paravertebrale "
                       "spierspanning, Lasègue neg."), ("E", "L03 lage rugpijn"), ("P", "paracetamol, "
                       "blijven bewegen.")])
    add("11-06-2024", [("S", "jaarcontrole DM en RR."), ("O", "RR 136/82, HbA1c 48, eGFR >60, ACR 1,4."),
                       ("P", "fundusfoto aangevraagd.")], who="POH")
    add("03-07-2024", [("", "Uitslag fundusfoto: geen diabetische retinopathie.")])
    add("28-10-2024", [("S", "griep- en covidvaccinatie."), ("P", "gegeven.")], who="ASS")
    add("15-01-2025", [("S", "somber na overlijden moeder, slaapt slecht."), ("O", "PHQ-9: 11."),
                       ("E", "P03 neerslachtig gevoel"), ("P", "steunend gesprek, POH-GGZ, evaluatie 4 wk.")])
    add("12-02-2025", [("S", "gaat iets beter, 3x bij POH-GGZ geweest."), ("P", "afwachten.")])
    add("04-04-2025", [("S", "pre-operatieve vragenlijst i.v.m. CTR, geen antistolling."),
                       ("P", "formulier ingevuld retour ziekenhuis.")], who="ASS")
    add("17-11-2025", [("S", "griepvaccinatie."), ("P", "gegeven.")], who="ASS")
    add("08-03-2026", [("S", "reisadvies Marokko, 2 weken."), ("P", "DTP up-to-date, hep A gegeven.")],
        who="ASS")
    add("19-08-2026", [("S", "DM-controle. Meer last van de handen, kan moeilijk prikken voor glucose."),
                       ("O", "RR 140/86, BMI 31,2."), ("P", "naar HA voor handklachten.")], who="POH")

    def key(e):
        dd, mm, yy = e[0].split("-")
        return (yy, mm, dd)
    j = []
    for dt, ent, who in sorted(E, key=key):
        j += soep(dt, ent, who)
    j += ["", "-- einde journaal --", "",
          "LABUITSLAGEN (laatste)",
          "12-05-2026  MRSA screening          negatief (zie journaal)",
          "01-07-2026  HbA1c                   55 mmol/mol",
          "01-07-2026  kreatinine / eGFR       71 umol/l / >60",
          "01-07-2026  LDL                     2,4 mmol/l",
          "",
          "Deze samenvatting is bedoeld voor professioneel gebruik en bevat een selectie uit het dossier."]
    lines = head + j

    def hdr(n, t):
        if n == 1:
            return []
        return ["Demirci, E. - geb. 21-10-1971 - Professionele Samenvatting - uitdraai 20-10-2026",
                "-" * 86]

    def ftr(n, t):
        return ["", "%86s" % ("pagina %d van %d" % (n, t))]
    write_text(path, "\n".join(paginate(lines, 48, hdr, ftr)))


# ---------------------------------------------------------------------------
@doc("vf-050", "txt", dict(
    kinds=["history"], date="2026-05-11", author="gp", language="nl",
    style="HIS 'Uitdraai journaal' with fixed-width columns, CRLF line endings",
    imaging_done="no", operated="no", treated_abroad="no",
    notes="CRLF file; 'geen beeldvorming verricht' and 'nooit geopereerd'; works offshore in Norway but "
          "received no medical treatment there; injections are not operations."))
def _(path):
    rows = [
        ("14-09-2025", "E", "L99", "Tendovaginitis stenosans duim re (triggerduim)"),
        ("14-09-2025", "S", "", "haperen duim re sinds 2 mnd, 's ochtends op slot. Werkt 2 wkn op/2 wkn af op "
                                "booreiland (Noors deel Noordzee). Daar geen medische behandeling gehad."),
        ("14-09-2025", "O", "", "nodus A1 duim re, triggeren bij flexie."),
        ("14-09-2025", "P", "", "injectie A1 (kenacort 10 mg + lidocaine), uitleg."),
        ("30-11-2025", "S", "", "duim re 6 wk goed, nu weer haperen. Nu ook li duim."),
        ("30-11-2025", "O", "", "triggerduim bdz, re > li."),
        ("30-11-2025", "E", "L99", "triggerduim bdz"),
        ("30-11-2025", "P", "", "2e injectie re. Li afwachten. Geen beeldvorming verricht, niet geindiceerd."),
        ("08-02-2026", "S", "", "klachten re terug, li toegenomen. Pt wil definitieve oplossing, maar wil niet "
                                "te lang uit de roulatie i.v.m. werk."),
        ("08-02-2026", "O", "", "Pt is nooit geopereerd. Geen DM (glucose nuchter 5,1)."),
        ("08-02-2026", "P", "", "verwijzing plastische chirurgie besproken; pt vraagt eerst second opinion "
                                "handkliniek i.v.m. twijfel operatie vs. 3e injectie."),
        ("09-04-2026", "", "", "Brief specialist ontvangen (plast. chir. Ziekenhuis Baronie): advies A1-release bdz; "
                               "pt twijfelt."),
        ("11-05-2026", "S", "", "vraagt uitdraai voor handkliniek."),
        ("11-05-2026", "P", "", "uitdraai journaal + episodelijst meegegeven."),
    ]
    lines = ["Huisartsen De Wieken  |  Wilhelminalaan 18  |  4902 BE Oosterhout  |  0162-555 900",
             "UITDRAAI JOURNAAL",
             "Patient : A. (Arjen) Vos, man, geb. 02-06-1987",
             "Adres   : Slotjesveld 7, 4902 PK Oosterhout",
             "Periode : 01-01-2025 t/m 11-05-2026        Datum uitdraai: 11-05-2026",
             "",
             "EPISODES",
             "  L99   Triggerduim bdz                          actief   sinds 14-09-2025",
             "  L81   Enkeldistorsie re                        inactief 2019",
             "  A97   Geen ziekte (keuring offshore)           inactief 2023",
             "",
             "%-11s%-3s%-6s%s" % ("Datum", "R", "ICPC", "Tekst"),
             "-" * 80]
    for d_, r, c, t in rows:
        wrapped = textwrap.wrap(t, 60)
        lines.append("%-11s%-3s%-6s%s" % (d_, r, c, wrapped[0]))
        for w in wrapped[1:]:
            lines.append(" " * 20 + w)
    lines += ["-" * 80, "Medicatie: geen vaste medicatie.", "Allergie: geen bekend.",
              "einde uitdraai (1/1)"]
    write_text(path, "\n".join(lines), crlf=True)


# ---------------------------------------------------------------------------
@doc("vf-051", "txt", dict(
    kinds=[], date="2026-09-03", author="patient", language="en",
    style="patient e-mail in English with headers, attachment list and quoted auto-reply from the clinic",
    imaging_done="yes", operated="no", treated_abroad="no",
    notes="Patient e-mail, not a referral, with attachments named (mentions only); quoted clinic text "
          "mentions MRSA and foreign hospitals generically; 'I have never had surgery'; 'not been admitted to "
          "a hospital outside the Netherlands' (grew up in Canada: living abroad is not care abroad)."))
def _(path):
    write_text(path, """
From: Megan Albers <megan.albers@example.net>
To: Secretariaat Handkliniek Zuid-Holland <secretariaat@handkliniek-zh.example.nl>
Sent: Thursday, 3 September 2026 21:47
Subject: RE: Second opinion request - right wrist
Attachments: verwijzing_huisarts.pdf; MRI verslag juli.pdf

Dear secretary,

Thank you for your quick reply. As requested I attach my GP's referral and the MRI report.

To answer your questions:
- The MRI of my right wrist was done on 14 July at the Oude Vest hospital in Leiden (I think the department was
  called "radiologie").
- I have never had surgery on my wrist or hand. I did have physiotherapy for two months.
- I have not been admitted to a hospital outside the Netherlands. (I grew up in Canada but have lived here
  since 2014.)
- My date of birth is 17-03-1985.

I am available on Mondays and Fridays. Could you let me know how long the waiting time is at the moment?

Kind regards,
Megan Albers
+31 6 4470 2291

-----Original Message-----
From: Secretariaat Handkliniek Zuid-Holland
Sent: Wednesday, 2 September 2026 09:12
To: Megan Albers
Subject: Second opinion request - right wrist

Geachte mevrouw Albers, dear Ms Albers,

Wij hebben uw aanvraag voor een second opinion ontvangen. Wij kunnen een afspraak pas inplannen als uw
dossier compleet is. Wilt u ons sturen:
- de verwijsbrief van uw huisarts of specialist;
- een recente samenvatting van uw medische voorgeschiedenis;
- brieven van uw behandelend specialist(en);
- beeldvorming op cd en de verslagen daarvan;
- operatieverslagen, indien u geopereerd bent;
- een MRSA-uitslag, indien u in een buitenlands ziekenhuis bent opgenomen of behandeld.

Met vriendelijke groet,
Secretariaat Handkliniek Zuid-Holland
""")


# ---------------------------------------------------------------------------
@doc("vf-052", "txt", dict(
    kinds=["referral"], date="2026-07-07", author="gp", language="nl",
    style="secure-mail (ZorgMail) referral from GP with labelled lines, signature with AGB",
    referral_question=True, imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Birth date 07-07-1958 has the same day and month as the send date; earlier fasciectomy 2021; "
          "'Bijlage' letter mentioned; no recent treatments section (referral only)."))
def _(path):
    write_text(path, """
Van:        huisartsenpraktijk-kijkduin@zorgmail.nl
Aan:        verwijzingen@handkliniek-zh.zorgmail.nl
Datum:      di 07-07-2026 12:31
Onderwerp:  Verwijzing second opinion - dhr. T. Bosman, 07-07-1958
Bijlage:    brief_plastchir_2021.pdf

Beveiligd bericht via ZorgMail. Dit bericht is uitsluitend bestemd voor de geadresseerde.

Geachte collega,

Hierbij verwijs ik dhr. T. (Teun) Bosman, geb. 07-07-1958, Kijkduinsestraat 610, 2554 EJ Den Haag,
BSN 1633 70 214, verzekerd bij Zilverlinde.

Reden verwijzing: recidief M. Dupuytren rechterhand, D4 en D5.
Anamnese: in 2021 partiele fasciectomie D4-D5 re (dr. Van der Kolk, plastisch chirurg, Ziekenhuis
Haaglanden-Zuid). Sinds een jaar opnieuw strengvorming, nu extensiedeficit PIP 5 ca. 45 graden en
MCP 4 30 graden; tafeltest positief. Hij werkt als timmerman en heeft veel last bij het vastpakken
van gereedschap.
Ter plaatse heeft men hem een herhalingsoperatie voorgesteld, maar hij heeft gelezen over
naaldfasciotomie en collagenase en wil graag weten welke opties er zijn.
Vraagstelling: second opinion - welke behandeling is bij dit recidief het meest geschikt
(re-fasciectomie, dermofasciectomie of een minder invasieve methode)?
Medicatie: geen. Allergie: geen.

Bijgevoegd de operatiebrief van 2021.

Met vriendelijke groet,

drs. J.W. Hoogendoorn, huisarts
Huisartsenpraktijk Kijkduin, Deltaplein 7, 2554 EG Den Haag
tel. 070-555 31 90 | AGB 01-082217
""")


# ---------------------------------------------------------------------------
@doc("vf-053", "txt", dict(
    kinds=["mrsa-screening"], date="2026-08-25", also_dates=["2026-08-21"], author="lab", language="nl",
    style="lab result imported into the HIS (MEDLAB message printout) with test codes",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="MRSA result from a GP lab as a HIS import text; clinical information mentions admission in a "
          "hospital in Benidorm (Spain); sampling and result dates differ."))
def _(path):
    write_text(path, """
*** LABUITSLAG - ontvangen via MEDLAB 25-08-2026 16:02 ***
Laboratorium : Stichting Huisartsenlaboratorium Holland-Noord (SHLHN), afd. Medische Microbiologie
Aanvrager    : M.C. de Boer-Ligthart, huisarts, Praktijk Westerkogge, Hoorn   AGB 01-061455
Patient      : Koopman, H.J. (m)   geb. 11-11-1950   BSN 1907 62 311
Ordernr.     : 2608-21-00457       Afname: 21-08-2026 09:41    Rapport: 25-08-2026
Klin. info   : opname ziekenhuis Benidorm (Spanje) 12-07 t/m 20-07-2026 (pneumonie);
               screening voor verwijzing handchirurgie (Dupuytren).

Code    Omschrijving                         Materiaal        Uitslag                   Status
------  -----------------------------------  ---------------  ------------------------  ------
MRSAN   MRSA kweek (screening)               neus             MRSA niet aangetoond      def
MRSAK   MRSA kweek (screening)               keel             MRSA niet aangetoond      def
MRSAP   MRSA kweek (screening)               perineum         MRSA niet aangetoond      def
MRSAPC  MRSA PCR (screening, pool)           neus/keel/per.   negatief                  def

Commentaar lab:
 Geen MRSA aangetoond. Conform WIP-richtlijn geldt patient op basis van deze screening als
 niet-drager. Let op: bij antibioticagebruik tijdens afname kan de gevoeligheid verlaagd zijn.

Geautoriseerd: dr. P. Roodbol, arts-microbioloog   25-08-2026 15:47
*** einde bericht ***
""")


# ---------------------------------------------------------------------------
@doc("vf-054", "txt", dict(
    kinds=[], date="2026-03-02", author="lab", language="en",
    style="UK GP practice test-results printout (blood tests plus a wound swab), comments by GP",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Other lab results; the finger wound swab grows meticillin-sensitive S. aureus (MSSA) - this is "
          "not an MRSA screening; practice printout, filed by GP."))
def _(path):
    write_text(path, """
ABBEY MEAD MEDICAL PRACTICE - Test Results                         Printed: 04-Mar-2026 11:02
Patient: Mr Daniel VAN DER LINDEN   DOB: 08-Aug-1979   NHS No: 552 901 3384
--------------------------------------------------------------------------------------------
Sample taken: 02-Mar-2026     Reported: 02-Mar-2026 (bloods) / 04-Mar-2026 (micro)
Requested by: Dr J. Patel     Clinical details: swollen painful R index finger, ?paronychia, ?gout

HAEMATOLOGY
  Haemoglobin            148 g/L        (130 - 170)
  White cell count       11.2 x10^9/L   (4.0 - 11.0)   H
  Platelets              301 x10^9/L    (150 - 410)
  ESR                    22 mm/hr       (1 - 15)       H

BIOCHEMISTRY
  CRP                    34 mg/L        (< 5)          H
  Urate                  0.39 mmol/L    (0.20 - 0.42)
  eGFR                   > 90 mL/min
  HbA1c                  38 mmol/mol    (20 - 41)

MICROBIOLOGY - wound swab, right index finger (paronychia)
  Culture: Staphylococcus aureus - heavy growth
  Sensitivities: flucloxacillin S, clarithromycin S, doxycycline S, meticillin S (MSSA)
  Comment: MSSA. Treat if clinically indicated.

GP comments: Abnormal, but expected. Flucloxacillin already started 02/03. No further action. (JP)
--------------------------------------------------------------------------------------------
Page 1 of 1
""")


# ---------------------------------------------------------------------------
@doc("vf-055", "txt", dict(
    kinds=["imaging-report"], date="2026-06-15", author="radiologist", language="en",
    style="plain-text radiology report from a Maltese hospital, upper-case field labels",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Hospital radiology abroad (Malta) after an ED visit by a Dutch tourist; 'orthopaedic opinion "
          "advised' is advice; report exported as text."))
def _(path):
    write_text(path, """
SLIEMA GENERAL HOSPITAL - DEPARTMENT OF MEDICAL IMAGING
Triq il-Kbira, Sliema SLM 1550, Malta  |  +356 2155 0000

PATIENT:        WOLTERS, Jesse
DOB:            23/01/2002
ID/PASSPORT:    NLD NX90LP772
REFERRER:       Dr M. Camilleri, Emergency Department
EXAMINATION:    X-RAY RIGHT HAND (3 VIEWS)
EXAM DATE:      15/06/2026 02:17
REPORT DATE:    15/06/2026

CLINICAL HISTORY:
Punched a wall. Swelling and tenderness over the 5th metacarpal. ?fracture

FINDINGS:
There is a transverse fracture of the neck of the fifth metacarpal with approximately 35 degrees of
volar angulation of the distal fragment. No intra-articular extension. No rotational deformity can be
assessed radiographically. The remaining metacarpals and phalanges are intact. Carpal alignment is
normal. Soft tissue swelling over the ulnar border of the hand.

IMPRESSION:
Fracture of the neck of the right 5th metacarpal ("boxer's fracture") with 35 degrees volar angulation.
Orthopaedic opinion advised.

Reported by: Dr Rebecca Azzopardi MD FRCR, Consultant Radiologist
Verified electronically 15/06/2026 08:40
""")


# ---------------------------------------------------------------------------
@doc("vf-056", "txt", dict(
    kinds=["referral", "history"], date="2026-01-26", author="gp", language="nl",
    style="ZorgDomein referral exported as plain text (labels with colons), 'Behandeling' product",
    referral_question=False, imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="Referral for treatment only: 'Vraagstelling: -' and a request to operate -> no question; carries "
          "'Relevante voorgeschiedenis' and 'Recente behandelingen' (history); excision is a plan."))
def _(path):
    write_text(path, """
ZorgDomein - Verwijzing                                          ZD-nummer: 7410 2283 991
Product:            Behandeling handchirurgie - ganglion
Ontvanger:          Handkliniek Noord, Hanzeplein 70, 9713 GZ Groningen
Verwijsdatum:       26-01-2026
Urgentie:           Regulier

Patiënt:            mw. R. Hazelaar
Geboortedatum:      01-01-2000
BSN:                2514 97 020
Adres:              Oosterhamrikkade 55-a, 9714 BC Groningen
Telefoon:           06-1822 7743
Verzekeraar:        Zilverlinde Zorgverzekeringen

Verwijzer:          J. Dijkhuizen, huisarts, Huisartsenpraktijk De Hoogte, Groningen  AGB 01-097731

Reden van verwijzing:
Verzoek tot operatieve verwijdering van een ganglion aan de dorsale zijde van de linkerpols.
Patiënte is studente (viool) en heeft hier al anderhalf jaar last van; zij wil dat het ganglion
verwijderd wordt.

Vraagstelling:
-

Relevante voorgeschiedenis:
- 2015 astma, sinds 2019 klachtenvrij
- 2024 ganglion pols links (ICPC L87.02)

Recente behandelingen:
- 09-2025 aspiratie ganglion door huisarts: recidief na 4 weken
- 11-2025 echo pols links (Radiologie Zernike): ganglion 14 mm, uitgaand van SL-interval
- 12-2025 polsbrace, 6 weken: geen effect

Medicatie:          geen
Allergieën:         geen bekend
Episodelijst:       L87.02 Ganglion pols li (2024); R96 Astma (2015, inactief)

Bijlagen:           geen
""")


# ---------------------------------------------------------------------------
@doc("vf-057", "txt", dict(
    kinds=[], date="2026-03-11", author="other", language="en",
    style="cover e-mail from a UK hospital medical secretary with enclosures and NHS disclaimer",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Cover note only: it announces the clinic letter and operation note as attachments (mentions), is "
          "not a letter from a specialist; says the patient had surgery at this UK trust; refers to images "
          "of 'his ultrasound scan' (imaging done)."))
def _(path):
    write_text(path, """
From: HARROW, Linda (CALDER VALLEY TEACHING HOSPITALS NHS FOUNDATION TRUST) <linda.harrow@nhs.net>
Sent: Wednesday, March 11, 2026 10:14 AM
To: secretariaat@handkliniek-oost.example.nl
Cc: joost.hendriks@example.com
Subject: Mr J Hendriks DOB 03/03/1988 - correspondence
Attachments: Clinic letter 02.03.2026.pdf; Op note 14.01.2026.pdf

Dear Sir/Madam,

Further to Mr Hendriks' request, please find enclosed the clinic letter dated 2 March 2026 and the
operation note from his surgery at Calder Royal Infirmary on 14 January 2026 (flexor tendon repair,
right ring finger), under the care of Mr R. Ashworth, Consultant Plastic & Hand Surgeon.

Images from his ultrasound scan can be requested via our Radiology Department (image transfer via
IEP is not available for overseas providers; we can send a CD on request).

Kind regards

Linda Harrow
Medical Secretary to Mr R. Ashworth
Plastic Surgery & Hand Unit | Calder Royal Infirmary
Tel: 01422 555 631

********************************************************************************************
This message may contain confidential information. If you are not the intended recipient please
inform the sender that you have received the message in error before deleting it.
NHSmail is the secure email and directory service available for all NHS staff.
********************************************************************************************
""")


# ---------------------------------------------------------------------------
@doc("vf-058", "txt", dict(
    kinds=["correspondence"], date="2026-09-30", author="specialist", language="de",
    style="Swiss hospital Arztbrief exported as text (KIS), Swiss spelling with 'ss', Diagnosen/Procedere",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Swiss hospital (outside NL) follow-up letter after arthroscopic TFCC refixation performed there; "
          "date line 'Biel, 30. September 2026'."))
def _(path):
    write_text(path, """
Kantonsspital Seeland-Jura
Klinik für Handchirurgie
Chefarzt PD Dr. med. R. Zbinden
Spitalstrasse 21, 2502 Biel/Bienne, Schweiz
Tel. +41 32 555 20 00

                                                   Biel, 30. September 2026
                                                   Unser Zeichen: RZ/mk

Frau Dr. med. N. van Houten
Huisartsenpraktijk Lombok
Kanaalstraat 140
3531 CT Utrecht
Niederlande

Sprechstundenbericht vom 29.09.2026
Patientin: Frau Mirjam de Haan, geb. 14.05.1992, Utrecht (NL)

Sehr geehrte Frau Kollegin

Wir berichten über die ambulante Verlaufskontrolle Ihrer Patientin.

Diagnosen
- Status nach arthroskopisch assistierter transossärer Refixation des TFCC (foveale Läsion, Palmer 1B)
  am Handgelenk links am 14.08.2026
- Instabilität des distalen Radioulnargelenks links nach Sturz beim Klettern (06/2026)

Verlauf / Befunde
Die Patientin ist Doktorandin an der Universität Bern und lebt teilweise in der Schweiz. Sechs
Wochen postoperativ wurde die Oberarmschiene auf eine Unterarmorthese gewechselt. Heute, 7 Wochen
postoperativ, ist die Wunde reizlos verheilt. DRUG stabil im Seitenvergleich. Pro-/Supination
70-0-60 Grad. Kein Druckschmerz foveal. Das präoperative MRI (Arthro-MRI vom 02.07.2026) hatte eine
foveale Ablösung des TFCC gezeigt; die heutige Röntgenkontrolle zeigt regelrechte Verhältnisse ohne
Lockerung des Ankers.

Procedere
Beginn mit Kräftigung unter ergotherapeutischer Anleitung. Frau de Haan kehrt Ende Oktober dauerhaft
in die Niederlande zurück; die weitere Nachbehandlung soll dort erfolgen. Wir bitten um Organisation
einer handchirurgischen Verlaufskontrolle in ca. 6 Wochen. Sport mit Belastung des Handgelenks
frühestens nach 4 Monaten.

Freundliche Grüsse

PD Dr. med. R. Zbinden, Chefarzt
Dr. med. L. Ammann, Assistenzärztin
""")


# ---------------------------------------------------------------------------
@doc("vf-059", "txt", dict(
    kinds=["referral"], date="2026-11-03", author="gp", language="de",
    style="German GP (Hausarzt) referral letter as text, Fragestellung line, cross-border patient",
    referral_question=True, imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="German GP refers a Dutch patient living in Germany to a Dutch clinic; operation in a German "
          "hospital (care outside NL); birth date 04.11.1962 one day after the letter date."))
def _(path):
    write_text(path, """
Dr. med. Jörg Tenhaeff
Facharzt für Allgemeinmedizin
Große Straße 12 · 47559 Kranenburg · Tel. 02826 555 70 · BSNR 38 771 4400

An die
Handkliniek Oost-Nederland
- Zweitmeinung / second opinion -
Postbus 470
7400 AL Deventer
Niederlande

Kranenburg, den 03.11.2026

Überweisung zur Zweitmeinung
Patient: Herr Willem (Wim) Arts, geb. 04.11.1962, Bahnhofstraße 9, 47559 Kranenburg
Versicherung: BKK Grenzland (EHIC vorhanden)

Sehr geehrte Kolleginnen und Kollegen,

ich überweise Ihnen Herrn Arts, niederländischer Staatsbürger mit Wohnsitz in Kranenburg, mit der
Bitte um eine Zweitmeinung.

Bei Herrn Arts besteht ein Morbus Dupuytren der rechten Hand. Im Juni 2025 erfolgte im
St.-Agatha-Krankenhaus Kleve eine partielle Fasziektomie D5 rechts. Seit Frühjahr 2026 zeigt sich
erneut ein Beugekontrakturstrang D5 (PIP ca. 40 Grad) sowie ein neuer Knoten D4. Die Klinik in
Kleve hat eine Dermatofasziektomie mit Vollhauttransplantat empfohlen. Der Patient ist unsicher und
wünscht ausdrücklich eine Beurteilung in den Niederlanden, wo auch seine Familie lebt.

Fragestellung: Ist eine erneute Operation (Dermatofasziektomie) indiziert, oder kommen
weniger invasive Verfahren (Nadelfasziotomie) in Betracht?

Weitere Diagnosen: Diabetes mellitus Typ 2 (Metformin), arterielle Hypertonie (Ramipril 5 mg).
Allergien: keine bekannt.

Den OP-Bericht aus Kleve hat der Patient in Kopie.

Mit freundlichen kollegialen Grüßen

Dr. med. J. Tenhaeff
""")


# ---------------------------------------------------------------------------
@doc("vf-060", "txt", dict(
    kinds=["history"], date="2025-12-15", author="gp", language="en",
    style="UK GP clinical system patient summary printout (problems, medication, investigations, consultations)",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="UK GP summary of a patient who moves to the Netherlands; trigger finger release in a UK hospital "
          "(treated abroad from the Dutch point of view); DOB 16-Dec-1950 one day after the print date; "
          "hysterectomy is another body part."))
def _(path):
    write_text(path, """
ABBEYFIELD SURGERY                                   PATIENT SUMMARY
St Dunstan's Street, Canterbury CT2 8BZ              Printed 15-Dec-2025 by Dr P. Greenhalgh
=======================================================================================
Name:    Mrs Ingeborg LAWSON-KRAMER      DOB: 16-Dec-1950 (74y)     Sex: F
NHS No:  943 118 2706                    Usual GP: Dr P. Greenhalgh
Address: 7 Oaten Hill Place, Canterbury CT1 3HT
Reason for printout: patient relocating to the Netherlands (Nijmegen) - copy for new GP / hand clinic

ACTIVE PROBLEMS
  12-Oct-2025   Osteoarthritis of first carpometacarpal joint, both hands (R>L)
  04-Mar-2023   Trigger finger, right ring finger - released 19-Jun-2023
  2011          Hypothyroidism
  2009          Essential hypertension

SIGNIFICANT PAST PROBLEMS
  1998          Total abdominal hysterectomy (fibroids)
  2016          Fracture of left ankle - conservative

OPERATIONS / PROCEDURES
  19-Jun-2023   Release of A1 pulley, right ring finger (East Kent Riverside Hospital, day case)
  1998          Total abdominal hysterectomy

INVESTIGATIONS (selected)
  10-Oct-2025   X-ray both hands: moderate CMC1 OA bilaterally, R>L; no erosions
  10-Oct-2025   TSH 2.1 mU/L; eGFR 74
  22-Feb-2023   Ultrasound R ring finger: thickened A1 pulley, tenosynovitis

REPEAT MEDICATION
  Levothyroxine 100 micrograms tablets      one daily
  Amlodipine 5 mg tablets                   one daily
  Paracetamol 500 mg tablets                two up to four times daily when required

ALLERGIES
  Codeine - nausea and vomiting

RECENT CONSULTATIONS
  12-Oct-2025  Dr P. Greenhalgh   Hands: painful thumb bases, difficulty opening jars. X-ray shows CMC OA.
                                  Splints and hand therapy referral. Steroid injection R CMC1 given
                                  28-Oct-2025 - 50% improvement.
  01-Dec-2025  Dr P. Greenhalgh   Moving to NL in January. Would like surgical opinion there re R thumb.
                                  Summary printed for her new practitioners.
=======================================================================================
END OF SUMMARY                                                          Page 1 of 1
""")


# ---------------------------------------------------------------------------
@doc("vf-061", "txt", dict(
    kinds=["history"], date="2025-03-04", author="gp", language="nl",
    style="short GP summary letter typed as text ('Samenvatting t.b.v. verwijzing'), old date",
    imaging_done="no", operated="no", treated_abroad="unmentioned",
    notes="History letter dated March 2025 (older than six months for a 2026 intake); 'nog geen beeldvorming "
          "verricht' and 'niet geopereerd'; EMG only planned."))
def _(path):
    write_text(path, """
Huisartsenpraktijk Maas & Waal
H.A. Verstegen, huisarts
Hoogstraat 30, 6651 BN Druten
tel. 0487-555 120

Druten, 04-03-2025

SAMENVATTING T.B.V. VERWIJZING

Patiënt : dhr. H.J. Brouwers
Geb.    : 30-07-1949
Adres   : Molenstraat 5, 6651 CA Druten

Actuele problemen
- Dupuytrenstrengen beide handpalmen (sinds 2019), geen contracturen; tafeltest negatief.
- Paresthesieën D1-D3 links sinds 2024, verdenking carpaletunnelsyndroom; EMG nog aan te vragen.
- Atriumfibrilleren (2017), antistolling.
- COPD GOLD 2.

Voorgeschiedenis
- 1987 liesbreukoperatie rechts
- 2017 cardioversie
- Patiënt is niet geopereerd aan de handen.

Recente behandelingen
- 11-2024 nachtspalk links, gedeeltelijk effect.
- Er is nog geen beeldvorming verricht.

Medicatie
- apixaban 5 mg 2dd1
- metoprolol 50 mg 1dd1
- tiotropium inhalatie 1dd

Allergieën: geen.

H.A. Verstegen, huisarts
""")


# ---------------------------------------------------------------------------
@doc("vf-062", "txt", dict(
    kinds=[], date="2026-10-28", author="other", language="de",
    style="German appointment confirmation e-mail (Terminbestätigung) from a radiology practice",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Appointment for a future MRI abroad: no imaging done yet and no care abroad yet; asks to bring "
          "the referral and previous reports (mentions)."))
def _(path):
    write_text(path, """
Von: Radiologie im Dreiländereck MVZ <termine@radiologie-dreilaendereck.example.de>
An: t.claessens@example.nl
Datum: Mi., 28. Okt. 2026 um 15:40
Betreff: Ihre Terminbestätigung - MRT Handgelenk rechts

Sehr geehrte Frau Claessens,

hiermit bestätigen wir Ihren Termin:

  Untersuchung:  MRT Handgelenk rechts (ohne Kontrastmittel)
  Datum/Uhrzeit: Donnerstag, 12.11.2026, 07:45 Uhr
  Ort:           Radiologie im Dreiländereck MVZ, Monheimsallee 41, 52062 Aachen, Ebene 2
  Geburtsdatum:  29.10.1983

Bitte bringen Sie mit:
  - die Überweisung bzw. den Anforderungsschein Ihres Arztes
  - Vorbefunde und Voraufnahmen (CD), falls vorhanden
  - Ihre Europäische Krankenversicherungskarte (EHIC) oder eine Kostenübernahmeerklärung

Bitte legen Sie vor der Untersuchung alle Metallgegenstände ab. Bei Herzschrittmacher, Implantaten
oder Schwangerschaft informieren Sie uns bitte vorab telefonisch unter +49 241 555 980.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Mit freundlichen Grüßen
Ihr Praxisteam
Radiologie im Dreiländereck MVZ
""")


# ---------------------------------------------------------------------------
@doc("vf-063", "txt", dict(
    kinds=["referral"], date="2026-02-09", author="gp", language="nl",
    style="Belgian (Flemish) GP referral letter as text: 'Geachte confrater', '°' birth date, RX/NMR",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Belgian GP refers a patient living in Genk to a Dutch clinic; consultation and imaging in a Belgian "
          "hospital (care outside NL); 'geen heelkundige ingreep'; NMR = MRI."))
def _(path):
    write_text(path, """
Dr. Katrien Peeters
Huisarts - Groepspraktijk De Linde
Kempische Steenweg 190, 3500 Hasselt
tel. +32 11 55 42 10 - RIZIV 1-85512-34-004

Hasselt, 9 februari 2026

Aan de dienst handchirurgie
Handkliniek Limburg-Noord
Nijmeegseweg 60, 5916 PT Venlo (NL)

Betreft: Mevrouw Els JANSSENS-ROIJAKKERS, °03/04/1979, wonende Weg naar As 88, 3600 Genk

Geachte confrater,

Graag verwijs ik mevrouw Janssens voor een tweede advies omtrent haar linkerpols.

Patiënte, rechtshandig, kapster, heeft sinds ongeveer een jaar pijn centraal-dorsaal in de linkerpols
met krachtverlies. Ze werd gezien op de raadpleging orthopedie van het AZ Heidekant (Genk), waar een
RX pols en een NMR werden uitgevoerd. Het besluit luidde ziekte van Kienböck stadium II (Lichtman),
ulna-min variant. Men stelde een radiusverkortingsosteotomie voor. Tot op heden werd geen
heelkundige ingreep uitgevoerd; ze draagt een polsspalk.

Patiënte werkt graag met collega's in Nederland samen (haar moeder woont in Maastricht) en wenst
een tweede mening vooraleer ze een ingreep laat uitvoeren.

Vraag: graag uw advies omtrent de behandelingsmogelijkheden. Is een radiusverkorting in dit stadium
de aangewezen ingreep, of zijn er alternatieven?

Medicatie: ibuprofen 400 mg zo nodig. Allergieën: geen gekend.
Antecedenten: sectio caesarea 2008, migraine.

Met collegiale groeten,

Dr. K. Peeters
""")


# ---------------------------------------------------------------------------
@doc("vf-064", "txt", dict(
    kinds=[], author="other", language="en",
    style="UK hospital hand therapy discharge summary as text, undated (only session dates)",
    imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="Hand therapy department of a UK hospital: not specialist correspondence; no document date, only "
          "session dates; says the tendon repair was done at that hospital (care abroad)."))
def _(path):
    write_text(path, """
HAND THERAPY DEPARTMENT - DISCHARGE SUMMARY
Calder Royal Infirmary, Calder Valley Teaching Hospitals NHS Foundation Trust

Patient:      Ms Chloe BRANDSMA
DOB:          11/11/1996
Hosp No:      CR7702915
Consultant:   Mr R. Ashworth, Consultant Plastic & Hand Surgeon
Therapist:    Gemma Stott, Clinical Specialist Hand Therapist (HCPC OT61244)

Diagnosis:    Zone II flexor tendon repair (FDP + FDS), right middle finger, 12/01/2026
              (surgery at Calder Royal Infirmary)
Sessions:     16/01/2026 - 19/05/2026, 21 sessions attended, 2 DNA

Treatment:
  - Dorsal blocking splint, early active motion protocol (Saint John)
  - Scar management, oedema control
  - Graded strengthening from week 8; return to keyboard work week 10

Outcome at last session (19/05/2026):
  TAM right middle finger 225 degrees (Strickland: good)
  Grip (Jamar II): R 28 kg / L 34 kg
  QuickDASH 11.4
  Residual PIP extension lag 10 degrees

Plan:
  Discharged from hand therapy. Patient returning to the Netherlands in June. Home programme given.
  No further consultant follow-up arranged at this hospital; patient advised to contact a hand
  therapist in NL if the extension lag increases.

G. Stott
""")
