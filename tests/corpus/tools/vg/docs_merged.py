# -*- coding: utf-8 -*-
"""Merged PDFs ('bijlagen'): several documents in one file, each rendered separately and concatenated."""
from spec import D

DOCS = []

# --------------------------------------------------------------------------------------------
# vg-026  GP bundle: referral letter + HIS journal printout + X-ray report   (nl)
_p026_ref = [
    ("lh", {"name": "Huisartsenpraktijk De Vaart", "align": "split", "color": "#1e8449",
            "sub": "A.M. Boersma en K. Tuinstra, huisartsen",
            "lines": ["Vaartweg 30", "8441 AB Heerenveen", "0513 - 62 30 30"]}),
    ("cols", ["Handkliniek Oudenrijn", "t.a.v. intake second opinion", "Postbus 3055", "3502 GB Utrecht"],
             ["Datum: 20 november 2026", "Ons kenmerk: VB/2026/0417"]),
    ("p", "<b>Betreft:</b> mevrouw T. (Tjitske) Hoekstra, geboren 22-11-1958, It Wiid 8, Heerenveen"),
    ("p", "Geachte collega,"),
    ("p", "Mevrouw Hoekstra heeft sinds ruim een jaar een pijnlijke, zwakke rechterduim. De röntgenfoto van "
          "2 oktober jl. toont een STT- en CMC-1-artrose (pantrapeziale artrose). De orthopeed in het "
          "Ziekenhuis Heideveen stelt een trapeziectomie voor, maar patiënte is bang dat zij daarna haar werk als "
          "verzorgende niet meer kan doen. Zij is nooit eerder aan de hand geopereerd."),
    ("p", "<b>Vraagstelling:</b> is een trapeziectomie bij deze pantrapeziale artrose de beste optie, of "
          "komt een prothese of een denervatie in aanmerking?"),
    ("p", "Bijgevoegd: uitdraai journaal en het röntgenverslag."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["K. Tuinstra, huisarts"], {"scribble": True}),
]
_p026_his = [
    ("pre", "HUISARTSENPRAKTIJK DE VAART - UITDRAAI JOURNAAL              Datum uitdraai: 20-11-2026\n"
            "Patiënt: T. Hoekstra   geb. 22-11-1958   V   Patiëntnr 11872\n"
            "----------------------------------------------------------------------------------------\n"
            "EPISODES: L90 Artrose CMC-1 re (2025) | K86 Hypertensie (2012) | L95 Osteoporose (2020)\n"
            "          X87 Uterus prolaps, vaginale hysterectomie (2016)\n"
            "----------------------------------------------------------------------------------------\n"
            "03-09-2025  S: pijn duimbasis re bij wringen, 3 mnd. O: grind-test pos. E: L90 P: brace\n"
            "14-01-2026  S: brace helpt matig. P: injectie triamcinolon CMC-1 re\n"
            "22-04-2026  S: effect 6 weken. P: 2e injectie, handtherapie\n"
            "18-09-2026  S: nu ook pijn radiaal pols. O: drukpijn STT. P: X-pols/hand re aangevraagd\n"
            "07-10-2026  Uitslag X-hand re 02-10-2026: pantrapeziale artrose. P: verwijzing orthopedie\n"
            "05-11-2026  Brief specialist ontvangen: orthopedie Ziekenhuis Heideveen, trapeziectomie voorgesteld\n"
            "12-11-2026  S: twijfelt, wil second opinion. P: verwijsbrief + uitdraai\n"
            "MEDICATIE: alendroninezuur 70 mg 1x/wk, calcium/vit D, losartan 50 mg 1dd1\n"
            "ALLERGIE: geen\n"
            "----------------------------------------------------------------------------------------"),
]
_p026_rx = [
    ("lh", {"name": "Ziekenhuis Heideveen", "align": "left", "color": "#154360", "image": True,
            "sub": "Afdeling Radiologie", "lines": ["Schansweg 10, 8441 AB Heerenveen"]}),
    ("title", "Uitslag radiologisch onderzoek"),
    ("kv", [("Patiënt", "T. Hoekstra, 22-11-1958"), ("Aanvrager", "K. Tuinstra, huisarts"),
            ("Onderzoek", "X-hand rechts en X-pols rechts"), ("Datum", "02-10-2026")], {"colw": (0.25, 0.75)}),
    ("p", "Verslag: gewrichtsspleetversmalling, subchondrale sclerose en osteofyten van het CMC-1-gewricht "
          "met lichte radiale subluxatie van MC-1. Eveneens versmalling van het STT-gewricht. Overige "
          "gewrichten normaal. Diffuse osteopenie."),
    ("p", "Conclusie: pantrapeziale artrose rechts (CMC-1 en STT)."),
    ("p", "Radioloog: dr. W. Zijlstra, 02-10-2026"),
]
DOCS.append(D(
    "vg-026-bijlagen-huisarts", "pdf",
    parts=[
        {"blocks": _p026_ref, "opts": {"size": 10.5}, "kinds": ["referral"], "date": "2026-11-20", "author": "gp"},
        {"blocks": _p026_his, "opts": {"size": 10, "pre_size": 7.6, "margin": 14}, "kinds": ["history"],
         "date": "2026-11-20", "author": "gp"},
        {"blocks": _p026_rx, "opts": {"size": 10}, "kinds": ["imaging-report"], "date": "2026-10-02",
         "author": "radiologist"},
    ],
    kinds=["referral", "history", "imaging-report"], author="other", language="nl",
    style="merged PDF: GP referral + HIS journal printout + X-ray report", referral_question=True,
    imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Three documents in one file, each starting on a new page. Top-level date omitted because the "
          "parts have different dates (see [[part]]); top-level author 'other' because the parts have "
          "different authors. Birth date 22-11 two days after the referral. Hysterectomy is another body "
          "part; 'nooit eerder aan de hand geopereerd' => no.",
))

# --------------------------------------------------------------------------------------------
# vg-027  Turkish private hospital: discharge summary + operation report + invoice   (en)
_p027_epi = [
    ("lh", {"name": "Private Likya Hospital Antalya", "align": "center", "color": "#922b21",
            "sub": "Özel Likya Hastanesi - Department of Orthopaedics and Traumatology",
            "lines": ["Lara Cad. No: 300, 07160 Muratpaşa / Antalya, Türkiye",
                      "Tel +90 242 310 40 40  -  international@likya-hospital.example"]}),
    ("title", "EPICRISIS / DISCHARGE SUMMARY"),
    ("kv", [("Patient", "Mr Mehmet YILDIZ"), ("Passport", "NL / NX7K2M4L9"), ("Date of birth", "27.11.1969"),
            ("Protocol no", "2026/118804"), ("Admission date", "12.10.2026"), ("Discharge date", "18.10.2026")],
     {"colw": (0.3, 0.7)}),
    ("h", "Complaint"),
    ("p", "Fall from a height (approx. 2 m) at a family house on 11.10.2026. Pain and swelling of the right wrist."),
    ("h", "Examination and tests"),
    ("p", "X-ray and CT of the right wrist (12.10.2026): intra-articular comminuted distal radius fracture with "
          "volar displacement (Smith type). Laboratory within normal limits."),
    ("h", "Treatment"),
    ("p", "The patient underwent surgery on 14.10.2026 (open reduction and internal fixation with a volar "
          "locking plate, see operation report). Post-operative course uneventful. IV cefazolin for 24 hours."),
    ("h", "Recommendations"),
    ("p", "Short arm splint 2 weeks, then physiotherapy. Suture removal on day 14. Control X-ray at 6 weeks in "
          "the Netherlands. Patient flies home 19.10.2026."),
    ("p", "Antalya, 18.10.2026"),
    ("sig", ["Op. Dr. Emre Aksoy", "Orthopaedics and Traumatology Specialist"]),
]
_p027_op = [
    ("lh", {"name": "Private Likya Hospital Antalya", "align": "left", "color": "#922b21",
            "sub": "Operating Theatre", "lines": ["Muratpaşa / Antalya, Türkiye"]}),
    ("title", "OPERATION REPORT"),
    ("table", [["Patient", "Mehmet YILDIZ", "Protocol no", "2026/118804"],
               ["Date of operation", "14.10.2026", "Time", "10:15 - 11:40"],
               ["Surgeon", "Op. Dr. Emre Aksoy", "Assistant", "Dr. Selin Kaya"],
               ["Anaesthesia", "General anaesthesia", "Anaesthetist", "Dr. Murat Öztürk"]],
     {"header": False, "colw": (0.2, 0.3, 0.18, 0.32)}),
    ("kv", [("Pre-op diagnosis", "Right distal radius fracture, intra-articular, volarly displaced"),
            ("Operation", "Open reduction and internal fixation, volar locking plate (3.5 mm), right distal radius"),
            ("Procedure", "Supine position, tourniquet. Volar Henry approach. Pronator quadratus elevated. "
                          "Fracture reduced under fluoroscopy, fixed with a 7-hole volar locking plate with 4 "
                          "distal locking and 3 proximal cortical screws. Final fluoroscopy: anatomic "
                          "reduction, no intra-articular screw. Layered closure, drain not used, splint."),
            ("Complications", "None"), ("Blood loss", "~50 ml")], {"colw": (0.25, 0.75), "border": True}),
]
_p027_inv = [
    ("lh", {"name": "Private Likya Hospital Antalya", "align": "left", "color": "#922b21",
            "sub": "International Patient Office - Billing", "lines": ["Tax no 6110450988"]}),
    ("title", "STATEMENT OF MEDICAL EXPENSES"),
    ("kv", [("Invoice date", "18.10.2026"), ("Patient", "Mehmet YILDIZ"),
            ("Insurer", "Zuiderlicht Assistance (travel insurance), case 26-55-88412"),
            ("Period", "12.10.2026 - 18.10.2026")], {"colw": (0.25, 0.75)}),
    ("table", [["Item", "Qty", "Amount (EUR)"],
               ["Emergency department examination", "1", "120.00"],
               ["Radiology (X-ray, CT)", "3", "410.00"],
               ["Surgery - ORIF distal radius incl. implant", "1", "3,950.00"],
               ["Room, single, per day", "6", "1,080.00"],
               ["Medication and consumables", "", "365.40"],
               ["Total", "", "5,925.40"]], {"colw": (0.6, 0.1, 0.3)}),
    ("p", "Paid by guarantee of payment (GOP) from the travel insurer. This is not a medical report."),
]
DOCS.append(D(
    "vg-027-turkey-hospital-documents", "pdf",
    parts=[
        {"blocks": _p027_epi, "opts": {"size": 9.5, "font": "DejaVuSans"}, "kinds": ["correspondence"], "date": "2026-10-18",
         "author": "specialist"},
        {"blocks": _p027_op, "opts": {"size": 9.5, "font": "DejaVuSans"}, "kinds": ["operation-report"], "date": "2026-10-14",
         "author": "specialist"},
        {"blocks": _p027_inv, "opts": {"size": 9.5, "font": "DejaVuSans"}, "kinds": [], "date": "2026-10-18", "author": "other"},
    ],
    kinds=["correspondence", "operation-report"], author="other", language="en",
    style="merged PDF: foreign (Turkish) epicrisis + operation report + invoice, English",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Hospital abroad (Turkey): English epicrisis, operation report and an expense statement in one "
          "file. Dates in dd.mm.yyyy. Top-level date omitted (parts differ); author 'other' (mixed). The "
          "invoice lists radiology and surgery but is none of the kinds. Same patient as the MRSA result "
          "vg-006 (birth date 27.11.1969).",
))

# --------------------------------------------------------------------------------------------
# vg-028  German bundle: Arztbrief + Operationsbericht + Röntgenbefund   (de)
_p028_brief = [
    ("lh", {"name": "Klinikum Emscherbogen Oberhausen", "align": "split", "color": "#21618c", "logo": "bars",
            "sub": "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
            "lines": ["Emscherufer 9", "46045 Oberhausen", "Tel. +49 208 881-0"]}),
    ("cols", ["Herrn Dr. med. G. Otten", "Huisartspraktijk Winterswijk", "Meddosestraat 5",
              "7101 BW Winterswijk (NL)"],
             ["Oberhausen, 30.07.2026", "Patient: Lukas de Jong", "geb. 02.08.1997"]),
    ("p", "Sehr geehrter Herr Kollege,"),
    ("p", "wir berichten über Herrn de Jong, der sich vom 25.07. bis 29.07.2026 in unserer stationären "
          "Behandlung befand."),
    ("p", "<b>Diagnose:</b> Perilunäre Luxation rechts (Mayfield IV) mit Abriss des SL-Bandes, Motorradunfall "
          "am 25.07.2026 auf der A3."),
    ("p", "<b>Therapie:</b> Notfallmäßige geschlossene Reposition am 25.07.2026, offene Bandnaht und "
          "Kirschnerdraht-Transfixation am 26.07.2026 (siehe Operationsbericht anbei)."),
    ("p", "<b>Procedere:</b> Unterarmgips 8 Wochen, K-Draht-Entfernung nach 8 Wochen, anschließend "
          "Ergotherapie. Weiterbehandlung in den Niederlanden gewünscht. Röntgen- und CT-Bilder auf CD anbei."),
    ("p", "Mit freundlichen Grüßen"),
    ("sig", ["Dr. med. J. Wolters, Oberärztin"]),
]
_p028_op = [
    ("lh", {"name": "Klinikum Emscherbogen Oberhausen", "align": "left", "color": "#21618c",
            "sub": "OP-Dokumentation", "lines": ["Emscherufer 9, 46045 Oberhausen"]}),
    ("title", "Operationsbericht"),
    ("kv", [("Patient", "de Jong, Lukas, 02.08.1997"), ("OP-Datum", "26.07.2026"),
            ("Operateur", "Dr. med. J. Wolters"), ("1. Assistenz", "Dr. med. F. Nowak"),
            ("Narkose", "ITN"),
            ("Eingriff", "Offene Reposition, transossäre Naht des SL-Bandes, K-Draht-Transfixation "
                         "skapholunär und lunotriquetral, Karpaltunnelspaltung rechts"),
            ("Bericht", "Dorsaler Zugang über dem 3./4. Strecksehnenfach. Darstellung der Luxation, Reposition "
                        "von Lunatum und Skaphoid unter BV-Kontrolle. Refixation des SL-Bandes mit zwei "
                        "Fadenankern. Transfixation mit je zwei K-Drähten (1,4 mm). Zusätzlich palmarer "
                        "Zugang und Spaltung des Retinaculum flexorum bei Medianus-Kompression. "
                        "Wundverschluss, Gipsschiene."),
            ("Komplikationen", "keine")], {"colw": (0.22, 0.78), "border": True}),
]
_p028_rx = [
    ("pre", "Klinikum Emscherbogen Oberhausen - Zentrum für Radiologie\n"
            "BEFUND                                                   Datum: 28.07.2026\n"
            "Patient: de Jong, Lukas   *02.08.1997\n"
            "Untersuchung: Röntgen Handgelenk rechts in 2 Ebenen (postoperativ)\n"
            "Anforderung: Unfallchirurgie, Station U2\n"
            "------------------------------------------------------------------------\n"
            "Befund: Zustand nach Reposition der perilunären Luxation und K-Draht-Transfixation.\n"
            "Regelrechte Stellung von Lunatum und Skaphoid, SL-Abstand 2 mm. Keine Fraktur.\n"
            "Fadenanker im Skaphoid. Weichteilschwellung.\n"
            "Beurteilung: Regelrechte postoperative Stellung.\n"
            "Dr. med. E. Kowalski, Radiologe"),
]
DOCS.append(D(
    "vg-028-unterlagen-klinikum", "pdf",
    parts=[
        {"blocks": _p028_brief, "opts": {"size": 10}, "kinds": ["correspondence"], "date": "2026-07-30",
         "author": "specialist"},
        {"blocks": _p028_op, "opts": {"size": 10}, "kinds": ["operation-report"], "date": "2026-07-26",
         "author": "specialist"},
        {"blocks": _p028_rx, "opts": {"size": 10, "pre_size": 8.5},
         "kinds": ["imaging-report"], "date": "2026-07-28", "author": "radiologist"},
    ],
    kinds=["correspondence", "operation-report", "imaging-report"], author="other", language="de",
    style="merged PDF: German Arztbrief + Operationsbericht + Röntgenbefund",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="German hospital bundle. Birth date 02.08 close to all part dates. The operation includes a "
          "carpal tunnel release beside the ligament repair. Top-level date omitted (parts differ).",
))

# --------------------------------------------------------------------------------------------
# vg-029  Faxed bundle: orthopaedic letter + MRI report + hand therapy report   (nl)
_fax029 = "03-11-2026 15:52  VAN: ORTHOPEDIE IJSSELWEIDE 0570536099  AAN: HANDKLINIEK  P.{page}"
_p029_brief = [
    ("lh", {"name": "IJsselweide Ziekenhuis", "logo": "square", "color": "#005a4e", "align": "split",
            "sub": "Orthopedie", "lines": ["IJsselkade 40", "7411 GX Deventer", "0570 - 53 00 00"]}),
    ("cols", ["Dhr. drs. L. Brink, huisarts", "Huisartsenpraktijk Keizerslanden", "Roggestraat 101",
              "7416 BC Deventer"], ["Datum: 27-10-2026", "Kenmerk: ORT/77124"]),
    ("p", "<b>Betreft:</b> dhr. N. (Niels) Scholten, geb. 08-06-1990"),
    ("p", "Geachte collega,"),
    ("h", "Anamnese"),
    ("p", "Bekende patiënt met chronische pijn pols links. In 2024 werd door ons een polsartroscopie links "
          "verricht met debridement van een centrale TFCC-laesie. Sindsdien wisselende klachten, nu "
          "toegenomen bij zijn werk als tegelzetter."),
    ("h", "Aanvullend onderzoek"),
    ("p", "MRI pols links (22-10-2026): zie verslag; ulnaire impactie met chondromalacie lunatum."),
    ("h", "Conclusie / beleid"),
    ("p", "Ulnair impactiesyndroom links na eerdere artroscopie. Een ulnaverkortingsosteotomie is "
          "geïndiceerd. Patiënt wil eerst een second opinion; op zijn verzoek faxen wij de stukken door."),
    ("sig", ["dr. R.J. Wessels, orthopedisch chirurg"]),
]
_p029_mri = [
    ("lh", {"name": "IJsselweide Ziekenhuis", "align": "left", "color": "#005a4e", "sub": "Radiologie",
            "lines": ["Deventer"]}),
    ("title", "Verslag MRI pols links"),
    ("kv", [("Patiënt", "N. Scholten, 08-06-1990"), ("Aanvrager", "dr. R.J. Wessels, orthopedie"),
            ("Datum onderzoek", "22-10-2026"), ("Vraagstelling", "ulnaire impactie? status na artroscopie 2024")],
     {"colw": (0.25, 0.75)}),
    ("p", "Bevindingen: ulna-plus variant van 3 mm. Beenmergoedeem en subchondrale cyste in het ulnaire deel "
          "van het lunatum, chondromalacie. Centrale perforatie van het TFCC (bekend). LT-ligament intact."),
    ("p", "Conclusie: ulnair impactiesyndroom links."),
    ("p", "Radioloog: drs. A. Timmermans, 23-10-2026"),
]
_p029_ht = [
    ("lh", {"name": "Handtherapie Salland", "align": "left", "color": "#7d6608",
            "lines": ["Brink 12, 7411 BT Deventer"]}),
    ("p", "Deventer, 30-10-2026"),
    ("p", "Rapportage handtherapie - dhr. N. Scholten"),
    ("p", "Behandelperiode 06-2026 tot 10-2026, 14 behandelingen: stabiliteitstraining pols, ergonomisch "
          "advies, polsbrace bij werk. Resultaat: pijn NRS van 7 naar 5, knijpkracht links 34 kg (rechts 48 kg). "
          "Verdere handtherapie heeft weinig toegevoegde waarde."),
    ("p", "S. Haverkamp, handtherapeut"),
]
DOCS.append(D(
    "vg-029-fax-orthopedie-bijlagen", "pdf",
    parts=[
        {"blocks": _p029_brief, "opts": {"size": 10, "fax": _fax029, "top": 24}, "kinds": ["correspondence"],
         "date": "2026-10-27", "author": "specialist"},
        {"blocks": _p029_mri, "opts": {"size": 10, "fax": _fax029, "top": 24, "page_offset": 1}, "kinds": ["imaging-report"],
         "date": "2026-10-23", "author": "radiologist"},
        {"blocks": _p029_ht, "opts": {"size": 10, "fax": _fax029, "top": 24, "page_offset": 2}, "kinds": [],
         "date": "2026-10-30", "author": "other"},
    ],
    kinds=["correspondence", "imaging-report"], author="other", language="nl",
    style="merged faxed PDF: outpatient letter + MRI report + hand therapy report, fax header on every page",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Fax header with the send date 03-11-2026 on every page (not a document date). Wrist arthroscopy "
          "with debridement in 2024 => operated yes; ulnar shortening only indicated. MRI exam 22-10, report "
          "23-10 (part date = report date). Hand therapy part is none of the kinds.",
))
