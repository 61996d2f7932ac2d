"""Shared invented names and letterheads. Every person, practice, hospital and address is fictitious."""

CLINIC_ADDR = ["Handkliniek Eemhof", "t.a.v. Polikliniek Second Opinion", "Postbus 1187", "3800 BD  AMERSFOORT"]
CLINIC_ADDR_EN = ["Handkliniek Eemhof – Second Opinion Clinic", "P.O. Box 1187", "3800 BD Amersfoort",
                  "The Netherlands"]

LH_EEMHOF = {"logo": "Handkliniek Eemhof", "logo_sub": "hand- en polschirurgie · second opinion",
             "color": "#2e6b4f", "shape": "circle",
             "right": ["Zuiderhofweg 40", "3818 KX Amersfoort", "T 033 – 208 77 10",
                       "secondopinion@handkliniek-eemhof.nl", "KvK 60123987"]}

LH_LINGEHOF = {"logo": "Lingehof", "logo_sub": "ziekenhuis · Geldermalsen – Culemborg", "color": "#0b5394",
               "shape": "square",
               "right": ["Lingehof Ziekenhuis", "Rijksstraatweg 212", "4191 LS Geldermalsen",
                         "Postbus 301, 4190 CH Geldermalsen", "T (0345) 58 44 00 · www.lingehof-zh.nl"]}

LH_TERWEYDE = {"logo": "Ziekenhuis Ter Weyde", "logo_sub": "samen beter · Zutphen", "color": "#7b1f3a",
               "shape": "bar",
               "right": ["Weydelaan 5", "7203 GX Zutphen", "Telefoon (0575) 69 10 00", "www.terweyde.nl"]}

LH_ALDEGONDE = {"logo": "Sint Aldegonde Gasthuis", "logo_sub": "Dordrecht · Zwijndrecht", "color": "#5b3f8c",
                "shape": "cross",
                "right": ["Aldegondeplein 1", "3311 BZ Dordrecht", "T 078 – 655 40 00",
                          "info@aldegondegasthuis.nl"]}

LH_HOORNBEEK = {"logo": "MC Hoornbeek", "logo_sub": "Medisch Centrum Hoornbeek · Hoorn / Enkhuizen",
                "color": "#00707a", "shape": "circle",
                "right": ["Hoornbeeklaan 9", "1624 NR Hoorn", "Postbus 9020, 1620 HA Hoorn",
                          "T 0229 – 27 80 00"]}

LH_AMSTELZICHT = {"logo": "Amstelzicht", "logo_sub": "Medisch Centrum · Amstelveen", "color": "#c0392b",
                  "shape": "square",
                  "right": ["Zonnewijzerlaan 120", "1183 EB Amstelveen", "T 020 – 745 62 00",
                            "www.amstelzicht-mc.nl"]}
