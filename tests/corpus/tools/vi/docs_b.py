# vi-017 .. vi-032   (all persons, numbers and addresses invented)
from common import L, P, pdf, docx, txt, CLINIC_NL

DOCS = []
add = DOCS.append

# vi-017 CT report UMC Utrecht (patient B)
add(pdf("vi-017",
    L(["imaging-report"], "2026-09-16", "radiologist", "nl", "radiology report with repeated page header (HiX print)",
      "yes", "no", "yes",
      "Title 'RADIOLOGISCH ONDERZOEK'; Aanvrager is the plastic surgeon, and 'Klinische gegevens' contains "
      "'Vraagstelling: consolidatie?' (requester's question, not a referral). Mentions conventional X-rays "
      "of 12-08-2026 and a CT made in Turkey (not available). States initial ED treatment in Turkey and "
      "'niet geopereerd'. Exam and authorisation on the same day."),
    blocks=[
        ("logo", "UMC", {"w_mm": 30}),
        ("lh", ["UMC Utrecht", "Afdeling Radiologie en Nucleaire Geneeskunde", "Heidelberglaan 100, 3584 CX Utrecht"],
         "right"),
        ("h1", "RADIOLOGISCH ONDERZOEK"),
        ("kv", [("Naam", "El Amrani, Y."), ("Geboortedatum", "03-09-1988"), ("Patiëntnummer", "8812004"),
                ("Accessienummer", "RAD-26-7718403"),
                ("Onderzoek", "CT pols links (scaphoidprotocol, 0,6 mm reconstructies)"),
                ("Datum onderzoek", "16-09-2026 10:22"),
                ("Aanvrager", "dr. S. Lammers, Plastische chirurgie"),
                ("Klinische gegevens", "Scaphoidfractuur li 21-07-2026, initieel SEH-behandeling in Turkije, "
                                       "8 wk gips, niet geopereerd. Vraagstelling: consolidatie?")],
         {"label_w_mm": 40}),
        ("h2", "Verslag"),
        ("p", "Ter vergelijking conventionele opnamen van 12-08-2026. De CT uit Antalya is niet beschikbaar."),
        ("p", "Fractuur door de waist van het scaphoid links, zonder dislocatie en zonder humpback-deformiteit "
              "(intrascaphoidale hoek 32°). Er is geen overbruggend trabeculair bot zichtbaar; langs de "
              "fractuurspleet resorptie met een spleetbreedte tot 1,5 mm en beginnende sclerose van de "
              "fractuurranden. Het proximale pool heeft een normale densiteit; geen fragmentatie. Geen "
              "carpale malalignment (SL-hoek 52°). Geen radiocarpale of midcarpale artrose. Overige carpalia, "
              "distale radius en ulna intact."),
        ("h2", "Conclusie"),
        ("p", "Geen consolidatie van de waistfractuur van het scaphoid links, 8 weken na trauma: uitgestelde "
              "consolidatie met beginnende resorptie. Geen aanwijzingen voor avasculaire necrose op CT. "
              "Geen DISI."),
        ("small", "Verslag geautoriseerd door dr. H.J. Brink, radioloog, op 16-09-2026 15:40."),
    ],
    opts={"size": 9.5, "header": ["El Amrani, Y.  |  03-09-1988  |  8812004  |  CT pols links  |  Pagina {page} van {pages}"],
          "header_first": False, "footer": ["UMC Utrecht - Radiologie - vertrouwelijk"],
          "pageno": "{page}/{pages}"},
    meta={"title": "Radiologieverslag", "creator": "HiX 6.3"}))


# vi-018 merged PDF (records department bundle), patient B
add(pdf("vi-018",
    L(["correspondence", "imaging-report"], None, "other", "nl",
      "merged PDF: records department cover letter + outpatient letter + radiology report",
      "yes", "no", "yes",
      "Three documents in one PDF sent by the hospital's records department. Part 1 is a cover letter "
      "(none of the kinds) that lists the enclosed documents and says no operation report exists because "
      "the patient was not operated. Part 2 is an outpatient letter from traumatology, part 3 an X-ray "
      "report of the same day (12-08-2026); all three dated within two months, the bundle itself has no "
      "single date.",
      parts=[P([], "2026-10-14", "other"),
             P(["correspondence"], "2026-08-12", "specialist"),
             P(["imaging-report"], "2026-08-12", "radiologist")]),
    parts=[
        {"opts": {"size": 10},
         "blocks": [
            ("lh", ["UMC Utrecht", "Medische Informatievoorziening - Afdeling Patiëntgegevens",
                    "Postbus 85500, 3508 GA Utrecht  |  T 088 755 55 55"], "left"),
            ("addr", CLINIC_NL),
            ("p", "Utrecht, 14 oktober 2026"),
            ("kv", [("Uw kenmerk", "SO-2026-1187"), ("Ons kenmerk", "MIV/26/33107"),
                    ("Betreft", "Opvragen medische gegevens dhr. Y. El Amrani, geb. 03-09-1988")],
             {"label_w_mm": 30}),
            ("p", "Geachte heer, mevrouw,"),
            ("p", "Op uw verzoek, en met schriftelijke toestemming van de patiënt, ontvangt u hierbij kopieën "
                  "van de volgende documenten:"),
            ("p", "- polikliniekbrief Traumachirurgie d.d. 12-08-2026\n- verslag röntgenonderzoek d.d. 12-08-2026"),
            ("p", "De polikliniekbrief Plastische chirurgie van 30-09-2026 en het CT-verslag van 16-09-2026 zijn "
                  "reeds door de huisarts aan u verstrekt. Een operatieverslag kan niet worden meegestuurd: "
                  "patiënt is in ons ziekenhuis niet geopereerd. Beelden kunt u opvragen via het LSP / "
                  "Twiin-portaal."),
            ("p", "Met vriendelijke groet,"),
            ("sig", ["M. Visser", "medewerker patiëntgegevens"], {"gap_mm": 6}),
         ]},
        {"opts": {"size": 9.5, "header": ["UMC Utrecht - Traumachirurgie - El Amrani, Y. 03-09-1988"],
                  "header_first": True},
         "blocks": [
            ("lh", ["UMC Utrecht", "Heelkunde - Traumachirurgie", "Heidelberglaan 100, 3584 CX Utrecht"], "right"),
            ("addr_meta", ["R. Kuijpers, huisarts", "Huisartsenpraktijk Lombok", "Kanaalstraat 190",
                           "3531 CK Utrecht"],
             [("Datum", "12-08-2026"), ("Kenmerk", "TRA/0812/EA")]),
            ("p", "Geachte collega,"),
            ("p", "Vandaag zagen wij uw patiënt, de heer El Amrani, op de polikliniek Traumachirurgie ter "
                  "overname van behandeling na een val op 21-07-2026 in Antalya (Turkije). Daar werd op de "
                  "spoedeisende hulp een scaphoidfractuur links vastgesteld en een onderarm-duimgips aangelegd. "
                  "Wij beschikken over een Engelstalig ontslagbericht; de beelden waren niet leesbaar."),
            ("p", "Onderzoek: gips goed passend, vingers warm, sensibiliteit intact."),
            ("p", "Aanvullend: röntgen scaphoidserie links (vandaag, gips verwijderd voor de opname): "
                  "niet-gedisloceerde waistfractuur van het scaphoid, nog geen consolidatie."),
            ("p", "Conclusie: niet-gedisloceerde scaphoidwaistfractuur links, 3 weken oud."),
            ("p", "Beleid: nieuw gips voor nog 5 weken, daarna CT ter beoordeling van consolidatie en "
                  "controle op de polikliniek Plastische chirurgie (handchirurgie)."),
            ("p", "Met collegiale groet,"),
            ("sig", ["drs. J. Koster, traumachirurg"], {"gap_mm": 8}),
         ]},
        {"opts": {"size": 9.5},
         "blocks": [
            ("lh", ["UMC Utrecht - Radiologie"], "left", {"big": False}),
            ("kv", [("Patiënt", "El Amrani, Y."), ("Geb.", "03-09-1988"),
                    ("Onderzoek", "X-scaphoid links (4 richtingen)"), ("Datum", "12-08-2026"),
                    ("Aanvrager", "drs. J. Koster, Traumachirurgie")], {"label_w_mm": 28}),
            ("h2", "Verslag"),
            ("p", "Niet-gedisloceerde fractuur door de waist van het scaphoid links. Geen tekenen van "
                  "consolidatie. Geen carpale instabiliteit. Radius en ulna intact. Weke delen zwelling."),
            ("p", "Conclusie: niet-gedisloceerde scaphoidwaistfractuur links."),
            ("p", "drs. F. de Lange, radioloog - geautoriseerd 12-08-2026"),
         ]},
    ],
    meta={"title": "Bijlagen medisch dossier", "creator": "HiX - print to PDF"}))


# vi-019 hand therapy progress report (DOCX, English), patient D
add(docx("vi-019",
    L([], "2026-09-18", "other", "en", "hand therapy progress report (private practice, English)",
      "yes", "yes", "yes",
      "A therapist's report to the GP: none of the kinds although it reads like a clinical letter. Says the "
      "patient had arthroscopic surgery and an MRI in London (2024), and that no imaging has been done since "
      "moving to the Netherlands. Recommends MR arthrography (plan)."),
    [
        ("lh", ["HandFysio Amstelveen", "Hand therapy - Physiotherapy - Occupational therapy",
                "Rembrandtweg 401, 1181 GN Amstelveen  |  020-641 22 07  |  AGB 04-038871"], "left"),
        ("addr", ["Dr F. Hartley", "International GP Practice Amstelveen", "Amstelveen"]),
        ("p", "Amstelveen, 18 September 2026"),
        ("h1", "Hand therapy progress report", {"size": 12}),
        ("kv", [("Client", "Mr J. Whitfield"), ("Date of birth", "11-04-1979"),
                ("Referral", "GP, 19-06-2026 (direct access after GP assessment)"),
                ("Treatment period", "24-06-2026 to 16-09-2026, 12 sessions")], {"mode": "tabs", "label_w_mm": 40}),
        ("p", "Dear Dr Hartley,"),
        ("p", "Mr Whitfield was referred to us for ulnar-sided right wrist pain. He underwent an arthroscopic "
              "TFCC debridement in London in March 2024 after an MRI (January 2024) had shown a central tear. "
              "No imaging has been done since he moved to the Netherlands."),
        ("p", "We treated him with load management, a wrist widget, proprioceptive training and strengthening of "
              "the ECU and pronator quadratus. PRWE improved from 58 to 49 only; pain on the fovea remains. "
              "Grip strength 36 kg right vs 47 kg left."),
        ("p", "Given the limited progress we recommend a specialist assessment, possibly with MR arthrography. "
              "We have paused treatment until he has been seen."),
        ("p", "Kind regards,"),
        ("sig", ["Sanne Oudkerk, certified hand therapist (CHT-NL)"], {"gap_mm": 8}),
    ],
    {"font": "Calibri", "size": 10.5, "meta": {"title": "Progress report Whitfield", "author": "S. Oudkerk"}}))


# vi-020 patient e-mail (Ingrid, patient A)
MAIL_020 = """
Van:      Ingrid van der Kolk <ingridvdkolk@example.nl>
Aan:      info@handkliniekzuid.example.nl
Datum:    di 20-10-2026 21:47
Onderwerp: aanvraag second opinion duim rechts
Bijlagen: OK verslag.pdf, foto verslag sept.pdf

T.a.v. second opinion

Geachte heer/mevrouw,

Graag wil ik een second opinion aanvragen voor mijn rechterduim. Ik ben in mei 2025 geopereerd
(trapeziectomie) in het Spaarne Gasthuis in Hoofddorp. Na de operatie heb ik lang handtherapie gehad
maar ik heb nog steeds veel pijn en kan niet goed knijpen. In september is er een nieuwe röntgenfoto
gemaakt; daarop zou het botje van de duim 'gezakt' zijn. Mijn chirurg zegt dat er weinig meer aan te
doen is.

Mijn huisarts, dokter Tjalma in Haarlem, wil mij verwijzen en stuurt de verwijzing via ZorgDomein.
Alvast stuur ik het operatieverslag en het verslag van de foto mee als bijlage.

Voor de volledigheid: ik ben niet in het buitenland behandeld of opgenomen geweest.

Mijn gegevens:
Ingrid van der Kolk-Brouwer
geboren 14 februari 1971
Zijlweg 188 rood, 2015 BN Haarlem
06-41872290

Met vriendelijke groet,
Ingrid van der Kolk

Verstuurd vanaf mijn iPad
"""

add(txt("vi-020",
    L([], "2026-10-20", "patient", "nl", "patient's own e-mail (webmail export)",
      "yes", "yes", "no",
      "Patient asks for a second opinion herself ('T.a.v. second opinion' line): not a referral. Mentions "
      "attachments (operation report, X-ray report) that are not this file. States explicitly she was not "
      "treated abroad. Date in short Dutch weekday format 'di 20-10-2026'."),
    MAIL_020))


# vi-021 Zorgdomein table referral (DOCX), referral + history, patient B
add(docx("vi-021",
    L(["referral", "history"], "2026-10-19", "gp", "nl", "zorgdomein referral as Word table (grid)",
      "yes", "no", "yes",
      "ZorgDomein content pasted into a Word table (label column shaded). Vraagstelling asks for a second "
      "opinion about the proposed operation (a plan). 'Recente behandelingen' lists the ED in Antalya "
      "(treated abroad) and says 'Niet geopereerd'. MRSA line is a request ('aangevraagd'), not a result. "
      "Birth date and insurance dates close to the referral date.",
      rq=True),
    [
        ("lh2", ["ZorgDomein", "Verwijzing"], ["Second opinion handchirurgie", "ZD 9903-1120-5578"]),
        ("kvgrid", [
            ("Verwijsdatum", "19-10-2026"),
            ("Verwijzer", "R. Kuijpers, huisarts - Huisartsenpraktijk Lombok, Kanaalstraat 190, 3531 CK Utrecht "
                          "- AGB 01088102 - 030-293 11 40"),
            ("Ontvanger", "Handkliniek Zuid, Amsterdam - Second opinion hand & pols"),
            ("Patiënt", "Dhr. Y. El Amrani, Damstraat 17 bis, 3531 BS Utrecht"),
            ("Geboortedatum", "03-09-1988"),
            ("BSN", "2466 31 870"),
            ("Verzekering", "CZ, polis 88 10 22 514 (ingangsdatum 01-01-2026)"),
            ("Urgentie", "Regulier, binnen 4 weken i.v.m. geplande operatie"),
            ("Reden van verwijzing", "Scaphoidfractuur links (21-07-2026) met uitgestelde consolidatie; "
                                     "in UMC Utrecht operatie (schroeffixatie) geadviseerd."),
            ("Vraagstelling", "Patiënt wil een second opinion over de geadviseerde operatie. Is operatie de "
                              "juiste behandeling, of is verlengde immobilisatie nog een optie?"),
            ("Relevante voorgeschiedenis", "2012 astma (licht, intermitterend)\n2019 enkeldistorsie rechts"),
            ("Recente behandelingen", "21-07-2026 SEH Memorial Antalya (Turkije): scaphoidfractuur li, gips\n"
                                      "12-08-2026 poli traumachirurgie UMC Utrecht: gips gecontinueerd\n"
                                      "16-09-2026 CT pols li: uitgestelde consolidatie\n"
                                      "29-09-2026 poli plastische chirurgie UMC Utrecht: operatie geadviseerd\n"
                                      "Niet geopereerd."),
            ("Medicatie", "Salbutamol 100 µg zo nodig; paracetamol 1 g zo nodig"),
            ("Allergieën", "Penicilline (exantheem, 2014)"),
            ("MRSA", "Screening aangevraagd i.v.m. behandeling in buitenlands ziekenhuis; uitslag volgt."),
            ("Bijlagen", "Brief UMC Utrecht 30-09-2026; CT-verslag 16-09-2026; Engelstalig SEH-bericht Antalya"),
        ], {"widths_mm": (45, 120)}),
        ("small", "Verstuurd via ZorgDomein op 19-10-2026 16:05. Geldig tot 19-10-2027."),
    ],
    {"font": "Arial", "size": 9.5, "footer": ["ZorgDomein - pagina {PAGE}"],
     "meta": {"title": "ZorgDomein verwijzing", "author": "ZorgDomein"}}))


# vi-022 Turkish radiology report (English)
add(pdf("vi-022",
    L(["imaging-report"], "2026-07-21", "radiologist", "en", "foreign radiology report (Turkey, English)",
      "yes", "unmentioned", "yes",
      "Written by the radiology department of a hospital abroad that treated the patient. Two studies "
      "(X-ray and CT) in one report, dotted dates, protocol numbers; referring physician is the ED doctor. "
      "Translation note in the footer."),
    blocks=[
        ("lh", ["MEMORIAL ANTALYA HOSPITAL", "Department of Radiology",
                "Zafer Mah. Ali Cetinkaya Cad. No: 1, 07025 Antalya / TURKIYE"], "center"),
        ("h1", "RADIOLOGY REPORT", {"center": True}),
        ("table", [["Patient", "Date of birth", "Protocol", "Accession"],
                   ["EL AMRANI, Youssef", "03.09.1988", "2026-ER-558214", "RAD 2607-21-0931"]],
         [55, 30, 40, 45]),
        ("table", [["Examination", "Date / time", "Referring physician"],
                   ["Left wrist X-ray (PA, lateral, 2 scaphoid views)", "21.07.2026 14:41", "Dr. Emre Kaya (ER)"],
                   ["Left wrist CT (non-contrast)", "21.07.2026 15:20", "Dr. Emre Kaya (ER)"]],
         [80, 40, 50]),
        ("h2", "Findings"),
        ("p", "X-ray: a thin lucent line through the waist of the scaphoid is suspected on the ulnar-deviated "
              "scaphoid view. No other fracture. Joint spaces preserved."),
        ("p", "CT: non-displaced transverse fracture through the waist of the left scaphoid, no comminution, "
              "no step-off. Carpal alignment normal. Distal radius and ulna intact. Soft tissue swelling "
              "radially."),
        ("h2", "Impression"),
        ("p", "Non-displaced fracture of the waist of the left scaphoid."),
        ("sig", ["Dr. Zeynep Arslan, Radiologist", "Report date: 21.07.2026 16:02"], {"gap_mm": 6}),
    ],
    opts={"size": 9.5, "footer": ["English report prepared by the hospital for international patients. "
                                  "Original in Turkish available on request."]},
    meta={"title": "Radiology Report", "creator": "PACS"}))


# vi-023 MRSA request form (TXT, CRLF), patient B
FORM_023 = """
AANVRAAGFORMULIER MEDISCHE MICROBIOLOGIE                       SALTRO Diagnostisch Centrum
                                                              Mississippidreef 83, Utrecht
------------------------------------------------------------------------------------------
AANVRAGER
  Naam            : R. Kuijpers, huisarts                     AGB: 01088102
  Praktijk        : Huisartsenpraktijk Lombok, Kanaalstraat 190, 3531 CK Utrecht
  Datum aanvraag  : 23-10-2026
  Uitslag naar    : [X] aanvrager   [ ] kopie specialist:

PATIËNT
  Naam            : El Amrani, Y.                              Geslacht: [X] M  [ ] V
  Geboortedatum   : 03-09-1988                                BSN: 246631870
  Verzekeraar     : CZ                                         Polisnr: 8810 22514

ONDERZOEK
  [X] MRSA-screening  (neus, keel, perineum; bij wonden ook wondkweek)
  [ ] BRMO-screening
  [ ] Urinekweek      [ ] Feceskweek     [ ] Overig: ....................

INDICATIE MRSA-SCREENING
  [ ] Ziekenhuisopname buitenland < 2 maanden
  [X] Behandeling in buitenlands ziekenhuis (ook SEH/poli): Turkije, SEH 21-07-2026
  [ ] Contact met MRSA-positieve persoon
  [ ] Beroepsmatig contact met levende varkens/vleeskalveren/vleeskuikens
  [ ] Anders:

KLINISCHE GEGEVENS
  Verwijzing second opinion handchirurgie; kliniek vraagt MRSA-uitslag < 60 dagen.
  Geen wonden.

AFNAME
  Afname door     : [X] patiënt zelf op afnamepunt  [ ] praktijk
  Afnamedatum     : ......................  (in te vullen door afnamepunt)

Handtekening aanvrager: R. Kuijpers
------------------------------------------------------------------------------------------
Formulier MMB-01 versie 2025-3
"""

add(txt("vi-023",
    L([], "2026-10-23", "gp", "nl", "lab request form (microbiology, checkboxes as text)",
      "unmentioned", "unmentioned", "yes",
      "A GP's REQUEST for MRSA screening, not a result: full of 'MRSA-screening' keywords and checkboxes. "
      "The ticked indication states treatment in a foreign hospital (ED, Turkey). Sampling date left blank. "
      "CRLF line endings."),
    FORM_023, newline="\r\n"))


# vi-024 Catharina outpatient letter with sidebar layout (DOCX), patient C
add(docx("vi-024",
    L(["correspondence"], "2026-09-10", "specialist", "nl",
      "outpatient letter with left contact sidebar (Word table layout)",
      "yes", "no", "unmentioned",
      "Letter body sits in the right cell of a two-cell table; date, reference and contact data in the "
      "left sidebar. A needle aspiration was done (a treatment, not an operation); 'niet eerder geopereerd'. "
      "Excision is only an option for a recurrence (plan). Ultrasound result quoted from a separate report."),
    [
        ("lh", ["Catharina Ziekenhuis", "Orthopedie", "Michelangelolaan 2, 5623 EJ Eindhoven"], "left"),
        ("addr", ["Weledelgeboren vrouw drs. H. van Gerwen, huisarts", "Huisartsenpraktijk De Burgt",
                  "Burgtstraat 4", "5611 PJ  EINDHOVEN"]),
        ("sidebar",
         ["DATUM:", "10 september 2026", "", "ONS KENMERK:", "ORT-26-09-1044", "", "BEHANDELAAR:",
          "drs. B. Wouters", "orthopedisch chirurg", "", "TELEFOON:", "040-239 93 10", "",
          "PATIËNT:", "S. Verbeek", "22-06-1995", "ptnr 5520931"],
         [("p", "Geachte collega,"),
          ("p", "Vandaag zag ik uw patiënte, mevrouw S. Verbeek, op de polikliniek orthopedie in verband met een "
                "zwelling dorsaal aan de linkerpols."),
          ("h2", "Anamnese"),
          ("p", "Sinds mei 2026 een zwelling op de rug van de linkerpols, pijnlijk bij steunen. Fysiotherapie "
                "zonder effect. Niet eerder geopereerd aan de pols. Geen trauma."),
          ("h2", "Onderzoek"),
          ("p", "Vaste, elastische zwelling van circa 1,5 cm dorsaal ter hoogte van het SL-interval, "
                "doorschijnend bij transilluminatie. Volledige beweeglijkheid; pijn bij maximale dorsaalflexie. "
                "Watson-test negatief."),
          ("h2", "Aanvullend onderzoek"),
          ("p", "Echografie linkerpols (02-09-2026): dorsaal ganglion van 14 mm uitgaande van het "
                "scapholunaire gewricht, SL-ligament intact."),
          ("h2", "Conclusie"),
          ("p", "Symptomatisch dorsaal polsganglion links."),
          ("h2", "Beleid"),
          ("p", "Na uitleg heb ik het ganglion gepuncteerd (3 ml helder, visceus vocht). Bij een recidief kan "
                "een operatieve excisie worden overwogen; de kans op recidief na punctie is ongeveer 50%. "
                "Patiënte neemt contact op als de zwelling terugkomt."),
          ("p", "Met vriendelijke groet,\n\ndrs. B. Wouters, orthopedisch chirurg\n\ncc: patiënte")],
         {"side_w_mm": 42}),
    ],
    {"font": "Arial", "size": 9.5, "footer": ["Catharina Ziekenhuis - Postbus 1350 - 5602 ZA Eindhoven - "
                                               "www.catharinaziekenhuis.nl"],
     "meta": {"title": "Polibrief", "author": "Secretariaat Orthopedie"}}))


# vi-025 pharmacy medication overview (PDF table), patient C
add(pdf("vi-025",
    L([], "2026-10-05", "other", "nl", "pharmacy medication overview (table print)",
      "unmentioned", "unmentioned", "unmentioned",
      "Pharmacy printout: none of the kinds. Table with start/end dates and prescribers (including the "
      "orthopaedic surgeon). Print date 05-10-2026 at the top, birth date in the header block."),
    blocks=[
        ("lh2", ["Apotheek Woensel", "Kruisstraat 120, 5612 CK Eindhoven", "T 040-245 61 72"],
                ["MEDICATIEOVERZICHT", "Printdatum: 05-10-2026", "Periode: 05-10-2025 t/m 05-10-2026"]),
        ("rule",),
        ("kv", [("Naam", "Mevr. S. Verbeek"), ("Geboortedatum", "22-06-1995"),
                ("Adres", "Kastanjelaan 33, 5616 LZ Eindhoven"),
                ("Huisarts", "drs. H. van Gerwen, Huisartsenpraktijk De Burgt")], {"label_w_mm": 32}),
        ("h2", "Actuele medicatie"),
        ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver", "Eind"],
                   ["14-01-2025", "Microgynon 30 ED omhulde tabletten", "1 dd 1", "H. van Gerwen (ha)", "-"],
                   ["10-09-2026", "Naproxen 500 mg tablet", "2 dd 1 zo nodig", "B. Wouters (orth.)", "-"]],
         [22, 60, 30, 38, 20]),
        ("h2", "Gestopte medicatie (laatste 12 maanden)"),
        ("table", [["Start", "Geneesmiddel", "Gebruik", "Voorschrijver", "Eind"],
                   ["20-05-2026", "Diclofenac gel 1%", "3 dd aanbrengen", "H. van Gerwen (ha)", "20-07-2026"],
                   ["02-02-2026", "Amoxicilline 500 mg", "3 dd 1, 7 dagen", "Huisartsenpost Eindhoven", "09-02-2026"]],
         [22, 60, 30, 38, 20]),
        ("h2", "Overgevoeligheden en contra-indicaties"),
        ("p", "Geen geregistreerd."),
        ("small", "Dit overzicht is gebaseerd op de gegevens die bij deze apotheek bekend zijn. Neem het mee bij "
                  "elk bezoek aan arts of ziekenhuis."),
    ],
    opts={"size": 9.5, "footer": ["Apotheek Woensel - AGB 06-012377"], "pageno": "Pagina {page} van {pages}"},
    meta={"title": "Medicatieoverzicht", "creator": "Pharmacom"}))


# vi-026 patient's own letter (DOCX, English), patient D
add(docx("vi-026",
    L([], "2026-10-09", "patient", "en", "patient's own letter (Word)",
      "yes", "yes", "yes",
      "The patient writes to ask for a second opinion: not a referral even though it states a question. "
      "Mentions his operation and MRI in London and his enclosures (operation note, MRI report) and that "
      "his GP will send the referral."),
    [
        ("addr", ["James Whitfield", "Startbaan 16", "1185 XR Amstelveen", "j.whitfield.home@example.com"]),
        ("p", "9 October 2026", {"indent_mm": 0}),
        ("addr", ["Handkliniek Zuid", "Second Opinion Team", "Postbus 75123", "1070 AC Amsterdam"]),
        ("p", "Re: request for a second opinion - right wrist - date of birth 11 April 1979"),
        ("p", "Dear Sir or Madam,"),
        ("p", "I am writing to ask whether your clinic could give me a second opinion about my right wrist. I "
              "had an operation (wrist arthroscopy with TFCC debridement) at the Royal Free Hospital in London "
              "in March 2024, after an MRI in January 2024. The wrist was fine for about two years, but the "
              "pain on the little-finger side has come back and I can no longer row."),
        ("p", "A surgeon I know in the UK told me informally that an ulnar shortening might be needed. Before I "
              "agree to anything like that I would like an independent specialist to look at it. My question is "
              "simply: what is wrong, and is surgery really necessary?"),
        ("p", "My GP, Dr Hartley in Amstelveen, will send you the formal referral. I enclose copies of the "
              "operation note and the MRI report from London."),
        ("p", "Thank you in advance."),
        ("p", "Yours faithfully,"),
        ("sig", ["James Whitfield"], {"gap_mm": 10}),
        ("p", "Enc.: operation note (19/03/2024), MRI report (30/01/2024)"),
    ],
    {"font": "Georgia", "size": 11, "meta": {"title": "Letter", "author": "James"}}))


# vi-027 insurance pre-authorisation form (PDF, English), patient D
add(pdf("vi-027",
    L([], "2026-10-02", "other", "en", "health insurer pre-authorisation form (two-column, checkboxes)",
      "yes", "yes", "yes",
      "Insurance form: none of the kinds. Dates dd/mm/yyyy (02/10/2026 could be read as 10 Feb). Checkbox "
      "answers state treatment in a UK hospital, an operation and an MRI. Policy start and DOB dates nearby."),
    blocks=[
        ("lh2", ["ExpatCare Health Insurance N.V.", "Claims & Authorisations", "Postbus 20417, 2500 EK Den Haag"],
                ["PRE-AUTHORISATION REQUEST", "Form PA-7 (2026)", "Return by e-mail or post"]),
        ("rule",),
        ("h2", "1. Insured person"),
        ("kv", [("Name", "James Whitfield"), ("Date of birth", "11/04/1979"), ("Policy number", "EXC-NL-0042817"),
                ("Policy start date", "01/09/2024"), ("Address", "Startbaan 16, 1185 XR Amstelveen")],
         {"label_w_mm": 50}),
        ("h2", "2. Requested care"),
        ("kv", [("Type of care", "[X] Second opinion (specialist)   [ ] Admission   [ ] Surgery"),
                ("Provider", "Handkliniek Zuid, Amsterdam"),
                ("Condition", "Recurrent ulnar-sided wrist pain, right, after TFCC surgery"),
                ("Referral by GP", "[X] Yes, to be sent by Dr F. Hartley   [ ] No")], {"label_w_mm": 50}),
        ("h2", "3. Medical history related to this condition"),
        ("kv", [("Tests already done", "MRI right wrist (01/2024, London)"),
                ("Previous surgery", "[X] Yes - wrist arthroscopy, Royal Free Hospital London, 03/2024"),
                ("Treated in a hospital outside the Netherlands in the last 5 years?",
                 "[X] Yes  Country: United Kingdom   [ ] No")], {"label_w_mm": 70}),
        ("h2", "4. Declaration"),
        ("p", "I declare that the information above is complete and correct and authorise ExpatCare to obtain "
              "medical information necessary to assess this request."),
        ("kv", [("Place / date", "Amstelveen, 02/10/2026"), ("Signature", "J. Whitfield")], {"label_w_mm": 50}),
        ("small", "For office use: received 05/10/2026 - case 26-PA-11984 - decision within 10 working days."),
    ],
    opts={"size": 9.5, "footer": ["ExpatCare Health Insurance N.V. - KvK 27190044 - Form PA-7"],
          "pageno": "{page}/{pages}"},
    meta={"title": "PA-7", "creator": "Acrobat PDFMaker"}))


# ------------------------------------------------------------------------------------------
# Patient E: Frau Katrin Hoffmann, wohnhaft Venlo. Distal radius fracture, ORIF in Krefeld (D).
# vi-028 Arztbrief ambulant (PDF)
# ------------------------------------------------------------------------------------------
add(pdf("vi-028",
    L(["correspondence"], "2026-06-30", "specialist", "de", "German outpatient Arztbrief (Klinik letterhead, Diagnosen/Procedere)",
      "yes", "yes", "yes",
      "German hospital letter to a Dutch GP: 'Diagnosen' list carries the operation date 14.04.2026; X-ray "
      "of the same day quoted in the text (the Befund is a separate document). 'Materialentfernung ... "
      "erwogen' is a plan. Written by a hospital abroad that operated on the patient."),
    blocks=[
        ("logo", "HK"),
        ("lh", ["HELIOS Klinikum Krefeld", "Klinik für Plastische, Hand- und Ästhetische Chirurgie",
                "Chefarzt Prof. Dr. med. A. Reinholt", "Lutherplatz 40, 47805 Krefeld  -  Tel. +49 2151 32-0"],
         "right"),
        ("addr_meta", ["Huisartsenpraktijk Blerick", "Frau M. Janssen, huisarts", "Kloosterstraat 18",
                       "5922 AE Venlo", "NIEDERLANDE"],
         [("Datum", "30.06.2026"), ("Unser Zeichen", "Rh/We/2026-3187"), ("Fall-Nr.", "62 118 447")],
         {"meta_x_mm": 115, "label_w_mm": 30}),
        ("p", "Sehr geehrte Frau Kollegin Janssen,"),
        ("p", "wir berichten über Ihre Patientin Frau Katrin Hoffmann, geb. 07.12.1966, wohnhaft "
              "Maasboulevard 6, 5911 AB Venlo (NL), die sich am 30.06.2026 in unserer Handsprechstunde vorstellte."),
        ("h2", "Diagnosen"),
        ("p", "1. Distale Radiusfraktur rechts (AO 23-C1), Sturz am 11.04.2026\n"
              "   - ORIF mit palmarer winkelstabiler Plattenosteosynthese am 14.04.2026\n"
              "2. Arterielle Hypertonie"),
        ("h2", "Anamnese"),
        ("p", "11 Wochen postoperativ. Die Patientin berichtet über eine deutliche Besserung. Sie führt seit Ende "
              "April Physiotherapie durch. Restbeschwerden beim Auswringen und beim Tragen schwerer Taschen. "
              "Gelegentlich Kribbeln in Daumen und Zeigefinger, vor allem nachts."),
        ("h2", "Befund"),
        ("p", "Reizlose Narbe palmar. Handgelenk Extension/Flexion 55-0-50°, Pro-/Supination 80-0-70°. "
              "Faustschluss komplett. Hoffmann-Tinel über dem N. medianus fraglich positiv. DMS intakt."),
        ("h2", "Röntgen"),
        ("p", "Röntgen rechtes Handgelenk in 2 Ebenen vom 30.06.2026: regelrechte Plattenlage, Fraktur knöchern "
              "konsolidiert, keine sekundäre Dislokation."),
        ("h2", "Beurteilung und Procedere"),
        ("p", "Erfreulicher Verlauf. Wir empfehlen die Fortführung der Physiotherapie. Bei Persistenz der "
              "nächtlichen Parästhesien sollte eine neurologische Untersuchung (NLG) erfolgen. Eine "
              "Materialentfernung kann frühestens 12 Monate postoperativ erwogen werden, ist aber nicht "
              "zwingend erforderlich. Eine Wiedervorstellung bei uns ist nicht geplant; die Weiterbehandlung "
              "erfolgt heimatnah."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Prof. Dr. med. A. Reinholt          Dr. med. J. Wendt",
                 "Chefarzt                            Oberärztin"], {"gap_mm": 10}),
    ],
    opts={"size": 9.5, "header": ["Frau K. Hoffmann, geb. 07.12.1966 - Arztbrief vom 30.06.2026 - Seite {page}"],
          "footer": ["HELIOS Klinikum Krefeld GmbH - Sitz Krefeld - Amtsgericht Krefeld HRB 12345 - "
                     "Geschäftsführung: M. Brandes"],
          "footer_center": True},
    meta={"title": "Arztbrief", "creator": "iMedOne"}))


# vi-029 Operationsbericht (DOCX)
add(docx("vi-029",
    L(["operation-report"], "2026-04-14", "specialist", "de", "German Operationsbericht (Word form)",
      "unmentioned", "yes", "yes",
      "German OP report: OP-Datum 14.04.2026, 'diktiert/geschrieben' 15.04.2026 (report date, also the "
      "document's own). OPS code, 'Schnitt-Naht-Zeit'. Hospital abroad. Intraoperative fluoroscopy "
      "(Bildwandler) is not a diagnostic imaging report.",
      also=["2026-04-15"]),
    [
        ("lh", ["HELIOS Klinikum Krefeld", "Klinik für Plastische, Hand- und Ästhetische Chirurgie",
                "Lutherplatz 40, 47805 Krefeld"], "left", {"big": False}),
        ("h1", "OPERATIONSBERICHT", {"center": True}),
        ("kv", [("Patientin", "Hoffmann, Katrin"), ("Geb.-Datum", "07.12.1966"), ("Fall-Nr.", "62 118 447"),
                ("OP-Datum", "14.04.2026"), ("Saal", "OP 3"),
                ("Operateur", "Dr. med. J. Wendt (OÄ)"), ("Assistenz", "S. Yildiz (AA)"),
                ("Anästhesie", "Axilläre Plexusanästhesie, Dr. med. T. Krüger"),
                ("Diagnose", "Distale intraartikuläre Radiusfraktur rechts, AO 23-C1"),
                ("Operation", "Offene Reposition und winkelstabile palmare Plattenosteosynthese distaler Radius "
                              "rechts (OPS 5-794.k6)"),
                ("Blutsperre", "250 mmHg, 61 min"), ("Schnitt-Naht-Zeit", "58 min")],
         {"mode": "table", "label_w_mm": 40}),
        ("h2", "Bericht"),
        ("p", "Team-Time-out. Rückenlage, Armtisch, Oberarmblutsperre. Hautdesinfektion, steriles Abdecken. "
              "Modifizierter Henry-Zugang über der FCR-Sehne. Darstellen und Ablösen des M. pronator quadratus. "
              "Darstellen der Fraktur; Hämatomausräumung. Reposition unter Längszug und Kontrolle mit dem "
              "Bildwandler, temporäre Kirschnerdraht-Fixation. Anlage einer winkelstabilen palmaren Platte "
              "(2,4 mm, 3 Loch Schaft), distal 6 winkelstabile Schrauben. Bildwandlerkontrolle in 2 Ebenen: "
              "anatomische Gelenkfläche, regelrechte Schraubenlage ohne intraartikuläre Lage. Refixation des "
              "Pronator quadratus, schichtweiser Wundverschluss, Intrakutannaht. Steriler Verband, dorsale "
              "Unterarmschiene."),
        ("kv", [("Komplikationen", "keine"), ("Drainage", "keine"),
                ("Procedere", "Hochlagerung, Schiene für 2 Wochen, dann funktionelle Nachbehandlung mit "
                              "Physiotherapie; Röntgenkontrolle nach 6 Wochen; Fäden ex nach 14 Tagen.")],
         {"mode": "tabs", "label_w_mm": 40}),
        ("p", "Dr. med. J. Wendt, Oberärztin"),
        ("small", "diktiert: 14.04.2026 / geschrieben: 15.04.2026 / ko"),
    ],
    {"font": "Arial", "size": 10, "footer": ["Operationsbericht - Hoffmann, Katrin - Seite {PAGE} von {NUMPAGES}"],
     "meta": {"title": "OP-Bericht", "author": "iMedOne"}}))


# vi-030 Röntgenbefund as OCR text (TXT), scanned look
OCR_030 = """
HELIOS KIinikum Krefeld                                  Institut fur Radiologie
                                                         Lutherplatz 40 . 47805 Krefeld

Frau
Katrin Hoffmann                  geb. 07.12.1966         Pat.-Nr. 00441871
Maasboulevard 6, NL-5911 AB Venlo

Überweiser: Klinik fur Plastische, Hand- und Asthetische Chirurgie

Untersuchungsdatum: 30.06.2026
Untersuchung: Röntgen Handgelenk rechts in 2 Ebenen

Rechtfertigende lndikation: Verlaufskontrolle 11 Wo. nach Platten-
osteosynthese bei distaler Radiusfraktur (OP 14.04.2026).

Befund:
Z.n. palmarer winkelstabiler Plattenosteosyn-
these des distalen Radius rechts. Die Frakturlinien sind
knöchern überbaut. Regelrechte Stellung, radiale Inklination
22°, palmare Kippung 8°. Keine Materiallockerung, kein
Schraubenüberstand nach dorsal. Keine intraartikulare
Stufe. Ulna-Plusvariante 1 mm. Beginnende Demineralisation
der Handwurzel, vereinbar mit Inaktivität.

Beurteilung:
Konsolidierte distale Radiusfraktur rechts nach Platten-
osteosynthese ohne Hinweis auf Materialversagen.

Mit freundlichen Grüßen

Dr. med. R. Okonkwo-Bauer
Fachärztin für Radiologie
                                                                  - 1 -
Gedruckt: O1.07.2O26  . Seite 1 von 1                   |||  ||| |  ||
"""

add(txt("vi-030",
    L(["imaging-report"], "2026-06-30", "radiologist", "de", "German Röntgenbefund, OCR text of a scanned page",
      "yes", "yes", "yes",
      "OCR output of a scan: 'KIinikum', 'lndikation', missing umlauts in places, hyphenated line breaks "
      "('Platten-/osteosynthese'), and a mis-read print date 'O1.07.2O26' (letter O for zero). The "
      "exam date 30.06.2026 is legible. Hospital abroad; mentions the earlier operation (14.04.2026)."),
    OCR_030))


# vi-031 merged PDF (German hospital bundle): Entlassungsbrief with OP section + CT Befund + MRSA screening
add(pdf("vi-031",
    L(["correspondence", "operation-report", "imaging-report", "mrsa-screening"], None, "specialist", "de",
      "merged PDF: German discharge letter with operation section + CT Befund + MRSA admission screening",
      "yes", "yes", "yes",
      "Three German documents in one PDF with a running header. Part 1 Entlassungsbrief contains a full "
      "'Operation' section (date, operator, procedure, course), so it is both correspondence and operation "
      "report. Part 2 CT Befund. Part 3 MRSA admission screening of a German hospital lab (April 2026: too "
      "old for a 60-day rule, but an MRSA result). Admission/discharge dates 12.04.-17.04.2026.",
      parts=[P(["correspondence", "operation-report"], "2026-04-17", "specialist"),
             P(["imaging-report"], "2026-04-12", "radiologist"),
             P(["mrsa-screening"], "2026-04-14", "lab")]),
    parts=[
        {"opts": {"size": 9.5, "header": ["HELIOS Klinikum Krefeld - Hoffmann, Katrin, 07.12.1966 - Fall 62 118 447"],
                  "header_first": True, "pageno": "Seite {page} von {pages}"},
         "blocks": [
            ("lh", ["Klinik für Plastische, Hand- und Ästhetische Chirurgie", "Lutherplatz 40, 47805 Krefeld"],
             "right", {"big": False}),
            ("addr_meta", ["Frau M. Janssen, huisarts", "Huisartsenpraktijk Blerick", "Kloosterstraat 18",
                           "5922 AE Venlo (NL)"],
             [("Datum", "17.04.2026"), ("Aufnahme", "12.04.2026"), ("Entlassung", "17.04.2026")]),
            ("h1", "Entlassungsbrief"),
            ("p", "Sehr geehrte Frau Kollegin,"),
            ("p", "wir berichten über die stationäre Behandlung von Frau Katrin Hoffmann, geb. 07.12.1966, "
                  "vom 12.04.2026 bis 17.04.2026."),
            ("h2", "Diagnosen"),
            ("p", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C1) nach Sturz am 11.04.2026 bei einem "
                  "Familienbesuch in Krefeld. Arterielle Hypertonie."),
            ("h2", "Operation"),
            ("kv", [("Datum", "14.04.2026"), ("Operateur", "Dr. med. J. Wendt, Oberärztin"),
                    ("Anästhesie", "axilläre Plexusanästhesie"),
                    ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese rechts"),
                    ("Verlauf", "Henry-Zugang, Reposition unter Bildwandler, Platte 2,4 mm mit 6 distalen "
                                "winkelstabilen Schrauben; Refixation Pronator quadratus; Intrakutannaht. "
                                "Komplikationslos, Blutsperre 61 min.")], {"label_w_mm": 30}),
            ("h2", "Verlauf"),
            ("p", "Präoperativ CT zur Planung (siehe Befund). Postoperativ unauffälliger Verlauf, reizlose Wunde, "
                  "DMS intakt. Röntgenkontrolle postoperativ mit regelrechter Stellung. Das MRSA-Aufnahmescreening "
                  "war negativ. Entlassung in gutem Allgemeinzustand."),
            ("h2", "Medikation bei Entlassung"),
            ("p", "Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, Amlodipin 5 mg 1-0-0 (Dauermedikation)."),
            ("h2", "Procedere"),
            ("p", "Schiene für 2 Wochen, Fadenzug am 14. postoperativen Tag heimatnah. Physiotherapie. "
                  "Wiedervorstellung in unserer Handsprechstunde in 10-12 Wochen."),
            ("p", "Mit freundlichen Grüßen"),
            ("sig", ["Dr. med. J. Wendt, Oberärztin", "S. Yildiz, Assistenzärztin"], {"gap_mm": 8}),
         ]},
        {"opts": {"size": 9.5, "header": ["HELIOS Klinikum Krefeld - Hoffmann, Katrin, 07.12.1966 - Fall 62 118 447"],
                  "header_first": True},
         "blocks": [
            ("lh", ["Institut für Radiologie", "Chefarzt Dr. med. P. Sander"], "left", {"big": False}),
            ("h1", "Befundbericht", {"size": 12}),
            ("kv", [("Untersuchung", "CT rechtes Handgelenk nativ, multiplanare Rekonstruktionen"),
                    ("Untersuchungsdatum", "12.04.2026 18:12"),
                    ("Anforderung", "Unfallchirurgie / Notaufnahme"),
                    ("Fragestellung", "Gelenkbeteiligung? OP-Planung")], {"label_w_mm": 40}),
            ("p", "Befund: Distale Radiusfraktur mit intraartikulärem Verlauf, zwei Hauptfragmente, Gelenkstufe "
                  "bis 2 mm, dorsale Abkippung 18°. Processus styloideus ulnae intakt. Carpus regelrecht."),
            ("p", "Beurteilung: Intraartikuläre distale Radiusfraktur rechts (AO 23-C1) mit Gelenkstufe 2 mm."),
            ("p", "Dr. med. L. Hartung, Fachärztin für Radiologie - elektronisch freigegeben 12.04.2026"),
         ]},
        {"opts": {"size": 9.5, "header": ["HELIOS Klinikum Krefeld - Hoffmann, Katrin, 07.12.1966 - Fall 62 118 447"],
                  "header_first": True},
         "blocks": [
            ("lh", ["Zentrallabor / Mikrobiologie", "MVZ Labor Krefeld - Krankenhaushygiene"], "left", {"big": False}),
            ("h1", "Mikrobiologischer Befund - MRSA-Aufnahmescreening", {"size": 12}),
            ("table", [["Abnahme", "Eingang", "Befunddatum", "Einsender"],
                       ["12.04.2026", "12.04.2026", "14.04.2026", "Station 4B, Handchirurgie"]],
             [35, 35, 35, 65]),
            ("table", [["Material", "Untersuchung", "Ergebnis"],
                       ["Nasenvorhof bds.", "MRSA-Kultur (chromogen)", "MRSA nicht nachgewiesen"],
                       ["Rachen", "MRSA-Kultur (chromogen)", "MRSA nicht nachgewiesen"]], [50, 55, 65]),
            ("p", "Endbefund. Freigegeben: Dr. rer. nat. B. Lenz, Mikrobiologie, 14.04.2026."),
         ]},
    ],
    meta={"title": "Unterlagen Hoffmann", "creator": "iMedOne Export"}))


# vi-032 GP free letter referral (DOCX), patient E (Venlo)
add(docx("vi-032",
    L(["referral"], "2026-11-10", "gp", "nl", "free GP letter (Word, address block 't.a.v. second opinion')",
      "yes", "yes", "yes",
      "GP referral letter whose addressee line reads 't.a.v. second opinion' (the clinic's address, not a "
      "reason to treat as patient letter). States admission and operation in Germany. 'MRSA-screening bij "
      "opname negatief' and 'nieuwe screening is aangevraagd' are mentions/plans. No history section.",
      rq=True),
    [
        ("lh", ["Huisartsenpraktijk Blerick", "M. Janssen, huisarts",
                "Kloosterstraat 18, 5922 AE Venlo  |  077-382 41 10  |  AGB 01071893"], "left"),
        ("addr", ["Handkliniek Zuid", "t.a.v. second opinion", "Postbus 75123", "1070 AC Amsterdam"]),
        ("kv", [("Datum", "10-11-2026"),
                ("Betreft", "mevrouw K. Hoffmann, geb. 07-12-1966, Maasboulevard 6, 5911 AB Venlo"),
                ("BSN", "3021 77 864")], {"mode": "tabs", "label_w_mm": 25}),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik mevrouw Hoffmann naar u voor een second opinion. Zij is in april 2026 tijdens "
              "een familiebezoek in Duitsland gevallen en werd van 12 tot 17 april opgenomen in het Helios "
              "Klinikum Krefeld, waar op 14 april een plaatosteosynthese van een distale radiusfractuur rechts "
              "werd verricht. Het beloop was aanvankelijk goed, maar sinds de zomer heeft zij toenemende "
              "tintelingen in duim, wijs- en middelvinger en pijn bij de plaat."),
        ("p", "Vraagstelling: is er sprake van een carpaletunnelsyndroom of van irritatie door het "
              "osteosynthesemateriaal, en is vervroegde verwijdering van de plaat aangewezen? De Duitse collega's "
              "adviseren af te wachten tot 12 maanden na de operatie."),
        ("p", "Beeldvorming: röntgen in Krefeld (30-06-2026), verslag bijgevoegd (Duitstalig). De beelden heeft "
              "patiënte op CD. Een EMG is nog niet gedaan."),
        ("p", "MRSA: bij opname in Krefeld was de screening negatief; in verband met de buitenlandse opname heb ik "
              "een nieuwe screening via ons laboratorium aangevraagd. De uitslag stuur ik na."),
        ("p", "Medicatie: amlodipine 5 mg 1 dd. Allergieën: geen."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["M. Janssen, huisarts"], {"gap_mm": 10}),
        ("p", "Bijlagen: Entlassungsbrief 17-04-2026, Arztbrief 30-06-2026, Röntgenbefund 30-06-2026"),
    ],
    {"font": "Cambria", "size": 11, "meta": {"title": "Verwijzing Hoffmann", "author": "praktijk"}}))
