"""tv-030 .. tv-039: DOCX documents (letterheads in header tables, footers with dictation dates, tables)."""
from lib import (docx_new, dpara, dlabel, dtable, docx_save, dheader_table, dfooter, dheader_text,
                 out, write_label)


# --------------------------------------------------------------------------- 030
def tv030():
    d = docx_new("Arial", 10)
    s = d.sections[0]
    dheader_table(s, ["Bernhoven", "Orthopedie & Traumatologie", "Hand- en polsspreekuur"],
                  ["Nistelrodeseweg 10", "5406 PT  Uden", "T 0413 40 40 40", "www.bernhoven.nl"])
    dfooter(s, ["Gedicteerd d.d. 09-10-2026 / Getypt d.d. 13-10-2026 / JvD/mk",
                "Bernhoven · Orthopedie · Deze brief is elektronisch geautoriseerd"], page=True)
    dpara(d, "Huisartsenpraktijk De Maashorst\nt.a.v. dhr. B. Ketelaars, huisarts\nKerkstraat 4\n5401 BC  Uden")
    dpara(d, "")
    dlabel(d, "Ons kenmerk:", "ORT-26-20417")
    dlabel(d, "Betreft:", "dhr. A.J. (Arjen) Mulder, geb. 21-04-1983, Uden")
    dpara(d, "")
    dpara(d, "Geachte collega,")
    dpara(d, "Wij zagen uw patiënt op het hand- en polsspreekuur in verband met pijn aan de duimzijde van de linkerpols.")
    dpara(d, "Anamnese", bold=True)
    dpara(d, "Sinds vier maanden pijn radiaal aan de linkerpols, uitstralend naar de duim, toegenomen sinds hij vader is "
             "geworden en zijn dochter veel optilt. Geen trauma. Nachtelijke pijn af en toe. Eerdere behandeling: "
             "polsbrace via u, naproxen. Patiënt woonde van 2019 tot 2022 in Australië; hij is daar nooit voor de pols "
             "behandeld. Geen relevante voorgeschiedenis.")
    dpara(d, "Lichamelijk onderzoek", bold=True)
    dpara(d, "Zwelling over het eerste extensorcompartiment, test van Finkelstein sterk positief, geen crepitaties CMC-1, "
             "grind-test negatief. Sensibiliteit intact.")
    dpara(d, "Aanvullend onderzoek", bold=True)
    dpara(d, "X-pols links (vandaag): geen ossale afwijkingen, geen artrose CMC-1. Echografie niet verricht.")
    dpara(d, "Conclusie", bold=True)
    dpara(d, "Tendovaginitis de Quervain links.")
    dpara(d, "Beleid", bold=True)
    dpara(d, "Na informed consent injectie met triamcinolonacetonide 10 mg en lidocaïne in het eerste extensorcompartiment. "
             "Duimspalk 3 weken. Bij onvoldoende effect na 6 weken kan een operatieve klieving van het eerste compartiment "
             "worden overwogen; patiënt geeft aan dan eerst een tweede mening te willen. Controle telefonisch over 6 weken.")
    dpara(d, "")
    dpara(d, "Met vriendelijke groet,")
    dpara(d, "")
    dpara(d, "dr. J. van Dongen\northopedisch chirurg")
    dpara(d, "cc: patiënt", size=8)
    docx_save(d, out("tv-030", "docx"))
    write_label("tv-030", kinds=["correspondence"], date="2026-10-13", also_dates=["2026-10-09"], author="specialist",
                language="nl", style="hospital outpatient letter DOCX, letterhead table in header, dictated/typed dates only in footer",
                imaging_done="yes", operated="unmentioned", treated_abroad="no",
                notes="The only dates (besides the birth date) are in the Word footer: 'Gedicteerd d.d. 09-10-2026 / Getypt d.d. 13-10-2026'. Lived in Australia but never treated there = treated_abroad no. 'Echografie niet verricht' next to a done X-ray: imaging yes. Surgery only 'overwogen'.")


# --------------------------------------------------------------------------- 031
def tv031():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["Huisartsenpraktijk Kleverpark", "J.M. Wolthuis & S. Akkermans, huisartsen"],
                  ["Kleverparkweg 68", "2023 CH  Haarlem", "023 555 31 31", "AGB 01-012345"])
    dfooter(s, ["Huisartsenpraktijk Kleverpark · Haarlem · vertrouwelijk"], page=True)
    dpara(d, "Aan: ParkHand Kliniek\nt.a.v. second opinion / intake\nSpaarnepoort 4\n2134 TM  Hoofddorp")
    dpara(d, "")
    dpara(d, "Haarlem, 4 november 2026")
    dlabel(d, "Betreft:", "dhr. J. (Joost) Verhagen, geboren 28-02-1980")
    dlabel(d, "Onderwerp:", "medische samenvatting t.b.v. second opinion")
    dpara(d, "")
    dpara(d, "Geachte collega,")
    dpara(d, "De verwijzing voor een second opinion ontvangt u separaat via ZorgDomein. Hierbij, op verzoek van uw "
             "intake, een samenvatting van de voorgeschiedenis en de eerdere behandelingen van de rechterpols van "
             "bovengenoemde patiënt.")
    dpara(d, "Voorgeschiedenis", bold=True)
    dpara(d, "- 2012 Ziekte van Pfeiffer\n- 2016 Hernia nuclei pulposi L5-S1, conservatief\n- 2018-2021 Woonachtig in Singapore "
             "(werk als expat); in die periode behandeld voor een scafoidfractuur rechts, zie tabel\n- 2022 Hypercholesterolemie")
    dpara(d, "Eerdere behandelingen rechterpols", bold=True)
    dtable(d, [["Datum", "Behandeling", "Waar"],
               ["10-11-2019", "Val bij rugby; scafoidfractuur rechts vastgesteld (X, CT)", "A&E, Raffles Hospital Singapore"],
               ["14-11-2019", "Percutane schroeffixatie scafoid rechts", "Raffles Hospital Singapore (dr. Lim)"],
               ["12-2019 – 03-2020", "Handtherapie", "Singapore"],
               ["09-2024", "X-pols rechts: geconsolideerd, schroef in situ; beginnende artrose radioscafoïdaal", "Spaarne Gasthuis"],
               ["03-2026", "Injectie radiocarpaal", "orthopedie Spaarne Gasthuis"],
               ["06-2026", "CT-pols rechts: SNAC-achtige artrose stadium I-II", "Spaarne Gasthuis"],
               ["09-2026", "Advies orthopeed: proximale rij carpectomie", "Spaarne Gasthuis (dr. Post)"]],
           widths_mm=[32, 84, 50])
    dpara(d, "")
    dpara(d, "Huidige klachten", bold=True)
    dpara(d, "Toenemende pijn bij belasten en draaien, ochtendstijfheid, knijpkracht afgenomen. Werkt als "
             "projectmanager, sport niet meer. Patiënt twijfelt aan de voorgestelde ingreep en wil een tweede mening.")
    dpara(d, "Medicatie", bold=True)
    dpara(d, "Atorvastatine 20 mg 1dd; paracetamol 1000 mg zo nodig.")
    dpara(d, "Allergieën", bold=True)
    dpara(d, "Geen.")
    dpara(d, "")
    dpara(d, "Met vriendelijke groet,")
    dpara(d, "")
    dpara(d, "J.M. Wolthuis, huisarts")
    docx_save(d, out("tv-031", "docx"))
    write_label("tv-031", kinds=["history"], date="2026-11-04", author="gp", language="nl",
                style="GP history letter (samenvatting) DOCX with table of previous treatments date/treatment/where",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="GP summary, addressed 't.a.v. second opinion' but explicitly not the referral (that comes via ZorgDomein). Date 'Haarlem, 4 november 2026' in words. Expat period: ED visit and operation in Singapore (2019). Table of treatments with mixed date formats (dd-mm-yyyy, mm-yyyy ranges).")


# --------------------------------------------------------------------------- 032
def tv032():
    d = docx_new("Calibri", 11)
    s = d.sections[0]
    s.different_first_page_header_footer = True
    dheader_table(s, ["Meadowbank Surgery", "Dr F. McAllister · Dr R. Singh · Dr E. Howarth"],
                  ["14 Church Road, Hove BN3 2FL", "Tel 01273 555 410", "Practice code G81099"], first=True)
    dheader_text(s, ["Mr Oliver Hendriks-Baird · DOB 11/06/1969 · NHS No 485 777 3456 · continued"], first=False)
    dfooter(s, ["Meadowbank Surgery is part of Hove Central Primary Care Network"], first=True)
    dfooter(s, ["Meadowbank Surgery · referral letter"], first=False, page=True, page_prefix="Page ", page_mid=" of ")
    dpara(d, "Date: 4th December 2026")
    dpara(d, "")
    dpara(d, "ParkHand Kliniek\nHand and Wrist Surgery – Second Opinion Service\nSpaarnepoort 4\n2134 TM Hoofddorp\nThe Netherlands")
    dpara(d, "")
    dpara(d, "Dear Colleague,")
    dlabel(d, "Re:", "Mr Oliver HENDRIKS-BAIRD, DOB 11/06/1969, NHS No 485 777 3456\n"
                     "Current address: 7 Wilbury Avenue, Hove BN3 6HS (from January 2027: Oude Delft 112, Delft)")
    dpara(d, "")
    dpara(d, "Diagnosis", bold=True)
    dpara(d, "Persistent left carpal tunnel syndrome after carpal tunnel decompression")
    dpara(d, "Reason for referral and question", bold=True)
    dpara(d, "I would be grateful if you would see Mr Hendriks-Baird, a 57-year-old right-handed structural engineer, for a "
             "second opinion. He is moving to Delft in January. Our local hand surgeon has offered a revision carpal tunnel "
             "decompression with a hypothenar fat flap. My question is whether revision surgery is advisable, or whether "
             "his symptoms could be explained otherwise (he also has cervical spondylosis), and what you would recommend.")
    dpara(d, "Past medical history", bold=True)
    dpara(d, "- Left carpal tunnel decompression, Princess Royal Hospital, Haywards Heath, 14/02/2024\n"
             "- Cervical spondylosis C5/6 (MRI 2022), managed with physiotherapy\n- Hypertension (2015)\n"
             "- Right inguinal hernia repair 2011")
    dpara(d, "Recent treatment", bold=True)
    dpara(d, "- 03/2026 Steroid injection left carpal tunnel (hand clinic, Princess Royal Hospital) – relief for 6 weeks only\n"
             "- 06/2026 Attended A&E at the Royal Sussex County Hospital after a fall on the left hand; X-ray wrist: no fracture\n"
             "- 06/2026 Nerve conduction studies: moderate median neuropathy at the wrist, not improved compared with 2023\n"
             "- 09/2026 Night splint; amitriptyline 10 mg nocte, stopped because of drowsiness")
    dpara(d, "Current medication", bold=True)
    dpara(d, "Ramipril 5 mg od; paracetamol 1 g qds prn.")
    dpara(d, "Allergies", bold=True)
    dpara(d, "Codeine (nausea).")
    dpara(d, "")
    dpara(d, "He is keen to have this addressed before he starts his new job. I enclose the clinic letters and the NCS "
             "report. He understands that he will also need to register with a Dutch GP, who may need to issue a Dutch "
             "referral for reimbursement purposes.")
    dpara(d, "")
    dpara(d, "Yours sincerely,")
    dpara(d, "")
    dpara(d, "Dr Fiona McAllister MRCGP\nGeneral Practitioner")
    dpara(d, "")
    dpara(d, "Dictated on the third of December 2026 · typed 04/12/2026 · FM/jk\nEnc.: clinic letters (2), NCS report", size=8)
    docx_save(d, out("tv-032", "docx"))
    write_label("tv-032", kinds=["referral", "history"], date="2026-12-04", also_dates=["2026-12-03"], author="gp",
                language="en", style="UK GP referral letter DOCX, different first-page header, running header on later pages",
                referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="UK GP referral with explicit question; has 'Past medical history' and 'Recent treatment' sections so also a history letter. Date 'Date: 4th December 2026' (ordinal); dictation date in words ('third of December 2026'); UK day-first DOB 11/06/1969 = 11 June. Treatment in UK hospitals (A&E, CTR) = treated abroad from the clinic's view. Hernia repair is another body part; the CTR counts.")


# --------------------------------------------------------------------------- 033
def tv033():
    d = docx_new("Arial", 10)
    s = d.sections[0]
    dheader_table(s, ["Klinik am Reichswald", "Sektion Handchirurgie · Leitender Arzt Dr. med. T. Brüggemann"],
                  ["Reichswaldstraße 50", "47533 Kleve", "Tel. +49 2821 555 0", "Fax +49 2821 555 199"])
    dfooter(s, ["Diktiert: 02.11.2026 / Geschrieben: 04.11.2026 / Kü",
                "Klinik am Reichswald gGmbH · Amtsgericht Kleve HRB 4411 · Geschäftsführer: M. Verweyen"], page=True,
            page_prefix="Seite ", page_mid=" von ")
    dpara(d, "Herrn\nJ. Hermsen, huisarts\nHuisartsenpraktijk Groesbeek-Centrum\nDorpsstraat 21\n6561 CD Groesbeek\nNiederlande")
    dpara(d, "")
    dpara(d, "Arztbrief", bold=True, size=14)
    dlabel(d, "Patient:", "Herr Niels Peeters, geb. 15.05.1992, Groesbeek (NL)")
    dpara(d, "")
    dpara(d, "Sehr geehrter Herr Kollege Hermsen,")
    dpara(d, "wir berichten über die ambulante Vorstellung Ihres Patienten in unserer handchirurgischen Sprechstunde.")
    dpara(d, "Diagnosen", bold=True)
    dpara(d, "1. Kahnbeinpseudarthrose links (mittleres Drittel), SNAC-Stadium I\n2. Z. n. Appendektomie 2001")
    dpara(d, "Anamnese", bold=True)
    dpara(d, "Sturz beim Fußball vor ca. zwei Jahren, damals keine ärztliche Vorstellung. Seit Monaten zunehmende "
             "belastungsabhängige Schmerzen radialseitig im linken Handgelenk. Der Patient arbeitet als Elektriker in Kleve "
             "(Grenzgänger).")
    dpara(d, "Befund", bold=True)
    dpara(d, "Druckschmerz Tabatière links, Extension 50°, Flexion 45°, Grobkraft links 32 kg vs. rechts 46 kg. DMS intakt.")
    dpara(d, "Bildgebung", bold=True)
    dpara(d, "Röntgen linkes Handgelenk in 4 Ebenen (hier): Pseudarthrose im mittleren Kahnbeindrittel mit Sklerosesaum und "
             "kleinen Zysten, beginnende Zuspitzung des Processus styloideus radii. CT (hier): keine Buckelbildung, "
             "Resorptionszone 3 mm.")
    dpara(d, "Therapieempfehlung", bold=True)
    dpara(d, "Wir empfehlen eine Rekonstruktion mit Beckenkammspan (Matti-Russe-Plastik) und Schraubenosteosynthese. "
             "Der Patient möchte vor einer Entscheidung eine Zweitmeinung in den Niederlanden einholen. Die Bilder wurden "
             "ihm auf CD mitgegeben. Eine Operation wurde bisher nicht durchgeführt.")
    dpara(d, "Procedere", bold=True)
    dpara(d, "Bis zur Entscheidung Schonung, Orthese bei Belastung. Wiedervorstellung nach Rücksprache.")
    dpara(d, "")
    dpara(d, "Mit freundlichen kollegialen Grüßen")
    dpara(d, "")
    dtable(d, [["Dr. med. T. Brüggemann\nLeitender Arzt Handchirurgie", "A. Küppers\nAssistenzärztin"]], widths_mm=[80, 80],
           style=None, bold_header=False)
    docx_save(d, out("tv-033", "docx"))
    write_label("tv-033", kinds=["correspondence"], date="2026-11-04", also_dates=["2026-11-02"], author="specialist",
                language="de", style="German Arztbrief DOCX, letterhead in header table, Diktiert/Geschrieben only in footer",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Only dates of the letter are in the Word footer (Diktiert 02.11.2026 / Geschrieben 04.11.2026). Dutch cross-border worker seen and imaged in a German clinic (outpatient) = treated abroad. 'Eine Operation wurde bisher nicht durchgeführt' = operated no; the recommended Matti-Russe is a plan; appendectomy is another body part.")


# --------------------------------------------------------------------------- 034
def tv034():
    d = docx_new("Arial", 10)
    s = d.sections[0]
    dheader_table(s, ["Kingsmead University Hospitals", "NHS Trust · Hand Therapy Unit (Occupational Therapy)"],
                  ["Kingsmead Road", "Nottingham NG5 1PB", "Tel 0115 555 4420"])
    dfooter(s, ["Hand Therapy Unit · Kingsmead University Hospitals NHS Trust · Please quote hospital number on all correspondence"])
    dpara(d, "Date: 19/11/2026")
    dpara(d, "")
    dpara(d, "Mr Anil Bhatt, Consultant Hand Surgeon, Kingsmead University Hospitals\n"
             "cc: Dr L. Evans, Arnold Road Surgery, Nottingham; Ms Ilse Koster (patient)")
    dpara(d, "")
    dlabel(d, "Patient:", "Ms Ilse KOSTER   DOB: 30/01/1993   Hospital No: K2290441")
    dlabel(d, "Diagnosis:", "Zone II flexor tendon repair (FDP + FDS), right middle finger, 02/09/2026")
    dpara(d, "")
    dpara(d, "HAND THERAPY PROGRESS REPORT – WEEK 11", bold=True)
    dpara(d, "Dear Mr Bhatt,")
    dpara(d, "Ilse has attended 9 of 10 therapy sessions following your flexor tendon repair. She followed the Saint John "
             "early active motion protocol and has been compliant with her dorsal blocking splint, which was discontinued at "
             "6 weeks.")
    dtable(d, [["Measure", "Week 6", "Week 11", "Left (normal)"],
               ["PIP active flexion", "65°", "85°", "105°"],
               ["DIP active flexion", "20°", "45°", "80°"],
               ["Pulp-to-palm distance", "3.5 cm", "1.0 cm", "0 cm"],
               ["Grip (Jamar, pos 2)", "not tested", "14 kg", "29 kg"],
               ["Strickland score", "—", "71% (good)", "—"]], widths_mm=[55, 35, 35, 40])
    dpara(d, "")
    dpara(d, "There is a 15° extension lag at the PIP joint and some adhesion at the scar. Passive flexion exceeds active "
             "flexion by 25° at the DIP joint. Ilse is moving back to the Netherlands in December and asked whether she should "
             "have her finger looked at by a hand surgeon there. We have provided her with a home programme and a copy of "
             "this report. No imaging has been done since the injury; Mr Bhatt did not feel it was needed.")
    dpara(d, "Kind regards,")
    dpara(d, "")
    dpara(d, "Rachel Okafor\nClinical Specialist Occupational Therapist (Hands), BAHT accredited")
    docx_save(d, out("tv-034", "docx"))
    write_label("tv-034", kinds=[], date="2026-11-19", author="other", language="en",
                style="NHS hand therapy progress report DOCX with measurement table",
                imaging_done="no", operated="yes", treated_abroad="yes",
                notes="Hand therapy letter: not specialist correspondence even though addressed to the consultant and on NHS Trust letterhead. Expat operated (02/09/2026, UK day-first) and treated in a UK hospital. 'We have not carried out any imaging' = imaging no (for this document).")


# --------------------------------------------------------------------------- 035
def tv035():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["AZ Sint-Jan Brugge AV", "Dienst Orthopedie en Traumatologie", "Raadpleging hand- en polschirurgie"],
                  ["Ruddershove 10", "8000 Brugge", "T +32 50 45 21 11", "RIZIV-nr. 7-10001-22-500"])
    dfooter(s, ["AZ Sint-Jan Brugge AV · Ruddershove 10, 8000 Brugge · ondernemingsnr. 0266.123.456"])
    dpara(d, "Brugge, 3 december 2026", align="right")
    dpara(d, "")
    dpara(d, "Aan dr. Ruben Mahieu, huisarts\nHuisartsenpraktijk Sluis\nKaai 8\n4524 CL  Sluis (Nederland)")
    dpara(d, "")
    dlabel(d, "Betreft:", "mevr. Fleur Vermeulen °14/02/1990 – raadplegingsverslag")
    dpara(d, "")
    dpara(d, "Geachte collega,")
    dpara(d, "Uw patiënte werd op 22/11/2026 gezien op onze spoedgevallendienst na een val met de fiets en kwam vandaag op "
             "raadpleging voor opvolging.")
    dpara(d, "Anamnese", bold=True)
    dpara(d, "Val op de gestrekte linkerhand. Sindsdien pijn dorsaal in de pols en een klikkend gevoel bij steunen. Geen "
             "voorgaande heelkunde aan de pols. Geen relevante antecedenten.")
    dpara(d, "Klinisch onderzoek", bold=True)
    dpara(d, "Drukpijn ter hoogte van het scafolunaire interval, Watson-test pijnlijk zonder duidelijke klik. Beperkte "
             "dorsiflexie (45°). Geen neurovasculair deficit.")
    dpara(d, "Technisch onderzoek", bold=True)
    dpara(d, "RX pols links (spoedgevallen 22/11/2026): geen fractuur, SL-interval 2,5 mm. Dynamische echografie (vandaag): "
             "geen duidelijke SL-diastase bij gebalde vuist.")
    dpara(d, "Besluit", bold=True)
    dpara(d, "Distorsie pols links, vermoeden van partieel scafolunair letsel.")
    dpara(d, "Beleid", bold=True)
    dpara(d, "Polsbrace 4 weken. MR-artrografie aangevraagd indien de klachten persisteren. Patiënte wenst de verdere "
             "opvolging in Nederland; wij hebben haar de verslagen meegegeven.")
    dpara(d, "")
    dpara(d, "Met collegiale groeten,")
    dpara(d, "")
    dpara(d, "dr. Koen Vanhaecke\northopedisch chirurg")
    docx_save(d, out("tv-035", "docx"))
    write_label("tv-035", kinds=["correspondence"], date="2026-12-03", author="specialist", language="nl",
                style="Flemish hospital consultation report (raadplegingsverslag) DOCX, date in words",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Flemish wording (spoedgevallendienst, raadpleging, Besluit, °-birth date). Date 'Brugge, 3 december 2026' in words, ED date 22/11/2026 day-first. Dutch patient from the border area treated in a Belgian hospital = abroad. 'Geen voorgaande heelkunde aan de pols' = operated no. MR arthrography only requested.")


# --------------------------------------------------------------------------- 036
def tv036():
    d = docx_new("Times New Roman", 11)
    s = d.sections[0]
    dheader_text(s, ["ST. VINCENT MERCY HOSPITAL", "2200 N. Central Avenue, Phoenix, AZ 85004 · Health Information Management"])
    dfooter(s, ["CASTELIJNS, ELINE · MRN 7781203 · DISCHARGE SUMMARY · CONFIDENTIAL"], page=True, page_prefix="Page ", page_mid=" of ")
    dpara(d, "DISCHARGE SUMMARY", bold=True, size=14, align="center")
    dtable(d, [["Patient", "CASTELIJNS, ELINE", "MRN", "7781203"],
               ["DOB", "05/09/1992", "Attending", "Marcus J. Ellison, MD (Hand Surgery)"],
               ["Admission date", "10/04/2026", "Discharge date", "10/06/2026"],
               ["Primary care", "none in the US (Dutch citizen on work visa)", "Disposition", "Home"]],
           widths_mm=[30, 55, 30, 55], bold_header=False, bold_first_col=True)
    dpara(d, "")
    dpara(d, "ADMITTING DIAGNOSIS", bold=True)
    dpara(d, "Pyogenic flexor tenosynovitis, right index finger, after a rose-thorn puncture.")
    dpara(d, "HISTORY OF PRESENT ILLNESS", bold=True)
    dpara(d, "33-year-old right-hand-dominant Dutch engineer working in Phoenix since 2025. Presented to the ED on 10/04/2026 "
             "with 3 days of progressive swelling and pain of the right index finger after a gardening injury. All four "
             "Kanavel signs present. WBC 14.2, CRP 61 mg/L. Radiographs of the right hand: soft-tissue swelling, no foreign "
             "body, no osseous changes.")
    dpara(d, "PROCEDURE", bold=True)
    dtable(d, [["Date of procedure", "10/04/2026"], ["Surgeon", "Marcus J. Ellison, MD"], ["Assistant", "Hannah Cho, PA-C"],
               ["Anesthesia", "General (LMA), Dr. P. Navarro"],
               ["Procedure", "Incision and drainage of right index finger flexor tendon sheath with closed catheter irrigation "
                             "(proximal A1 and distal A5 incisions)"],
               ["Findings", "Cloudy purulent fluid in the sheath; tendon intact; cultures sent"],
               ["Tourniquet", "Upper arm, 250 mmHg, 19:42–20:21"], ["Complications / EBL", "None / minimal"]],
           widths_mm=[40, 126], bold_header=False, bold_first_col=True)
    dpara(d, "Description: After time-out, the arm was prepped and draped and exsanguinated. A Bruner-type incision was made "
             "over the A1 pulley and the sheath was opened proximal to the pulley; purulent fluid was expressed and sent for "
             "culture. A mid-axial incision distally exposed the A5 pulley, the sheath was opened and a 16-gauge catheter was "
             "passed proximally. The sheath was irrigated with 1 liter of normal saline until clear effluent. The distal wound "
             "was left open, the proximal wound loosely approximated. Bulky dressing and volar splint were applied.")
    dpara(d, "HOSPITAL COURSE", bold=True)
    dpara(d, "IV cefazolin, then oral cephalexin after culture grew methicillin-sensitive Staphylococcus aureus (MSSA). "
             "Swelling and pain improved markedly; active motion started on day 1.")
    dpara(d, "DISCHARGE PLAN", bold=True)
    dpara(d, "Cephalexin 500 mg QID for 10 days. Hand therapy referral. Follow-up in hand clinic on 10/13/2026. Patient "
             "will relocate to the Netherlands in early 2027 and requested copies of all records.")
    dpara(d, "")
    dpara(d, "Dictated: 10/06/2026 15:20 by Marcus J. Ellison, MD\nTranscribed: 10/07/2026 08:02 (job 553018)\n"
             "Electronically authenticated by Marcus J. Ellison, MD", size=9)
    docx_save(d, out("tv-036", "docx"))
    write_label("tv-036", kinds=["correspondence", "operation-report"], date="2026-10-07", also_dates=["2026-10-06"],
                author="specialist", language="en",
                style="US discharge summary DOCX with full procedure table and description",
                imaging_done="yes", operated="yes", treated_abroad="yes",
                notes="Discharge summary with a full operation section (date, surgeon, anaesthesia, description) = correspondence + operation-report. US month-first dates; DOB 05/09/1992 ambiguous (May 9). No explicit letter date: transcribed 10/07 (also dictated 10/06 = discharge date). Culture result (MSSA) in text is not an MRSA screening.")


# --------------------------------------------------------------------------- 037
def tv037():
    d = docx_new("Arial", 9.5)
    s = d.sections[0]
    dheader_table(s, ["Zuyderland", "Plastische Chirurgie · OK-VERSLAG"], ["Henri Dunantstraat 5", "6419 PC  Heerlen",
                  "088 459 77 77"])
    dfooter(s, ["Zuyderland Medisch Centrum · OK-verslag · Lemmens, P. · 02-02-1961"], page=True)
    dtable(d, [["Patiënt", "mw. P. Lemmens", "Geboortedatum", "02-02-1961"],
               ["Patiëntnummer", "5520193", "Datum operatie", "21-10-2026"],
               ["Operateur", "drs. J.W. Ramakers, plastisch chirurg", "Assistent", "E. Schiffelers, AIOS"],
               ["Anesthesie", "☐ Algeheel   ☐ Regionaal   ☒ Lokaal (WALANT)", "Omloop/instrumenterend", "M. Janssen / K. Haenen"]],
           widths_mm=[28, 60, 32, 46], bold_header=False)
    dpara(d, "")
    dtable(d, [["Veld", "Invulling"],
               ["Pre-operatieve diagnose", "Mucoïdcyste dorsaal DIP-gewricht dig. III links met artrose DIP III (X-hand 09-2026)"],
               ["Ingreep", "Excisie mucoïdcyste en debridement osteofyten DIP III links, lokale transpositielap"],
               ["Zijde", "☐ rechts   ☒ links"],
               ["Time-out", "☒ uitgevoerd 11:05"],
               ["Bloedleegte", "☒ vingertourniquet 11:07 – 11:38   ☐ bovenarm"],
               ["Incisie", "11:09"],
               ["Einde operatie", "11:41"],
               ["Antibiotica", "☐ ja   ☒ nee"],
               ["PA", "☒ ja (cyste)   ☐ nee"],
               ["Complicaties", "☒ geen   ☐ wel"]],
           widths_mm=[48, 118])
    dpara(d, "")
    dpara(d, "Verloop", bold=True)
    dpara(d, "WALANT met lidocaïne 1% + adrenaline, 4 ml. Y-vormige incisie dorsaal over het DIP-gewricht. Cyste met steel "
             "naar het gewricht geïdentificeerd en in toto verwijderd. Dorsale osteofyten van de middenfalanx en distale "
             "falanx met knabbeltang verwijderd, strekpees gespaard. Huiddefect gesloten met een kleine rotatielap. Huid "
             "Ethilon 5-0. Drukverband, malletspalk.")
    dpara(d, "Nabehandeling", bold=True)
    dpara(d, "Spalk 2 weken, wondcontrole en hechtingen verwijderen bij de huisarts na 12 dagen, poli over 6 weken.")
    dpara(d, "")
    dpara(d, "drs. J.W. Ramakers, plastisch chirurg – verslag gedicteerd 21-10-2026 12:15, geautoriseerd", size=8.5)
    docx_save(d, out("tv-037", "docx"))
    write_label("tv-037", kinds=["operation-report"], date="2026-10-21", author="specialist", language="nl",
                style="Dutch OR report DOCX: title in header table, two-column field tables with ☒/☐ and time stamps",
                imaging_done="yes", operated="yes", treated_abroad="unmentioned",
                notes="Title 'OK-VERSLAG' only in the Word header table next to the department. Field table with checkbox glyphs and time stamps. 'X-hand 09-2026' in the diagnosis = imaging done.")


# --------------------------------------------------------------------------- 038
def tv038():
    d = docx_new("Calibri", 10.5)
    s = d.sections[0]
    dheader_table(s, ["Ziekenhuis Amstelland", "Medische Beeldvorming"], ["Laan van de Helende Meesters 8",
                  "1186 AM  Amstelveen", "020 755 7000"])
    dfooter(s, ["Dit verslag is elektronisch geautoriseerd · Ziekenhuis Amstelland · Medische Beeldvorming"], page=True)
    dtable(d, [["RADIOLOGISCH ONDERZOEK", ""],
               ["Patiënt", "mw. A. Koç, geb. 03-10-1985"],
               ["Aanvrager", "drs. S. Huisman, huisarts, Gezondheidscentrum Westwijk, Amstelveen"],
               ["Onderzoeken", "Echografie pols links; X-hand links (2 richtingen)"],
               ["Datum onderzoek", "24-11-2026"],
               ["Datum verslag", "25-11-2026"]], widths_mm=[40, 126], bold_header=True, bold_first_col=True)
    dpara(d, "")
    dlabel(d, "Klinische gegevens:", "status na excisie dorsaal ganglion links (2024). Sinds 2 maanden opnieuw zwelling. Recidief?")
    dlabel(d, "Vergelijking:", "echografie pols links d.d. 08-05-2026 (eigen ziekenhuis). Geen eerdere röntgenopnamen.")
    dpara(d, "")
    dpara(d, "Verslag", bold=True)
    dpara(d, "Echografie: dorsaal ter hoogte van het scafolunaire interval een anechogene, lobulaire structuur van "
             "16 x 9 mm, in mei nog 6 x 4 mm. Verbinding met het gewricht. Geen doppler-signaal. Littekenweefsel subcutaan. "
             "Extensorpezen intact.")
    dpara(d, "X-hand links: normale botstructuur en gewrichtsspleten. Geen calcificaties in de weke delen. Geen "
             "aanwijzingen voor artrose of SL-diastase.")
    dpara(d, "")
    dpara(d, "Conclusie", bold=True)
    dpara(d, "Recidief dorsaal polsganglion links, toegenomen ten opzichte van 08-05-2026. Geen ossale afwijkingen.")
    dpara(d, "")
    dpara(d, "dr. H.T. Oei, radioloog")
    docx_save(d, out("tv-038", "docx"))
    write_label("tv-038", kinds=["imaging-report"], date="2026-11-25", also_dates=["2026-11-24"], author="radiologist",
                language="nl", style="radiology report DOCX, title as first row of a field table, two exams, comparison",
                imaging_done="yes", operated="yes", treated_abroad="unmentioned",
                notes="Title 'RADIOLOGISCH ONDERZOEK' is the header row of a table. Requested by a GP (requester line, not a referral). Two exams, comparison with older ultrasound 08-05-2026 (not the report date). 'status na excisie dorsaal ganglion' = operated.")


# --------------------------------------------------------------------------- 039
def tv039():
    d = docx_new("Arial", 9.5)
    s = d.sections[0]
    dheader_table(s, ["MVZ Labordiagnostik Niederrhein", "Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie"],
                  ["Eupener Straße 120", "52066 Aachen", "Tel. +49 241 555 7000", "DAkkS D-ML-13155-01"])
    dfooter(s, ["Befund elektronisch freigegeben · MVZ Labordiagnostik Niederrhein GmbH"], page=True, page_prefix="Seite ",
            page_mid=" von ")
    dtable(d, [["Einsender", "Klinikum Aachen-Burtscheid, Station 5B (Handchirurgie)", "Auftragsnr.", "26-MB-883140"],
               ["Patient", "Claessens, Marieke, geb. 19.03.1970", "Eingang", "02.11.2026"],
               ["Anlass", "Aufnahmescreening bei stationärer Aufnahme", "Befunddatum", "04.11.2026"]],
           widths_mm=[24, 72, 26, 44], bold_header=False, bold_first_col=True)
    dpara(d, "")
    dpara(d, "MRSA-Screening – Endbefund", bold=True, size=12)
    dtable(d, [["Material", "Untersuchung", "Ergebnis"],
               ["Nasenvorhofabstrich bds.", "MRSA-Kultur (chromogener Agar)", "MRSA nicht nachgewiesen"],
               ["Rachenabstrich", "MRSA-Kultur (chromogener Agar)", "MRSA nicht nachgewiesen"],
               ["Leistenabstrich", "MRSA-Kultur (chromogener Agar)", "MRSA nicht nachgewiesen"],
               ["Nase/Rachen gepoolt", "MRSA-PCR (Schnelltest bei Aufnahme)", "negativ"]], widths_mm=[45, 65, 56])
    dpara(d, "")
    dpara(d, "Beurteilung: Kein Nachweis von Methicillin-resistentem Staphylococcus aureus. Isolierungsmaßnahmen können "
             "aufgehoben werden.")
    dpara(d, "")
    dpara(d, "Dr. med. Andreas Froitzheim, Facharzt für Mikrobiologie, Virologie und Infektionsepidemiologie")
    docx_save(d, out("tv-039", "docx"))
    write_label("tv-039", kinds=["mrsa-screening"], date="2026-11-04", also_dates=["2026-11-02"], author="lab",
                language="de", style="German microbiology lab report DOCX, field table + result table",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
                notes="MRSA screening done abroad during an inpatient admission in a German hospital (sender: ward 5B) - the document is evidence of hospital care abroad as well as an MRSA result. Eingang 02.11 vs Befund 04.11.2026.")


if __name__ == "__main__":
    for f in [tv030, tv031, tv032, tv033, tv034, tv035, tv036, tv037, tv038, tv039]:
        f()
    print("docx_a done")
