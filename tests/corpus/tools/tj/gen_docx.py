"""python-docx documents. DOCX kept as .docx: tj-004 009 013 016 019 022 025 032 036 042 045 048 051 054 058 060.
Converted to PDF with LibreOffice (see build_all.sh): tj-006 012 020 021 034 039 049 055 057 063 (docx in ../build)."""
import os
from dx import *
from common import out, label, BUILD

LO = {"tj-006", "tj-012", "tj-020", "tj-021", "tj-034", "tj-039", "tj-049", "tj-055", "tj-057", "tj-063"}


def save(d, st):
    if st in LO:
        d.save(os.path.join(BUILD, st + ".docx"))
    else:
        d.save(out(st, "docx"))


def hdr_table(doc, left, right, widths=(95, 75), size=8, bold_first=True):
    hd = doc.sections[0].header
    hd.paragraphs[0].text = ""
    t = hd.add_table(rows=1, cols=2, width=Mm(sum(widths)))
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
    for i, (cell, txt) in enumerate(zip(t.rows[0].cells, (left, right))):
        cell.width = Mm(widths[i])
        for j, ln in enumerate(txt.split("\n")):
            par = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            r = par.add_run(ln); r.font.size = Pt(size + (3 if (bold_first and j == 0) else 0)); r.bold = bold_first and j == 0
            par.paragraph_format.space_after = Pt(0)
            if i == 1:
                par.alignment = R
    return t


# ------------------------------------------------------------------ tj-004 polikliniekbrief orthopedie
def tj004():
    st = "tj-004"
    d = new("Arial", 10)
    hdr_table(d, "Lingestroom Ziekenhuis\nOrthopedie & Traumatologie\nPolikliniek 1.14",
              "Prof. Dr. Zernikelaan 3\n4101 DX Culemborg\nT 0345 47 70 00\nwww.lingestroom.example.nl")
    page_footer(d, "Lingestroom Ziekenhuis - Orthopedie - brief aan huisarts")
    p(d, "")
    p(d, "Huisartsenpraktijk Tiel-West\nt.a.v. mw. K.E. van Maanen, huisarts\nBurgemeester Meslaan 44\n4003 CB Tiel")
    p(d, "")
    table(d, [["Datum", "22 januari 2026"], ["Ons kenmerk", "ORT/AB/HW/26-0033"],
              ["Betreft", "Dhr. D.J. (Dirk-Jan) Molenaar, geboren 14-08-1981, patiëntnummer 6604182"],
              ["Polibezoek", "20 januari 2026"]], [35, 130], style=None, size=9)
    p(d, "")
    p(d, "Geachte collega,")
    p(d, "Op 20 januari zagen wij uw patiënt op ons spreekuur in verband met pijn aan de rechterpols.")
    for h, t in [
        ("Anamnese", "44-jarige, rechtshandige stratenmaker. Sinds ruim een jaar diepe, zeurende pijn in het midden van de "
                     "rechterpols, toenemend bij belasten en 's nachts. Geen trauma herinnerd. Nooit eerder klachten of "
                     "behandeling van deze pols. Roken 15 sig/dag."),
        ("Lichamelijk onderzoek", "Pols rechts: lichte dorsale zwelling over het lunatum, drukpijn dorsaal centraal. "
                                  "Extensie 40°, flexie 35° (links 70/75). Knijpkracht verminderd. Geen sensibele stoornissen."),
        ("Aanvullend onderzoek", "Röntgenfoto pols rechts in twee richtingen en gerichte carpusopnamen (20-01-2026): "
                                 "sclerose en fragmentatie van het lunatum met geringe collaps, ulna-min variant van 2 mm. "
                                 "Stadium IIIA volgens Lichtman. Scafoïd normaal gepositioneerd."),
        ("Conclusie", "Ziekte van Kienböck rechts, stadium IIIA."),
        ("Beleid", "Wij hebben de aandoening en het natuurlijk beloop met patiënt besproken. Wij hebben hem een "
                   "radiusverkortingsosteotomie aangeboden. Patiënt is hier na uitgebreide uitleg (vooralsnog) niet mee akkoord "
                   "gegaan, mede vanwege de lange revalidatie en zijn werk als zelfstandige. Hij wil eerst een second opinion in "
                   "een gespecialiseerd centrum. Daarom geen MRI meer bij ons; die kan eventueel daar worden verricht. Wij hebben hem "
                   "een brace en pijnstilling geadviseerd en verzoeken u een verwijzing te regelen. Wij zien hem niet terug "
                   "tenzij hij daar zelf om vraagt."),
    ]:
        p(d, h, bold=True, space_after=0)
        p(d, t)
    p(d, "")
    p(d, "Met vriendelijke groet,")
    p(d, "")
    table(d, [["A. Bouzid\nAIOS orthopedie", "dr. H.M.J. Wijnands\northopedisch chirurg, supervisor"]], [80, 85],
          style=None, bold_labels=False)
    p(d, "")
    p(d, "Kopie: patiënt", size=8)
    save(d, st)
    label(st, ["correspondence"], "specialist", "nl", "HiX-like polikliniekbrief DOCX with header table and page-x-van-y footer",
          "yes", "unmentioned", "unmentioned",
          "Operation offered and declined ('aangeboden', 'niet mee akkoord'); MRI explicitly not done here but only X-ray; "
          "signed by AIOS plus supervisor side by side in a table; letter date vs visit date vs X-ray date",
          date="2026-01-22", also=["2026-01-20"])


# ------------------------------------------------------------------ tj-006 OK-verslag (LibreOffice -> PDF)
def tj006():
    st = "tj-006"
    d = new("Arial", 9.5)
    hdr_table(d, "Ziekenhuis Eemland-Zuid\nlocatie Baarn - Dagbehandeling\nOrthopedie", "OPERATIEVERSLAG\nvan Dam, S.A.W. (Sophie) - V\ngeb. 29-10-2001 - pnr 5501270")
    page_footer(d, "Ziekenhuis Eemland-Zuid - OK-verslag - afgedrukt 05-11-2025")
    p(d, "")
    rows = [["Patiënt", "S.A.W. van Dam", "Geboortedatum", "29-10-2001"],
            ["Datum operatie", "04-11-2025", "Locatie", "OK 3 dagbehandeling"],
            ["Operateur", "drs. K.P. Lamberts, orthopedisch chirurg", "Assistent", "dr. R. Koç, AIOS"],
            ["Anesthesie", "Regionaal (IVRA) - anesthesioloog M. de Haan", "ASA", "I"]]
    table(d, rows, [30, 55, 30, 55], size=9, label_cols=(0, 2), shade_labels="EEEEEE")
    p(d, "")
    rows2 = [["Pre-operatieve diagnose", "Volair ganglion pols links, recidief na aspiratie (2x), pijnlijk bij dorsaalflexie"],
             ["Indicatie", "Persisterende klachten en angst voor arteria radialis letsel bij nieuwe aspiratie; wens patiënte"],
             ["Ingreep", "Excisie volair ganglion pols links met ligatie van de steel (radioscafoïdaal)"],
             ["Verloop / beschrijving", "Bloedleegte bovenarm. Longitudinale incisie tussen FCR en a. radialis over 3 cm. Ganglion "
              "vrijgeprepareerd, nauw verkleefd aan de a. radialis, die met vessel loop werd afgeschermd. Steel vervolgd tot "
              "het radioscafoïdale kapsel, geligeerd en samen met een kapselvenster geëxcideerd. Arterie intact, goede pulsatie na "
              "opheffen bloedleegte. Hemostase. Huid intracutaan Monocryl 4-0. Steri-strips, drukverband, onderarmspalk."],
             ["Complicaties", "Geen"],
             ["Weefsel naar PA", "Ja (ganglion)"],
             ["Nabehandeling", "Spalk 1 week, daarna vrij bewegen. Wondcontrole bij huisarts dag 10. Poli over 6 weken met uitslag PA."]]
    table(d, rows2, [40, 130], size=9, shade_labels="EEEEEE")
    p(d, "")
    p(d, "Verslag: K.P. Lamberts, 04-11-2025 15:22 (elektronisch ondertekend)", size=8)
    save(d, st)
    label(st, ["operation-report"], "specialist", "nl", "OK-verslag form in Word tables, converted to PDF",
          "unmentioned", "yes", "unmentioned",
          "No salutation, form only; title only in page header; 4-column grid then label/value table with long wrapped "
          "'Verloop / beschrijving' cell; operation date vs print date in footer; earlier aspirations are not operations",
          date="2025-11-04")


# ------------------------------------------------------------------ tj-009 hand therapy letter
def tj009():
    st = "tj-009"
    d = new("Calibri", 10.5)
    header_text(d, ["Praktijk voor Hand- en Polsrevalidatie De Handreiking",
                    "Groenestraat 190  -  6531 HK Nijmegen  -  024 000 12 34  -  info@dehandreiking.example.nl"], size=8.5, bold_first=True)
    page_footer(d, "De Handreiking - gecertificeerde handtherapeuten (NVHT)", with_total=False)
    p(d, "")
    p(d, "Aan de huisarts\nmw. drs. F. Claassen\nHuisartsenpraktijk Dukenburg\nZwanenveld 90-14\n6538 SG Nijmegen")
    p(d, "")
    p(d, "Nijmegen, 12 februari 2026", align=R)
    p(d, "**Betreft:** mw. E. (Esra) Demir, geb. 05-05-1990 - tussenrapportage handtherapie")
    p(d, "")
    p(d, "Geachte mevrouw Claassen,")
    p(d, "Mevrouw Demir is sinds 25 november 2025 bij ons in behandeling na een primaire naad van de flexor pollicis longus links "
         "(zone T2), verricht op 18 november 2025 in het Maas-Waal Ziekenhuis na een snijletsel met een keukenmes. De "
         "nabehandeling volgt het protocol van de plastisch chirurg: dorsale blokkerende spalk 5 weken, actief vroeg bewegen.")
    p(d, "Huidige metingen (actief, in graden):")
    table(d, [["Gewricht", "30-12-2025", "10-02-2026", "Norm/rechts"],
              ["IP duim flexie", "15", "40", "75"], ["MCP duim flexie", "35", "50", "60"],
              ["Kapandji", "6", "8", "10"], ["Knijpkracht (Jamar, kg)", "niet getest (protocol)", "11", "24 (rechts)"]],
          [60, 35, 35, 35], header=True, bold_labels=False, size=9)
    p(d, "")
    p(d, "Er is sprake van adhesievorming met beperkte IP-flexie. Wij hebben dit afgestemd met de behandelend plastisch chirurg, "
         "die patiënte op 24 februari terugziet en met haar zal bespreken of een tenolyse zinvol is. Patiënte vraagt ons of "
         "zij daarnaast een second opinion mag aanvragen; wij hebben haar geadviseerd dit met u te bespreken.")
    p(d, "Wij continueren de behandeling 2x per week (nog 8 behandelingen binnen de huidige verwijzing).")
    p(d, "")
    p(d, "Met vriendelijke groet,")
    p(d, "")
    p(d, "Mirjam Peeters\nhandtherapeut/ergotherapeut, CHT-NL")
    save(d, st)
    label(st, [], "other", "nl", "hand therapist progress report DOCX (praktijkbriefpapier)",
          "unmentioned", "yes", "unmentioned",
          "Therapist letter about a hospital operation (tendon repair) - not specialist correspondence; tenolysis only "
          "discussed; second opinion question asked via the therapist; ROM table with dates as column heads",
          date="2026-02-12")


# ------------------------------------------------------------------ tj-012 Belgian operatieverslag (LO)
def tj012():
    st = "tj-012"
    d = new("Times New Roman", 11)
    header_text(d, ["AZ Scheldemeersen - campus Dendermonde",
                    "Dienst Plastische, Reconstructieve en Esthetische Heelkunde - Handchirurgie",
                    "Noordlaan 8, 9200 Dendermonde - tel. +32 52 00 45 00"], size=9, bold_first=True, align=C)
    page_footer(d, "Operatieverslag - Van Rooij Thijs", word="Blad", of="/")
    p(d, "")
    p(d, "OPERATIEVERSLAG", bold=True, size=14, align=C)
    table(d, [["Naam patiënt", "VAN ROOIJ Thijs", "Geboortedatum", "° 14/07/1972"],
              ["Adres", "Vestingwal 3, 4561 AT Hulst (Nederland)", "Verzekering", "buitenlandse patiënt - S1/EU"],
              ["Datum ingreep", "28/10/2025", "Zaal", "OK 6"],
              ["Chirurg", "dr. B. Goossens", "Assistent", "dr. E. Van Hecke (ASO)"],
              ["Anesthesist", "dr. P. Lambrecht", "Anesthesie", "plexus axillaris + sedatie"]],
          [32, 55, 32, 51], size=9.5, label_cols=(0, 2))
    p(d, "")
    p(d, "**Diagnose:** snijwonde palmair wijsvinger rechts ter hoogte van de grondfalanx (zone II) met doorsnijding van de "
         "diepe buigpees (FDP), partiële doorsnijding FDS en doorsnijding van de ulnaire digitale zenuw D2.")
    p(d, "**Uitgevoerde ingreep:** exploratie, herstel FDP met 4-strengs kernhechting (Adelaide) en epitendineuze loopsutuur, "
         "herstel FDS-slip, microchirurgisch herstel n. digitalis proprius ulnair D2 (9-0 Ethilon).")
    p(d, "**Verloop:** bloedleegte op de bovenarm. Bruner-incisies proximaal en distaal van de wonde. Proximale peesstomp "
         "opgehaald in de handpalm en via de A2-pulley teruggeleid. Spanningsvrije hechting; A4-pulley gespaard, A2 gedeeltelijk "
         "geventeerd. Zenuwhechting onder microscoop. Controle van de glijfunctie: vrij. Hemostase na opheffen bloedleegte, "
         "sluiten van de huid met Ethilon 5-0. Dorsale blokkerende spalk in pols 20° flexie, MCP 60°.")
    p(d, "**Complicaties:** geen.")
    p(d, "**Nazorg:** antibiotische profylaxe eenmalig. Start kinesitherapie/handtherapie volgens vroegtijdig actief "
         "mobilisatieprotocol vanaf dag 3-5. Aangezien de patiënt in Nederland woont, wordt de nazorg aldaar voortgezet; "
         "patiënt krijgt een kopie van dit verslag mee. Hechtingen verwijderen na 14 dagen. Controle raadpleging na 6 weken "
         "mogelijk.")
    p(d, "")
    p(d, "Dendermonde, 28/10/2025")
    p(d, "dr. B. Goossens, plastisch chirurg")
    save(d, st)
    label(st, ["operation-report"], "specialist", "nl", "Belgian (Flemish) operatieverslag in Word, converted to PDF",
          "unmentioned", "yes", "yes",
          "Flemish terms (snijwonde, ASO, kinesitherapie, raadpleging), ° birth date, dd/mm/yyyy; Dutch resident operated "
          "in a Belgian hospital = treated abroad; grid with label columns 0 and 2; 'Blad x / y' footer",
          date="2025-10-28")


# ------------------------------------------------------------------ tj-013 GP referral without a question
def tj013():
    st = "tj-013"
    d = new("Verdana", 9.5)
    header_text(d, ["Huisartsenpraktijk Het Baken", "L.M. Vos & S. Bulut, huisartsen  |  Stationslaan 61, 3841 AC Harderwijk  |  0341 00 20 20"],
                size=8, bold_first=True)
    p(d, "")
    p(d, "Aan: Handkliniek Amstelveld, polikliniek handchirurgie\nPostbus 9071\n1006 AB Amsterdam")
    p(d, "")
    p(d, "Harderwijk, 4 februari 2026", align=R)
    p(d, "VERWIJSBRIEF", bold=True, size=12)
    table(d, [["Naam", "dhr. G. (Gerrit) Hoekman"], ["Geboortedatum", "17-09-1967"], ["Adres", "Vondellaan 12, 3842 BH Harderwijk"],
              ["Verzekering", "Zorgverzekeraar Veluwe Zorg, nr. 330187452"], ["Urgentie", "normaal"]],
          [40, 120], style="Table Grid", size=9)
    p(d, "")
    p(d, "Geachte collega,")
    p(d, "Hierbij verwijs ik naar u dhr. Hoekman, 58 jaar, met een ziekte van Dupuytren van de rechterhand. Sinds ongeveer twee "
         "jaar een streng in de handpalm naar de ringvinger, inmiddels met een flexiecontractuur van het PIP-gewricht van ca. "
         "40 graden en het MCP van 30 graden. De tafeltest is positief. Hij kan zijn hand niet meer plat neerleggen en blijft "
         "haken achter zijn broekzak.")
    p(d, "Zijn vader had dezelfde aandoening en is er in de jaren negentig aan geopereerd. Patiënt zelf is niet eerder "
         "geopereerd of behandeld voor zijn handen. Er zijn geen foto's gemaakt; dat lijkt mij ook niet nodig.")
    p(d, "**Reden van verwijzing:** graag behandeling.")
    p(d, "**Medicatie:** amlodipine 5 mg 1dd, geen anticoagulantia.  **Allergieën:** geen.")
    p(d, "")
    p(d, "Met collegiale groet,")
    p(d, "")
    p(d, "L.M. Vos, huisarts (AGB 01-100234)")
    save(d, st)
    label(st, ["referral"], "gp", "nl", "free GP verwijsbrief DOCX with patient table",
          "no", "no", "unmentioned",
          "Referral 'for treatment' only ('graag behandeling') with no question or second-opinion request, so "
          "referral_question = false; father's operation is someone else; 'geen foto's gemaakt' and 'niet eerder geopereerd' negations",
          date="2026-02-04", rq=False)


# ------------------------------------------------------------------ tj-016 appointment letter MRI
def tj016():
    st = "tj-016"
    d = new("Segoe UI", 10)
    header_text(d, ["Meerzicht Ziekenhuis  -  Medische Beeldvorming", "Afsprakenbureau radiologie: 0299 45 70 70 (ma-vr 8.00-16.30 uur)"],
                size=8.5, bold_first=True)
    page_footer(d, "Meerzicht Ziekenhuis - Wormerplein 12 - 1442 CD Purmerend")
    p(d, "")
    p(d, "Mevrouw M.C. de Graaf\nKoemarkt 8\n1441 DB Purmerend")
    p(d, "")
    table(d, [["Datum", "18-03-2026"], ["Patiëntnummer", "0087 5512"], ["Geboortedatum", "27-08-1993"],
              ["Onderwerp", "Bevestiging afspraak"]], [35, 80], style=None, size=9)
    p(d, "")
    p(d, "Geachte mevrouw De Graaf,")
    p(d, "Op verzoek van uw behandelend arts, dr. S. Oudshoorn (orthopedie), hebben wij voor u de volgende afspraak gemaakt:")
    table(d, [["Onderzoek", "Datum", "Tijd", "Locatie"],
              ["MRI-arthrografie pols links (met contrastinjectie in het gewricht)", "dinsdag 14 april 2026", "19:20 uur (meld u 19:00)",
               "Route 21, MRI-unit 2, begane grond"]], [70, 35, 30, 35], header=True, bold_labels=False, size=9)
    p(d, "")
    p(d, "**Voorbereiding**")
    p(d, "- U hoeft niet nuchter te zijn.\n- Neem uw identiteitsbewijs en een actuele medicatielijst mee.\n"
         "- Vul de bijgevoegde MRI-veiligheidsvragenlijst thuis in. Hierin vragen wij onder meer of u metalen voorwerpen in uw "
         "lichaam heeft, zoals een pacemaker, vaatclips of plaatjes en schroeven van een eerdere operatie.\n"
         "- Draag bij voorkeur kleding zonder metalen knopen of ritsen.")
    p(d, "**Verhinderd?** Geef dit dan minimaal 24 uur van tevoren door. Bij niet-tijdig afmelden kunnen kosten in rekening "
         "worden gebracht.")
    p(d, "De uitslag van het onderzoek hoort u van uw behandelend arts.")
    p(d, "")
    p(d, "Met vriendelijke groet,\nAfsprakenbureau Medische Beeldvorming")
    p(d, "Bijlage: MRI-veiligheidsvragenlijst, routebeschrijving", size=8)
    save(d, st)
    label(st, [], "other", "nl", "hospital appointment confirmation letter DOCX with appointment table",
          "unmentioned", "unmentioned", "unmentioned",
          "Future imaging appointment (planned, not done); radiology letterhead and MRI words but not a report; generic "
          "metal/operation screening question is not a statement about this patient; addressed to the patient",
          date="2026-03-18")


# ------------------------------------------------------------------ tj-019 nurse practitioner outpatient letter
def tj019():
    st = "tj-019"
    d = new("Arial", 10)
    hdr_table(d, "Ziekenhuis Twente-Midden\nPlastische Chirurgie - Handcentrum", "Geerdinksweg 141\n7555 DL Hengelo\n074 000 50 50")
    page_footer(d, "ZTM Handcentrum")
    p(d, "")
    p(d, "Weledelgeleerde heer dr. B.J. ter Horst\nhuisarts\nGezondheidscentrum Tuindorp-Oost\nTuindorpstraat 2\n7555 CS Hengelo")
    p(d, "")
    table(d, [["Datum:", "27-01-2026"], ["Betreft:", "mw. A.G.M. Nijhuis-Oude Egberink, geb. 02-02-1958"], ["Ons kenmerk:", "PCH-VS/4418"]],
          [30, 120], style=None, size=9)
    p(d, "")
    p(d, "Beste collega,")
    p(d, "Uw patiënte kwam vandaag op mijn spreekuur voor de wondcontrole twee weken na haar operatie. Op 13 januari 2026 "
         "verrichtte dr. Brinkman bij haar een partiële fasciëctomie van de pink en ringvinger rechts wegens de ziekte van "
         "Dupuytren (PIP-contractuur D5 60°).")
    p(d, "**Bevindingen:** Wonden (Bruner-incisies) droog en gesloten, geen tekenen van infectie. Rond de PIP D5 een kleine "
         "huidnecrose van 3 mm, oppervlakkig. Sensibiliteit van de vingertoppen intact. Extensiedeficit PIP D5 nog 20°, "
         "flexie volledig.")
    p(d, "**Beleid:** hechtingen verwijderd. Start met handtherapie (nachtelijke extensiespalk D4-D5). Wondzorg via de "
         "thuiszorg tot het plekje dicht is. Controle bij dr. Brinkman over 6 weken.")
    p(d, "Patiënte gaf aan dat haar zus, die in Spanje woont, daar een naaldfasciotomie heeft gehad en vroeg of dat voor haar "
         "ook een optie was geweest. Ik heb de verschillen uitgelegd.")
    p(d, "")
    p(d, "Met vriendelijke groet,")
    p(d, "")
    p(d, "J. Scholten, MSc\nverpleegkundig specialist handchirurgie\nnamens dr. E.H. Brinkman, plastisch chirurg")
    p(d, "cc: patiënte", size=8)
    save(d, st)
    label(st, ["correspondence"], "specialist", "nl", "outpatient letter by a nurse practitioner (verpleegkundig specialist)",
          "unmentioned", "yes", "unmentioned",
          "Written by a nurse practitioner on behalf of the plastic surgeon: still a hospital-department letter "
          "(author mapped to specialist); sister's needle fasciotomy in Spain is another person abroad; 'Beste collega'",
          date="2026-01-27")


# ------------------------------------------------------------------ tj-020 undated GP summary (LO)
def tj020():
    st = "tj-020"
    d = new("Calibri", 10.5)
    header_text(d, ["Huisartsenpraktijk Pijnacker-Noord", "Oranjeplein 4, 2641 EZ Pijnacker  -  015 000 44 44"], size=8.5, bold_first=True)
    p(d, "MEDISCHE SAMENVATTING", bold=True, size=13)
    p(d, "ten behoeve van: specialist / second opinion", italic=True)
    table(d, [["Patiënt", "mw. C.J. (Carlijn) van der Wal"], ["Geboren", "12 december 1985"], ["Huisarts", "A.H. Bosman"],
              ["Adres", "Ruys de Beerenbrouckstraat 21, 2641 BK Pijnacker"]], [35, 125], style="Table Grid", size=9)
    p(d, "")
    p(d, "Huidig probleem", bold=True)
    p(d, "Chronische pijn ulnaire zijde pols links (niet-dominant) sinds een val op de pols in 2023. Wisselend beloop. "
         "Echo pols links in april 2025 (Ziekenhuis Delfland-Oost, afd. radiologie): tendinopathie ECU, geen "
         "ganglion. Fysiotherapie (12 behandelingen, 2025) en een injectie door de huisarts in de peesschede (09-2025) gaven "
         "tijdelijk verlichting. Patiënte wil een second opinion voordat zij met een orthopeed over verdere stappen praat.")
    p(d, "Voorgeschiedenis", bold=True)
    table(d, [["Jaar", "Omschrijving"],
              ["2004", "Ziekte van Pfeiffer"],
              ["2012", "Partus, vaginaal, ongecompliceerd"],
              ["2016", "Burn-out, begeleiding POH-GGZ"],
              ["2023", "Kneuzing pols links na val met scooter op vakantie in Thailand; daar op de eerste hulp van een "
                       "ziekenhuis in Chiang Mai gezien, foto zonder fractuur, 3 weken gips"],
              ["2025", "ECU-tendinopathie pols links (zie boven)"]], [20, 140], header=True, bold_labels=False, size=9)
    p(d, "")
    p(d, "Zij is nooit aan de pols of hand geopereerd.")
    p(d, "Medicatie", bold=True)
    p(d, "Naproxen 250 mg zo nodig; levonorgestrel-spiraal.")
    p(d, "Allergieën / intoleranties", bold=True)
    p(d, "Penicilline (huiduitslag, 2008).")
    p(d, "")
    p(d, "A.H. Bosman, huisarts")
    save(d, st)
    label(st, ["history"], "gp", "nl", "GP medische samenvatting in Word, converted to PDF, undated",
          "yes", "no", "yes",
          "NO date of its own (only birth and event years) so it cannot prove recency; ER visit in a hospital in Chiang Mai in 2023 = treated abroad (holiday plus care); history table "
          "with wrapped cell",
          )


# ------------------------------------------------------------------ tj-021 rheumatologist referral (LO)
def tj021():
    st = "tj-021"
    d = new("Arial", 9.5)
    hdr_table(d, "Ziekenhuis Kempen-Dommel\nReumatologie", "Dr. Schaepmanlaan 27\n5721 EB Asten\n0493 00 90 00", size=8)
    page_footer(d, "Reumatologie ZKD - consultaanvraag")
    p(d, "")
    p(d, "VERWIJZING / CONSULTAANVRAAG", bold=True, size=12)
    table(d, [["Aan", "Handkliniek Amstelveld, handchirurgie", "Datum", "9 feb. 2026"],
              ["Van", "dr. I.M. Heesakkers, reumatoloog", "Telefoon", "0493 00 90 42 (poli reuma)"],
              ["Patiënt", "mw. W. (Wilhelmina) Coolen-Rooijakkers", "Geb.", "03-04-1952"],
              ["BSN", "999 613 058", "Verzekeraar", "Zorgverzekeraar Brabant-Zuid"]],
          [20, 65, 25, 60], size=9, label_cols=(0, 2), shade_labels="E7EEF7")
    p(d, "")
    table(d, [["Diagnose", "Seropositieve reumatoïde artritis sinds 1998, erosief. Huidige DMARD: methotrexaat 20 mg/week + "
                           "adalimumab 40 mg/2 wk. Ziekteactiviteit laag (DAS28 2,9)."],
              ["Probleem", "Progressieve ulnaire deviatie MCP 2-5 rechts met subluxatie en extensorpeesluxatie; zij kan geen "
                           "kopje meer vasthouden. Zwelling dorsaal pols rechts: tenosynovitis extensoren, extensie D4-D5 zwakker "
                           "dan vorig jaar (dreigende peesruptuur?)."],
              ["Aanvullend onderzoek", "Röntgen handen/voeten 13-01-2026: erosies MCP 2, 3 en 5 rechts, ulnaire subluxatie. Echo "
                                       "pols rechts 27-01-2026: uitgebreide tenosynovitis compartiment 4, geen peesruptuur."],
              ["Vraagstelling", "Graag uw beoordeling: is er een indicatie voor een synovectomie van de extensorpezen ter preventie "
                                "van rupturen, en is zij kandidaat voor MCP-arthroplastiek (siliconen)? Zo ja, in welke volgorde?"],
              ["Perioperatief", "Adalimumab kan in overleg 1 gift worden overgeslagen rondom een eventuele ingreep; MTX doorgebruiken."],
              ["Voorgeschiedenis", "Totale heupprothese rechts 2019, cataract 2021, osteoporose."]],
          [38, 132], size=9, shade_labels="E7EEF7")
    p(d, "")
    p(d, "Met vriendelijke groet,")
    p(d, "dr. I.M. Heesakkers, reumatoloog")
    p(d, "Kopie: huisarts P. van Asten, Someren; patiënte", size=8)
    save(d, st)
    label(st, ["referral", "correspondence"], "specialist", "nl", "rheumatologist consultation request form (Word tables) converted to PDF",
          "yes", "unmentioned", "unmentioned",
          "Referral written by a treating rheumatologist (also specialist correspondence); question in a wrapped table "
          "cell; surgery only asked about and 'eventuele ingreep'; hip prosthesis is another body part; date '9 feb. 2026' "
          "in the 4-column grid",
          date="2026-02-09", rq=True)


# ------------------------------------------------------------------ tj-022 consent form naming foreign hospital
def tj022():
    st = "tj-022"
    d = new("Arial", 10)
    header_text(d, ["Handkliniek Amstelveld", "Formulier HKA-MACH-02"], size=8, bold_first=True, align=R)
    p(d, "MACHTIGING opvragen medische gegevens", bold=True, size=13)
    p(d, "Hierbij geef ik toestemming aan de Handkliniek Amstelveld om namens mij medische gegevens op te vragen bij de "
         "hieronder genoemde zorgverleners, ten behoeve van mijn second opinion.")
    table(d, [["Naam", "Ilse Wiersma"], ["Geboortedatum", "06-06-1968"], ["Adres", "Tuinstraat 5, 9711 VD Groningen"],
              ["Telefoon", "06 12 34 56 78"]], [40, 120], size=9)
    p(d, "")
    p(d, "Op te vragen bij:", bold=True)
    table(d, [["Zorgverlener", "Land / plaats", "Periode / behandeling", "Gegevens"],
              ["Alpenland-Klinik Garmisch-Partenkirchen, Unfallchirurgie", "Duitsland, Garmisch-Partenkirchen",
               "februari 2026, na ski-ongeval; opgenomen 2 nachten, pols geopereerd (plaat)", "[X] brieven  [X] OK-verslag  [X] röntgenfoto's/CT op CD"],
              ["Huisartsenpraktijk Oosterpoort, Groningen", "Nederland", "algemeen", "[X] samenvatting  [ ] journaal"],
              ["Martini Oost Fysiotherapie", "Nederland", "maart 2026 - heden", "[ ] verslag"]],
          [45, 35, 50, 40], header=True, bold_labels=False, size=8.5)
    p(d, "")
    p(d, "Ik ben ervan op de hoogte dat ik deze toestemming op ieder moment kan intrekken.")
    p(d, "")
    table(d, [["Plaats", "Groningen", "Datum", "09-03-2026"], ["Handtekening", "(getekend) I. Wiersma", "", ""]],
          [30, 55, 25, 50], style=None, size=9, label_cols=(0, 2))
    save(d, st)
    label(st, [], "patient", "nl", "consent/authorisation form (machtiging) DOCX with institution table",
          "unmentioned", "yes", "yes",
          "Form signed by the patient naming a German hospital with admission and wrist plate surgery in a wrapped table "
          "cell; tick boxes '[X] OK-verslag' and 'röntgenfoto's/CT op CD' list documents to request (not proof that imaging "
          "happened, so imaging left unmentioned); Dutch GP and physio rows",
          date="2026-03-09")


# ------------------------------------------------------------------ tj-025 insurer letter
def tj025():
    st = "tj-025"
    d = new("Calibri", 10.5)
    header_text(d, ["Zorgverzekeraar Duinstreek", "Afdeling Zorgadvies  |  Postbus 4410, 2003 EK Haarlem  |  088 000 40 40"], size=8.5, bold_first=True)
    page_footer(d, "Zorgverzekeraar Duinstreek U.A. - KvK 00000000", with_total=False)
    p(d, "")
    p(d, "Mevrouw J.M. Verbeek-Stolk\nKennemerstraatweg 118\n2061 HK Bloemendaal")
    p(d, "")
    table(d, [["Datum", "11 maart 2026"], ["Relatienummer", "80177342"], ["Ons kenmerk", "ZA/26/118734"],
              ["Onderwerp", "Uw vraag over vergoeding van een second opinion"]], [35, 100], style=None, size=9)
    p(d, "")
    p(d, "Beste mevrouw Verbeek-Stolk,")
    p(d, "U belde ons op 9 maart met de vraag of wij een second opinion bij een handchirurg vergoeden. Graag zetten wij de "
         "voorwaarden voor u op een rij.")
    for t in ["U heeft een verwijzing nodig van uw huisarts of van uw behandelend medisch specialist. Een verwijzing is "
              "maximaal één jaar geldig.",
              "De second opinion moet gaan over een diagnose of behandeling die u al van een arts heeft gekregen.",
              "De zorgaanbieder die de second opinion geeft, moet binnen dezelfde specialisatie werken.",
              "De kosten gaan af van uw eigen risico (in 2026: € 385).",
              "Ontvangt u de second opinion bij een niet-gecontracteerde zorgaanbieder, dan vergoeden wij maximaal 75% van het "
              "gemiddeld gecontracteerde tarief."]:
        p(d, "•  " + t)
    p(d, "De kliniek die u noemde, heeft een contract met ons. U hoeft vooraf geen toestemming te vragen.")
    p(d, "Heeft u nog vragen? Bel dan met Zorgadvies of stuur een bericht via Mijn Duinstreek.")
    p(d, "")
    p(d, "Met vriendelijke groet,\n\nR. de Wit\nteamleider Zorgadvies")
    save(d, st)
    label(st, [], "other", "nl", "health insurer letter to the patient (reimbursement conditions)",
          "unmentioned", "unmentioned", "unmentioned",
          "Insurance letter using referral vocabulary ('verwijzing', 'één jaar geldig', 'second opinion') without being a "
          "referral; euro sign; addressed to the patient",
          date="2026-03-11")


# ------------------------------------------------------------------ tj-032 US MRI report (docx)
def tj032():
    st = "tj-032"
    d = new("Times New Roman", 11, margins=(22, 22, 20, 20))
    header_text(d, ["CHERRY CREEK IMAGING PARTNERS", "4200 E. Colfax Ave, Denver, CO 80220  |  Phone (303) 555-0118  |  Fax (303) 555-0119"],
                size=9, bold_first=True, align=C)
    page_footer(d, "DE JONG, SANNE M  DOB 11/30/1994", word="Page", of="of")
    p(d, "")
    table(d, [["PATIENT:", "DE JONG, SANNE M", "DOB:", "11/30/1994"],
              ["MRN:", "CCI-8841203", "SEX:", "F"],
              ["DATE OF SERVICE:", "03/04/2026", "ACCESSION:", "MR26-0304-117"],
              ["REFERRING:", "Kyle Anders, MD (Gore Range Orthopedics)", "CC:", "Patient"]],
          [32, 60, 25, 48], style=None, size=10, label_cols=(0, 2))
    p(d, "")
    p(d, "EXAM: MRI LEFT WRIST WITHOUT CONTRAST", bold=True)
    p(d, "CLINICAL HISTORY: 31-year-old female, snowboarding fall on outstretched left hand 02/21/2026, evaluated at an urgent "
         "care in Vail. Persistent snuffbox tenderness. Initial radiographs negative. Rule out occult scaphoid fracture.")
    p(d, "TECHNIQUE: Multiplanar, multisequence MR imaging of the left wrist was performed on a 1.5 T magnet without "
         "intravenous contrast.")
    p(d, "COMPARISON: Outside radiographs of the left wrist dated 02/21/2026 (report only).")
    p(d, "FINDINGS:", bold=True)
    for t in ["Bones: There is a linear T1 hypointense, STIR hyperintense fracture line traversing the waist of the scaphoid "
              "without displacement. Surrounding marrow edema. No other fracture. No avascular necrosis of the proximal pole.",
              "Ligaments: The scapholunate and lunotriquetral ligaments are intact. TFCC is intact.",
              "Tendons: Normal. No tenosynovitis.",
              "Other: Small radiocarpal joint effusion. Median nerve normal in caliber."]:
        p(d, t)
    p(d, "IMPRESSION:", bold=True)
    p(d, "1. Nondisplaced fracture of the scaphoid waist, radiographically occult.\n2. Small radiocarpal effusion. Intact "
         "intrinsic ligaments and TFCC.")
    p(d, "")
    p(d, "Electronically signed by: Marisol Ortega, MD, Diagnostic Radiology   03/05/2026 07:48 MST", size=9)
    save(d, st)
    label(st, ["imaging-report"], "radiologist", "en", "US outpatient imaging center MRI report in Word",
          "yes", "unmentioned", "yes",
          "US dates: 03/04/2026 is 4 March (not 3 April), DOB 11/30/1994; urgent care in Vail plus MRI at a Denver imaging "
          "center for a Dutch patient = care abroad; report signed the next day; labels in column 0 and 2",
          date="2026-03-04", also=["2026-03-05"])


# ------------------------------------------------------------------ tj-034 Dutch hospital letter in English (LO)
def tj034():
    st = "tj-034"
    d = new("Arial", 10)
    hdr_table(d, "Duin en Bollen Ziekenhuis\nDepartment of Plastic, Reconstructive and Hand Surgery",
              "Heereweg 201\n2161 BK Lisse, the Netherlands\n+31 252 00 30 00")
    page_footer(d, "Duin en Bollen Ziekenhuis", word="Page", of="of")
    p(d, "")
    p(d, "Dr. M. Janssen, general practitioner\nHuisartsenpraktijk Lisse-Centrum\nKanaalstraat 10\n2161 JG Lisse")
    p(d, "")
    table(d, [["Date", "12 March 2026"], ["Our ref.", "PRCH/EN/0312-07"],
              ["Re", "Ms. O. (Olivia) Bennett, date of birth 8 July 1992, hospital no. 3120556"]], [25, 140], style=None, size=9)
    p(d, "")
    p(d, "Dear colleague,")
    p(d, "At the patient's request this letter is written in English.")
    p(d, "I saw Ms. Bennett, a 33-year-old British graphic designer living in Hillegom, in my clinic on 10 March for follow-up of her "
         "right hand. She injured the hand in a fall on a boat ladder while on holiday in Chania, Crete, in October 2025. She did "
         "not seek medical attention in Greece; on her return two days later she presented to our emergency department, where "
         "radiographs showed an angulated fracture of the fifth metacarpal neck. On 24 October 2025 she underwent closed reduction "
         "and intramedullary K-wire fixation at our hospital. The wires were removed after four weeks.")
    p(d, "**Current complaints:** the fracture has healed, but she notices scissoring of the little finger over the ring finger "
         "when making a fist, and a weaker grip when using her stylus and lifting.")
    p(d, "**Examination:** full extension; on flexion about 15 degrees of supination malrotation of D5. Knuckle of MC5 depressed. "
         "No pain.")
    p(d, "**Imaging:** radiographs of 10 March 2026: consolidated fracture with 25 degrees residual volar angulation.")
    p(d, "**Assessment and plan:** symptomatic malunion (rotation) of the fifth metacarpal. I have offered her a derotation "
         "osteotomy with plate fixation. She would like to take time to think about it and has asked for a second opinion, "
         "which I fully support. I have given her copies of the relevant reports.")
    p(d, "")
    p(d, "Kind regards,")
    p(d, "")
    p(d, "dr. E. Nieuwenhuis, plastic and hand surgeon")
    p(d, "cc: patient", size=8)
    save(d, st)
    label(st, ["correspondence"], "specialist", "en", "Dutch hospital outpatient letter written in English, converted to PDF",
          "yes", "yes", "no",
          "English letter from a Dutch hospital; accident on holiday in Crete but no care there ('did not seek medical "
          "attention in Greece') and treated in NL = treated_abroad no; operated (K-wires) but osteotomy only offered; "
          "British-style long dates; visit date vs letter date",
          date="2026-03-12", also=["2026-03-10"])


# ------------------------------------------------------------------ tj-036 English patient letter, undated
def tj036():
    st = "tj-036"
    d = new("Georgia", 11, margins=(25, 25, 25, 25))
    p(d, "Joost Verhagen\nRua das Flores 28, 2750-341 Cascais, Portugal\n(from May: Prinsengracht 640-II, 1017 KV Amsterdam)\n+351 912 000 000")
    p(d, "")
    p(d, "To the second-opinion team,\nHandkliniek Amstelveld")
    p(d, "")
    p(d, "Dear doctor,")
    p(d, "My name is Joost Verhagen, born 2 February 1979. I am Dutch but have lived in Portugal for eleven years. I am moving "
         "back to Amsterdam in May and would like to ask for a second opinion about my right thumb.")
    p(d, "In March 2024 I tore the ligament of my thumb (the ulnar one, according to the surgeon) while sailing. I was operated "
         "at a private hospital in Cascais about a week later; they repaired the ligament with a small anchor. After the operation "
         "I wore a splint for six weeks and had physiotherapy at the same hospital.")
    p(d, "Since then the thumb is still unstable when I pinch, and it hurts when I open jars or hold a rope. The surgeon in "
         "Portugal took new X-rays last autumn and says it looks fine and that I must be patient. Nobody ever did an MRI or "
         "ultrasound. I have read that a second operation (a tendon graft) is sometimes needed, and I want to know if that "
         "applies to me.")
    p(d, "I have attached the discharge letter and the X-ray report in Portuguese. I still need to ask for the operation report; "
         "I hope a Portuguese text is no problem. My GP in Amsterdam will be Dr. Sanders at the Jordaan practice; I have asked "
         "her for a referral, which she will send as soon as I am registered.")
    p(d, "")
    p(d, "Thank you in advance. Kind regards,")
    p(d, "")
    p(d, "Joost Verhagen")
    save(d, st)
    label(st, [], "patient", "en", "patient's own letter asking for a second opinion (Word, no letterhead, undated)",
          "yes", "yes", "yes",
          "Patient letter, not a referral even though it asks for a second opinion; NO date (only birth date and event "
          "months); operated at 'a private hospital in Cascais' (city only); 'Nobody ever did an MRI' while X-rays were "
          "done; referral only promised; living abroad and treated abroad both present",
          )


# ------------------------------------------------------------------ tj-039 Dutch UMC radiology report in English (LO)
def tj039():
    st = "tj-039"
    d = new("Arial", 9.5)
    hdr_table(d, "Academisch Centrum Oostland\nDepartment of Radiology and Nuclear Medicine",
              "Report  |  CT\nPatient: Hassan, Y. (Yusuf)  M\nDOB 1990-05-17   ID 7708341", size=8)
    page_footer(d, "ACO Radiology - report generated 2026-02-12 08:31", word="Page", of="/")
    p(d, "")
    table(d, [["Examination", "CT left wrist without contrast (incl. MPR, 3D)"],
              ["Exam date", "2026-02-11 10:02"],
              ["Requesting physician", "L. Hoekstra, Plastic Surgery (outpatient clinic)"],
              ["Clinical information", "Status post scaphoid screw fixation left (2024). Persistent pain radial side. Union? "
                                       "Screw position? Please compare with CT 2024."]],
          [40, 125], style="Table Grid", size=9, shade_labels="F0F0F0")
    p(d, "")
    p(d, "Findings", bold=True)
    p(d, "Comparison: CT left wrist 2024-03-08.")
    p(d, "Headless compression screw through the scaphoid waist, entering the proximal pole; tip 1 mm subchondral, not "
         "protruding. Persistent lucent line along the fracture plane over approximately 60% of the cross-section with sclerotic "
         "margins and a 1.5 mm lucent halo around the screw, consistent with loosening. No collapse of the proximal pole; no "
         "increased density to suggest avascular necrosis. Humpback angle 38 degrees. Early radioscaphoid joint space narrowing "
         "at the styloid. Remaining carpus unremarkable.")
    p(d, "Conclusion", bold=True)
    p(d, "1. Scaphoid nonunion despite screw fixation, with peri-screw lucency (loosening).\n2. Mild humpback deformity.\n"
         "3. Early radioscaphoid arthrosis (SNAC stage I).")
    p(d, "")
    p(d, "Reported by: dr. A. Visscher, radiology resident  |  Supervised and authorised by: dr. J.M. de Kruijf, musculoskeletal "
         "radiologist, 2026-02-12", size=8.5)
    save(d, st)
    label(st, ["imaging-report"], "radiologist", "en", "Dutch academic hospital radiology report written in English (ISO dates), Word to PDF",
          "yes", "yes", "unmentioned",
          "English report from a Dutch hospital; ISO dates; resident plus supervising radiologist; 'status post screw "
          "fixation' gives operated; comparison CT 2024 is an older study in the same report; title 'Report | CT' only in header",
          date="2026-02-11", also=["2026-02-12"])


# ------------------------------------------------------------------ tj-042 insurance claim form (English)
def tj042():
    st = "tj-042"
    d = new("Arial", 9.5)
    header_text(d, ["GlobalCare Expat Health Insurance Ltd.  -  Claims Department", "PO Box 2311, Dublin 2, Ireland  -  claims@globalcare.example.ie"],
                size=8, bold_first=True)
    page_footer(d, "Form GC-CL-07 (rev. 2024)", word="Page", of="of")
    p(d, "CLAIM FORM - INPATIENT / DAY-CASE TREATMENT", bold=True, size=12)
    p(d, "Section A - Member details (to be completed by the member)", bold=True)
    table(d, [["Member name", "Lucas Timmermans", "Policy no.", "GCX-0088412-NL"],
              ["Date of birth", "23/11/1985", "Country of residence", "Spain (until 03/2026), then the Netherlands"],
              ["Email", "l.timmermans@example.com", "Phone", "+34 600 000 000"]],
          [30, 55, 35, 50], size=9, label_cols=(0, 2), shade_labels="EDEDED")
    p(d, "")
    p(d, "Section B - Treatment details", bold=True)
    table(d, [["Hospital / clinic", "Clínica Santa Elena del Sol, Marbella (Málaga), Spain"],
              ["Admission date", "03/02/2026"], ["Discharge date", "06/02/2026"],
              ["Reason for treatment", "Fall from mountain bike, broken left wrist"],
              ["Treatment received", "[ ] outpatient only   [X] inpatient   [X] surgery   [ ] physiotherapy only\nSurgery: plate "
                                     "fixation of left wrist fracture on 04/02/2026 (Dr. Á. Morales Peña)"],
              ["Was this an accident?", "[X] yes   [ ] no        Third party liable? [ ] yes  [X] no"],
              ["Amount claimed", "EUR 9,870.00 (invoices enclosed: 3)"]],
          [45, 125], size=9, shade_labels="EDEDED")
    p(d, "")
    p(d, "Section C - Declaration", bold=True)
    p(d, "I declare that the information given is true and complete. I authorise GlobalCare to obtain medical information from "
         "any doctor or hospital who has treated me.", size=9)
    table(d, [["Signature", "L. Timmermans (signed)", "Date", "20/02/2026"]], [30, 70, 20, 50], style=None, size=9, label_cols=(0, 2))
    p(d, "")
    p(d, "For office use only: received 24 FEB 2026  /  handler: MK  /  pre-auth ref: none", size=7.5, italic=True)
    save(d, st)
    label(st, [], "other", "en", "international health insurance claim form with tick boxes (Word)",
          "unmentioned", "yes", "yes",
          "Insurance form, not medical correspondence, but it states inpatient stay and wrist surgery in a Spanish clinic "
          "(tick boxes plus text in a wrapped cell); several dates (admission, surgery, signature, office stamp); UK-style dd/mm; "
          "living in Spain as well",
          date="2026-02-20")


# ------------------------------------------------------------------ tj-045 ZBC OK-verslag (docx)
def tj045():
    st = "tj-045"
    d = new("Arial", 9.5)
    hdr_table(d, "Handcentrum Veluwezoom\nzelfstandig behandelcentrum voor hand- en polschirurgie",
              "Arnhemsestraatweg 311\n6881 NK Velp\n026 000 77 00", size=8)
    page_footer(d, "OK-VERSLAG - Bos, M. (Marieke) - 04-01-1966 - dossier HV-200719")
    p(d, "OK-VERSLAG", bold=True, size=14)
    table(d, [["Patiënt", "mw. M. Bos", "Geboortedatum", "04-01-1966"],
              ["Datum ingreep", "09-12-2025", "Kamer", "OK 2 (dagbehandeling)"],
              ["Operateur", "drs. P.H. Hagedoorn, plastisch chirurg / handchirurg", "Assistent", "L. Adema, OK-assistent"],
              ["Anesthesie", "WALANT (lidocaïne/adrenaline 20 ml)", "Antibiotica", "geen"],
              ["Bloedleegte", "niet gebruikt", "Time-out", "uitgevoerd"]],
          [32, 53, 30, 50], size=9, label_cols=(0, 2), shade_labels="DDE6F0")
    p(d, "")
    table(d, [["Diagnose", "Ziekte van Dupuytren links: streng naar de pink, contractuur MCP 45° / PIP 50°"],
              ["Ingreep", "Segmentale (beperkte) fasciëctomie pink links, sluiten met Z-plastiek"],
              ["Bevindingen", "Pretendineuze en centrale streng; spiraalstreng die de ulnaire neurovasculaire bundel "
                              "naar centraal en oppervlakkig verplaatst ter hoogte van het PIP. Volledige correctie MCP, "
                              "PIP restcontractuur 10°."],
              ["Verloop", "Brunner-incisie. Neurovasculaire bundels proximaal opgezocht en naar distaal vervolgd. Streng "
                          "in segmenten verwijderd. Check-rein ligamenten gekliefd. Hemostase. Z-plastiek aan de basis van "
                          "de vinger. Ethilon 5-0. Verband en volaire gipsspalk in extensie."],
              ["Complicaties", "Geen"],
              ["Nabehandeling", "Hoog houden. Handtherapie voor nachtelijke extensiespalk na 5-7 dagen. Hechtingen eruit na "
                                "14 dagen bij de praktijkondersteuner. Controle bij operateur na 6 weken."],
              ["PA", "Niet ingestuurd"]],
          [38, 127], size=9, shade_labels="DDE6F0")
    p(d, "")
    p(d, "Vastgelegd: P.H. Hagedoorn   09-12-2025 16:40", size=9)
    save(d, st)
    label(st, ["operation-report"], "specialist", "nl", "independent treatment centre (ZBC) OK-verslag in Word form tables",
          "unmentioned", "yes", "unmentioned",
          "Operation report from a ZBC (not a hospital) with title in body and patient in the footer; WALANT without "
          "tourniquet; four-column grid with labels in columns 0 and 2; wrapped 'Verloop' cell; no salutation",
          date="2025-12-09")


# ------------------------------------------------------------------ tj-048 Austrian MRT Befund (docx)
def tj048():
    st = "tj-048"
    d = new("Arial", 10)
    header_text(d, ["Privatklinik Alpenblick Innsbruck", "Institut für Radiologie  ·  Sillufer 12, 6020 Innsbruck  ·  +43 512 000 90"],
                size=8.5, bold_first=True)
    page_footer(d, "Radiologie Alpenblick - Befund", word="Seite", of="von")
    p(d, "")
    table(d, [["Name", "Kok, Hendrik", "geb.", "21.09.1971"],
              ["Zuweiser", "Unfallambulanz Privatklinik Alpenblick, Dr. C. Moser", "Unters.-Datum", "08.01.2026"],
              ["Untersuchung", "MRT Handgelenk rechts nativ", "Befund-Nr.", "MR-26-0108-22"]],
          [25, 70, 28, 42], style=None, size=9, label_cols=(0, 2))
    p(d, "")
    p(d, "**Klinische Angaben/Fragestellung:** Sturz beim Langlaufen am 06.01.2026, Druckschmerz Tabatière, Röntgen (extern, "
         "Seefeld) ohne Frakturnachweis. Okkulte Skaphoidfraktur? Bandläsion?")
    p(d, "**Technik:** 3 T, Handgelenksspule, cor. T1, cor./ax. PD fs, sag. PD fs, 3D-GRE.")
    p(d, "**Befund:**", space_after=0)
    p(d, "Flächiges Knochenmarködem im distalen Radius dorsoradial mit feiner, nicht dislozierter Frakturlinie ohne "
         "Gelenkbeteiligung. Os scaphoideum regelrecht, kein Ödem. SL-Band: Partialläsion des dorsalen Anteils mit "
         "erhaltener Kontinuität, SL-Abstand nicht erweitert. TFCC unauffällig. Geringer Gelenkerguss. Sehnen regelrecht.")
    p(d, "**Beurteilung:**", space_after=0)
    p(d, "1. Okkulte, undislozierte distale Radiusfraktur (extraartikulär).\n2. Partialläsion des dorsalen SL-Bandes ohne "
         "Instabilitätszeichen.\n3. Kein Hinweis auf eine Skaphoidfraktur.")
    p(d, "")
    p(d, "Mit freundlichen kollegialen Grüßen")
    p(d, "Dr. med. univ. Teresa Huber, FÄ für Radiologie   –   vidiert 08.01.2026, 17:35")
    save(d, st)
    label(st, ["imaging-report"], "radiologist", "de", "Austrian private-clinic MRT Befund (Word)",
          "yes", "unmentioned", "yes",
          "Austrian terms (Zuweiser, vidiert, Dr. med. univ.); German dotted dates; referral from the clinic's own trauma "
          "outpatient unit = treated abroad; external X-ray from Seefeld (town only); ends with a greeting like a letter",
          date="2026-01-08")


# ------------------------------------------------------------------ tj-049 Swiss Austrittsbericht with OP (LO)
def tj049():
    st = "tj-049"
    d = new("Arial", 9.5)
    hdr_table(d, "Kantonsspital Seeland-Ost\nKlinik für Hand- und Plastische Chirurgie",
              "Spitalstrasse 21\n2502 Biel/Bienne\nTel. +41 32 000 20 20", size=8)
    page_footer(d, "KSSO  ·  Austrittsbericht  ·  van Beek Jelle, 14.12.1996", word="Seite", of="/")
    p(d, "")
    p(d, "Frau Dr. med. R. Oosterhuis\nHuisartsenpraktijk Centrum\nVismarkt 3\n9711 KT Groningen\nNIEDERLANDE")
    p(d, "")
    p(d, "Biel, 23. Januar 2026", align=R)
    p(d, "AUSTRITTSBERICHT", bold=True, size=12)
    table(d, [["Patient", "van Beek Jelle, 14.12.1996, Student, wohnhaft in Groningen (NL)"],
              ["Eintritt / Austritt", "19.01.2026 / 21.01.2026"], ["Zuweisung", "Notfallstation KSSO (Selbstzuweisung)"]],
          [35, 130], style=None, size=9)
    p(d, "")
    p(d, "Sehr geehrte Frau Kollegin", space_after=0)
    p(d, "Wir berichten Ihnen über den oben genannten Patienten, der sich vom 19.01. bis 21.01.2026 in unserer stationären Behandlung befand.")
    p(d, "**Diagnosen**", space_after=0)
    p(d, "1. Perilunäre Luxation rechts (Mayfield IV) nach Snowboardsturz am 18.01.2026 in Grindelwald\n"
         "2. Akutes Karpaltunnelsyndrom rechts")
    p(d, "**Operation vom 19.01.2026**", space_after=0)
    table(d, [["Operateur", "Dr. med. N. Gerber, Leitender Arzt"], ["Assistenz", "pract. med. S. Lüthi"],
              ["Anästhesie", "Allgemeinanästhesie"],
              ["Eingriff", "Offene Reposition, Naht SL- und LT-Band, K-Draht-Transfixation SL/LT und scaphocapitär, "
                           "Spaltung Retinaculum flexorum"],
              ["Bericht", "Dorsaler Zugang über dem 3./4. Strecksehnenfach. Kapsulotomie. Lunatum palmar luxiert; offene Reposition "
                          "unter Zug. SL-Band am Skaphoid ausgerissen, Refixation mit 2 Mini-Ankern; LT-Band genäht. Stellung mit "
                          "3 K-Drähten 1,4 mm gesichert, Bildwandlerkontrolle regelrecht. Zusätzlich palmarer Zugang und Spaltung "
                          "des Karpaldachbandes, N. medianus gerötet, intakt. Wundverschluss, Unterarmgipsschiene."],
              ["Komplikationen", "keine"]], [30, 135], size=9)
    p(d, "")
    p(d, "**Verlauf**", space_after=0)
    p(d, "Postoperativ rasch regrediente Parästhesien. Schmerzen mit Standardanalgesie beherrschbar. Röntgenkontrolle postoperativ "
         "mit korrekter Stellung. Austritt am 21.01.2026 in gutem Allgemeinzustand; Heimreise in die Niederlande.")
    p(d, "**Procedere**", space_after=0)
    p(d, "Gipsschiene 8 Wochen, K-Draht-Entfernung nach 8 Wochen. Fadenentfernung am 14. postoperativen Tag durch die Hausärztin. "
         "Weiterbehandlung durch eine Handchirurgin oder einen Handchirurgen am Wohnort dringend empfohlen.")
    p(d, "")
    p(d, "Freundliche Grüsse")
    table(d, [["Dr. med. N. Gerber\nLeitender Arzt", "pract. med. S. Lüthi\nAssistenzärztin"]], [80, 85], style=None, bold_labels=False)
    save(d, st)
    label(st, ["correspondence", "operation-report"], "specialist", "de", "Swiss Austrittsbericht with embedded operation block, Word to PDF",
          "yes", "yes", "yes",
          "Swiss spelling (Grüsse, Spitalstrasse), 'Austrittsbericht' instead of Entlassungsbrief; contains a full operation "
          "description (date, operateur, Bericht) so also an operation report; place named by resort (Grindelwald) only; "
          "long date '23. Januar 2026'",
          date="2026-01-23")


# ------------------------------------------------------------------ tj-051 German GP referral (Überweisung zur Zweitmeinung)
def tj051():
    st = "tj-051"
    d = new("Arial", 10)
    header_text(d, ["Dr. med. Sabine Köhler", "Fachärztin für Allgemeinmedizin · Hausärztliche Versorgung",
                    "Hagsche Straße 52 · 47533 Kleve · Tel. 02821 000 300 · Fax 02821 000 301"], size=8.5, bold_first=True, align=R)
    page_footer(d, "BSNR 000000000 · LANR 000000000", word="Seite", of="von")
    p(d, "")
    p(d, "Handkliniek Amstelveld\nz. Hd. Second-Opinion-Sprechstunde\nPostbus 9071\n1006 AB Amsterdam\nNIEDERLANDE")
    p(d, "")
    p(d, "Kleve, 05.03.2026", align=R)
    p(d, "**Überweisung zur Zweitmeinung**")
    p(d, "**Patientin:** Frau Annelies Peters, geb. 19.07.1960, Kavarinerstraße 18, 47533 Kleve (niederländische Staatsangehörige, "
         "versichert in den Niederlanden)")
    p(d, "")
    p(d, "Sehr geehrte Kolleginnen und Kollegen,")
    p(d, "ich überweise Ihnen Frau Peters mit der Bitte um eine Zweitmeinung. Die Patientin leidet seit ca. drei Jahren an "
         "einer beidseitigen Rhizarthrose, rechts betont (Röntgen beider Hände vom 10.11.2025: Eaton III rechts, II links).")
    p(d, "Bisherige Behandlung: Orthesen, NSAR, zwei Kortisoninfiltrationen rechts in der handchirurgischen Ambulanz des "
         "Klinikums Kleve-Reichswald (zuletzt 01/2026), jeweils mit nur kurzer Wirkung. Dort wurde ihr eine Resektionsarthroplastik "
         "empfohlen. Bislang keine Operation an den Händen.")
    p(d, "**Fragestellung:** Ist eine operative Versorgung rechts zum jetzigen Zeitpunkt indiziert, und welches Verfahren "
         "(Trapezektomie mit Suspension vs. Prothese) würden Sie empfehlen?")
    p(d, "Diagnosen: M18.1 Rhizarthrose bds.; I10.90 arterielle Hypertonie; E66.0 Adipositas (BMI 33).")
    p(d, "Medikation: Candesartan 8 mg 1-0-0, Ibuprofen 400 mg bei Bedarf.")
    p(d, "Befunde (Röntgen, Arztbriefe des Klinikums) liegen bei.")
    p(d, "")
    p(d, "Mit freundlichen kollegialen Grüßen")
    p(d, "")
    p(d, "Dr. med. S. Köhler")
    save(d, st)
    label(st, ["referral"], "gp", "de", "German Hausarzt referral letter (Überweisung zur Zweitmeinung) to a Dutch clinic",
          "yes", "no", "yes",
          "German GP referral with 'Fragestellung' and 'Zweitmeinung'; injections in a German hospital outpatient unit = "
          "treated abroad (patient lives in Germany); resection arthroplasty only recommended; 'Bislang keine Operation'; "
          "BMI 33 mention; enclosures mentioned only",
          date="2026-03-05", rq=True)


# ------------------------------------------------------------------ tj-054 German appointment letter MRT
def tj054():
    st = "tj-054"
    d = new("Calibri", 10.5)
    header_text(d, ["Radiologie Zentrum Niederrhein", "MRT · CT · Röntgen · Ultraschall  ·  Bahnhofstraße 10 · 46446 Emmerich am Rhein"],
                size=8.5, bold_first=True)
    p(d, "")
    p(d, "Herrn\nMarco Jacobs\nEltenerstraße 3\n46446 Emmerich am Rhein")
    p(d, "")
    p(d, "Emmerich, 24.03.2026", align=R)
    p(d, "**Terminbestätigung**", size=12)
    p(d, "Sehr geehrter Herr Jacobs,")
    p(d, "hiermit bestätigen wir Ihren Untersuchungstermin:")
    table(d, [["Untersuchung", "MRT rechtes Handgelenk (ggf. mit Kontrastmittel)"],
              ["Termin", "Dienstag, 07.04.2026, 08:15 Uhr"],
              ["Überweisende Praxis", "Dr. med. T. Brandt, Orthopädie, Rees"],
              ["Bitte mitbringen", "Überweisungsschein bzw. Kostenübernahme (EHIC / niederländische Versicherung), Vorbefunde, "
                                   "Medikamentenplan, ggf. aktuellen Kreatininwert"]], [45, 120], size=9.5)
    p(d, "")
    p(d, "Bitte kommen Sie 15 Minuten vor dem Termin. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 "
         "Stunden vorher ab. Sollten Sie einen Herzschrittmacher oder andere Implantate haben, teilen Sie uns dies bitte vorab mit.")
    p(d, "")
    p(d, "Mit freundlichen Grüßen\nIhr Praxisteam")
    save(d, st)
    label(st, [], "other", "de", "German radiology practice appointment confirmation (Word)",
          "unmentioned", "unmentioned", "unmentioned",
          "MRT only scheduled (future date 07.04.2026); referral by a German orthopaedist named but no treatment stated; "
          "implant question generic; German dates",
          date="2026-03-24")


# ------------------------------------------------------------------ tj-055 German hospital CT Befund (LO)
def tj055():
    st = "tj-055"
    d = new("Arial", 9.5)
    hdr_table(d, "Klinikum Ostfriesland-Nord\nInstitut für Diagnostische und Interventionelle Radiologie",
              "Deichstraße 1\n26506 Norden\nTel. 04931 000 0", size=8)
    page_footer(d, "Befund elektronisch freigegeben", word="Seite", of="von")
    p(d, "")
    table(d, [["Patient", "Schouten, Pim  (m)  *02.06.1983", "Auftrags-Nr.", "CT-2512-4410"],
              ["Anforderung", "Zentrale Notaufnahme, Dr. F. Janssen", "Untersuchungsdatum", "28.12.2025 21:47"],
              ["Untersuchung", "CT Handgelenk rechts nativ, Dünnschicht, MPR", "Freigabe", "28.12.2025 22:30"]],
          [25, 65, 35, 45], size=9, label_cols=(0, 2), shade_labels="EFEFEF")
    p(d, "")
    p(d, "**Rechtfertigende Indikation / Fragestellung:** Sturz auf Segelboot im Hafen Norddeich, Fehlstellung und Schwellung "
         "Handgelenk rechts. Konventionell V.a. intraartikuläre Radiusfraktur. Stufe? Fragmente? OP-Planung.")
    p(d, "**Befund:** Mehrfragmentäre distale Radiusfraktur rechts mit Beteiligung der radiokarpalen Gelenkfläche (Stufe bis 3 mm "
         "zwischen Fossa scaphoidea und lunata), dorsale Abkippung 22°, Verkürzung 4 mm. Abriss des Processus styloideus ulnae an der "
         "Basis. DRUG kongruent. Karpus intakt, keine perilunäre Verletzung.")
    p(d, "**Beurteilung:** Intraartikuläre distale Radiusfraktur rechts (AO 23-C2) mit Gelenkstufe 3 mm und dorsaler Abkippung; "
         "Basisnaher Abriss des Proc. styloideus ulnae.")
    p(d, "")
    p(d, "Dr. med. Kai Eilers, Oberarzt Radiologie")
    save(d, st)
    label(st, ["imaging-report"], "radiologist", "de", "German hospital CT Befund with 4-column header grid, Word to PDF",
          "yes", "unmentioned", "yes",
          "German emergency CT for a Dutch sailor (harbour named only); 'OP-Planung' in the question is a plan, not an "
          "operation; exam and release same day; birth date as '*02.06.1983'",
          date="2025-12-28")


# ------------------------------------------------------------------ tj-057 German lab (non-MRSA) (LO)
def tj057():
    st = "tj-057"
    d = new("Arial", 9)
    header_text(d, ["Labor Dr. Meyer-Esch & Partner  ·  Gemeinschaftspraxis für Laboratoriumsmedizin",
                    "Viersener Straße 200 · 41063 Mönchengladbach · Tel. 02161 000 70"], size=8, bold_first=True)
    page_footer(d, "Endbefund", word="Seite", of="/")
    table(d, [["Einsender", "Hausarztpraxis Dr. Dahmen, Nettetal", "Auftragsnr.", "LM260217-0912"],
              ["Patient", "Verstappen, Ria", "Geb.", "11.11.1971"],
              ["Probeneingang", "17.02.2026", "Befund vom", "18.02.2026"]], [25, 60, 28, 52], size=8.5, label_cols=(0, 2))
    p(d, "")
    table(d, [["Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"],
              ["Leukozyten", "6,2", "/nl", "3,9 - 10,2"], ["Hämoglobin", "13,1", "g/dl", "12,0 - 15,4"],
              ["Thrombozyten", "288", "/nl", "150 - 370"], ["CRP", "< 0,5", "mg/dl", "< 0,5"],
              ["Harnsäure", "7,9  H", "mg/dl", "2,4 - 5,7"], ["Kreatinin", "0,81", "mg/dl", "0,51 - 0,95"],
              ["HbA1c", "5,4", "%", "< 5,7"], ["TSH basal", "1,84", "mU/l", "0,27 - 4,20"],
              ["Rheumafaktor", "< 10", "IU/ml", "< 14"], ["Anti-CCP-AK", "0,6", "U/ml", "< 5,0"]],
          [55, 30, 30, 50], header=True, bold_labels=False, size=8.5)
    p(d, "")
    p(d, "Kommentar: Hyperurikämie. Entzündungsparameter unauffällig, kein serologischer Hinweis auf eine rheumatoide "
         "Arthritis. Klinische Angabe des Einsenders: schmerzhafte Schwellung Fingermittelgelenk D3 links, Gicht? DD Heberden/Bouchard.")
    p(d, "Medizinisch validiert: Dr. med. H. Meyer-Esch")
    save(d, st)
    label(st, [], "lab", "de", "German laboratory blood panel (Word to PDF)",
          "unmentioned", "unmentioned", "unmentioned",
          "Other lab result (not MRSA) with a lab header like the MRSA reports; German lab sent by a German GP (not a "
          "hospital) so no treatment abroad stated; receipt vs report date",
          date="2026-02-18", also=["2026-02-17"])


# ------------------------------------------------------------------ tj-058 German neurology consultation
def tj058():
    st = "tj-058"
    d = new("Arial", 10)
    hdr_table(d, "Klinikum Aachen-Land\nKlinik für Neurologie · Neurophysiologisches Labor",
              "Chefarzt Prof. Dr. med. W. Sturm\nKrefelder Str. 300 · 52070 Aachen\nTel. +49 241 000 60", size=8)
    page_footer(d, "Klinikum Aachen-Land", word="Seite", of="von")
    p(d, "")
    p(d, "Herrn\nDr. med. J. Offermanns\nFacharzt für Orthopädie\nTheaterplatz 4\n52062 Aachen")
    p(d, "")
    p(d, "Aachen, 16.02.2026", align=R)
    p(d, "**Neurologischer Konsiliarbericht**")
    p(d, "**Pat.:** Herr Bart Smeets, geb. 27.05.1977, wohnhaft Kerkrade (NL), Grenzgänger")
    p(d, "")
    p(d, "Sehr geehrter Herr Kollege Offermanns,")
    p(d, "vielen Dank für die Zuweisung Ihres Patienten zur neurophysiologischen Abklärung bei V.a. Sulcus-ulnaris-Syndrom links.")
    p(d, "**Anamnese:** Seit 6 Monaten Kribbelparästhesien D4/D5 links, nachts und beim Telefonieren, zunehmende Ungeschicklichkeit "
         "beim Knöpfen. Keine Nackenschmerzen. Bildgebende Untersuchungen (Röntgen, Sonographie, MRT) sind bisher nicht erfolgt.")
    p(d, "**Befund:** Hypästhesie D5 und ulnarer Anteil D4 links, Froment-Zeichen positiv, leichte Atrophie des M. interosseus dorsalis I. "
         "Kraft der Fingerspreizung KG 4/5.")
    p(d, "**Neurographie:**")
    table(d, [["Nerv / Segment", "NLG (m/s)", "Amplitude", "Bewertung"],
              ["N. ulnaris li., Unterarm", "54", "8,1 mV", "normal"],
              ["N. ulnaris li., über Sulcus", "36", "5,9 mV (Leitungsblock 27%)", "pathologisch"],
              ["N. ulnaris li., sensibel D5", "41", "6 µV", "erniedrigt"],
              ["N. medianus li.", "56", "9,4 mV", "normal"]], [60, 25, 45, 35], header=True, bold_labels=False, size=9)
    p(d, "")
    p(d, "**EMG:** M. interosseus dorsalis I li.: vereinzelt pathologische Spontanaktivität, chronisch-neurogener Umbau.")
    p(d, "**Beurteilung:** Mittelgradiges Kubitaltunnelsyndrom links mit axonaler Beteiligung.")
    p(d, "**Empfehlung:** Vorstellung in einer handchirurgischen Sprechstunde zur Frage der Dekompression. Eine Ultraschalluntersuchung "
         "des N. ulnaris am Ellenbogen könnte die Planung ergänzen.")
    p(d, "")
    p(d, "Mit freundlichen kollegialen Grüßen")
    p(d, "")
    p(d, "Dr. med. L. Franzen, Oberärztin Neurologie")
    save(d, st)
    label(st, ["correspondence"], "specialist", "de", "German neurology consultation report (Konsiliarbericht) with nerve-conduction table",
          "no", "unmentioned", "yes",
          "Specialist letter addressed to another specialist (orthopaedist), not to a GP; explicit negation 'Bildgebende "
          "Untersuchungen ... bisher nicht erfolgt' while ultrasound is only suggested; cross-border commuter examined in a German "
          "hospital = treated abroad; elbow (cubital tunnel) problem",
          date="2026-02-16")


# ------------------------------------------------------------------ tj-060 Belgian GP referral
def tj060():
    st = "tj-060"
    d = new("Cambria", 10.5)
    header_text(d, ["Groepspraktijk De Linde", "dr. Hilde Wouters  -  dr. Jan Verhaegen  -  huisartsen",
                    "Lindendreef 12, 2960 Brecht  -  tel. +32 3 000 11 22  -  RIZIV 1-00000-00-000"], size=8.5, bold_first=True, align=C)
    p(d, "")
    p(d, "Brecht, 19/02/2026", align=R)
    p(d, "Aan de collega's van de Handkliniek Amstelveld\nAmsterdam (Nederland)")
    p(d, "")
    p(d, "**Verwijsbrief**")
    p(d, "**Betreft:** mevrouw Noor Claessens-Bakx, ° 28/03/1984, Kapelstraat 40, 2960 Brecht")
    p(d, "")
    p(d, "Beste collega,")
    p(d, "Graag verwijs ik u bovengenoemde patiënte, van Nederlandse origine en sinds 2015 woonachtig in Brecht, voor een tweede "
         "advies. Zij wenst uitdrukkelijk een opinie in een Nederlands handcentrum.")
    p(d, "Zij kwam op 22/11/2025 ten val met de fiets en werd dezelfde avond gezien op de spoedgevallendienst van AZ Sint-Lodewijk "
         "Noorderkempen, waar een RX van de rechterpols geen fractuur toonde. Ze kreeg een polsspalk en werd doorverwezen naar de "
         "kinesitherapeut. Een ingreep werd niet voorgesteld.")
    p(d, "Sindsdien persisterende pijn dorsaal over het scafolunaire interval, klikken en krachtverlies. Een NMR werd in Wuustwezel "
         "aangevraagd maar nog niet uitgevoerd (wachttijd).")
    p(d, "**Vraag:** kan er sprake zijn van een scafolunair bandletsel dat gemist werd, en welke verdere onderzoeken en behandeling "
         "zijn aangewezen?")
    p(d, "Medicatie: geen vaste. Allergie: latex.")
    p(d, "")
    p(d, "Met collegiale groeten,")
    p(d, "")
    p(d, "dr. Hilde Wouters")
    save(d, st)
    label(st, ["referral"], "gp", "nl", "Belgian (Flemish) GP verwijsbrief to a Dutch clinic (Word)",
          "yes", "no", "yes",
          "Flemish GP (RIZIV, °, 'tweede advies', NMR, kinesitherapeut); ER in a Belgian hospital where the patient lives = "
          "treated abroad from the Dutch clinic's view; X-ray done but MR only requested; 'Een ingreep werd niet voorgesteld' = "
          "not operated; dd/mm/yyyy",
          date="2026-02-19", rq=True)


# ------------------------------------------------------------------ tj-063 MRSA kweekuitslag (LO)
def tj063():
    st = "tj-063"
    d = new("Arial", 9.5)
    hdr_table(d, "Medisch Diagnostisch Centrum Utrecht-West\nMedische Microbiologie & Infectiepreventie",
              "Nieuwegeinseweg 2\n3431 AA Nieuwegein\n030 000 80 80", size=8)
    page_footer(d, "MDC Utrecht-West - microbiologie - eindrapport")
    p(d, "")
    p(d, "KWEEKUITSLAG", bold=True, size=12)
    table(d, [["Patiënt", "El Khatib, S. (Samira)", "Geb.datum", "14-02-1979"],
              ["Aanvrager", "drs. P.W. Roodbol, huisarts, IJsselstein", "Ordernr.", "26-0309-5521"],
              ["Afname", "09-03-2026", "Ontvangst", "09-03-2026 15:40"],
              ["Rapportdatum", "12-03-2026", "Status", "eindrapport"]], [28, 62, 28, 52], size=9, label_cols=(0, 2),
          shade_labels="EAF2EA")
    p(d, "")
    p(d, "**Klinische gegevens:** in januari 2026 opgenomen in een ziekenhuis in Nador (Marokko) i.v.m. verwonding hand links; "
         "screening op verzoek van handkliniek.")
    p(d, "**Aanvraag:** MRSA-screening (BRMO-kweek)")
    table(d, [["Materiaal", "Onderzoek", "Uitslag"],
              ["Neus", "kweek S. aureus / MRSA", "geen MRSA gekweekt"],
              ["Keel", "kweek S. aureus / MRSA", "geen MRSA gekweekt"],
              ["Perineum", "kweek S. aureus / MRSA", "geen MRSA gekweekt"],
              ["Rectum", "BRMO-kweek (ESBL/CPE)", "ESBL-producerende E. coli aangetoond - zie toelichting"]],
          [35, 60, 75], header=True, bold_labels=False, size=9)
    p(d, "")
    p(d, "**Toelichting:** MRSA niet aangetoond. Wel dragerschap van ESBL-producerende E. coli in de rectumkweek; dit is geen "
         "contra-indicatie voor een ingreep maar vereist contactmaatregelen bij opname volgens het ziekenhuisbeleid.")
    p(d, "Geautoriseerd: dr. M. Verkerk, arts-microbioloog, 12-03-2026")
    save(d, st)
    label(st, ["mrsa-screening"], "lab", "nl", "GP-ordered microbiology kweekuitslag (Word tables) converted to PDF",
          "unmentioned", "unmentioned", "yes",
          "MRSA negative but ESBL found in the same table (not MRSA); admission in a hospital in Nador, Morocco in clinical "
          "info; 'kweekuitslag' title only; injury to the hand without stated surgery; sample vs report date",
          date="2026-03-12", also=["2026-03-09"])


ALL = [tj004, tj006, tj009, tj012, tj013, tj016, tj019, tj020, tj021, tj022, tj025, tj032, tj034, tj036, tj039, tj042,
       tj045, tj048, tj049, tj051, tj054, tj055, tj057, tj058, tj060, tj063]

if __name__ == "__main__":
    for f in ALL:
        f()
    print("docx done", len(ALL))
