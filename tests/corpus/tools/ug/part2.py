"""Sentence corpus, part 2: 25 nl, 15 en, 10 de. Fictional patients only."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {
        "text": text,
        "lang": lang,
        "imaging_done": imaging_done,
        "operated": operated,
        "treated_abroad": treated_abroad,
        "phenomenon": phenomenon,
    }


SENTENCES = [
    # ---------------------------------------------------------------- nl (25)
    s("Voorgeschiedenis: 2016 appendectomie, 2020 knie-artroscopie li, 2023 ganglionextirpatie pols re.",
      "nl", U, Y, U, "list, other-body-part mixed with hand operation"),
    s("Relevante voorgeschiedenis: geen. Recente behandelingen: geen. Opname buitenlands ziekenhuis afgelopen "
      "2 mnd: nee.",
      "nl", U, N, N, "form-fields (Zorgdomein); ambiguous: empty history read by clerk as never operated"),
    s("Na terugkomst uit Thailand, waar ze van een scooter was gevallen, meldde ze zich op de SEH van "
      "Tergooi MC; daar werd een X-pols gemaakt.",
      "nl", Y, U, N, "accident-abroad-care-nl, separable-verb"),
    s("De operatie verliep ongecompliceerd en patiënt kon dezelfde dag met ontslag. Postoperatieve foto: goede "
      "stand van het osteosynthesemateriaal.",
      "nl", Y, Y, U, "implied event, telegraphic"),
    s("Geen röntgenfoto's; wel een echo bij de fysiotherapeut.",
      "nl", Y, U, U, "pseudo-negation, mixed; physiotherapist ultrasound is still imaging"),
    s("Zij is in het Ziekenhuis Oost-Limburg in Genk geopereerd aan een Dupuytren-streng.",
      "nl", U, Y, Y, "abroad-named-hospital, border trap (Limburg exists in NL and BE)"),
    s("Patiënt is in het Laurentius Ziekenhuis in Roermond behandeld, en dus niet in België zoals in de "
      "verwijzing staat. Beeldvorming heeft nergens plaatsgevonden.",
      "nl", N, U, N, "correction, negation, dutch-hospital-named"),
    s("Overwegen: CTS-release, evt. eerst EMG.",
      "nl", U, U, U, "plan, abbreviation, telegraphic, non-imaging-exam"),
    s("Foto's van de hand via de app ontvangen: zwelling en roodheid rond MCP-2. Een röntgenfoto is nog niet "
      "gemaakt.",
      "nl", N, U, U, "photo-not-imaging (patient smartphone photos), negation"),
    s("Er werd geen MRI gemaakt, want de echo gaf voldoende uitsluitsel.",
      "nl", Y, U, U, "scoped-negation, pseudo-negation"),
    s("Patient werd geopreerd in het UMCG, zie OK-versalg.",
      "nl", U, Y, N, "typo, report-mention, dutch-hospital-named"),
    s("In 2022 op Curaçao (CMC Willemstad) opgenomen met een geïnfecteerde snijwond van de hand.",
      "nl", U, U, Y, "abroad-named-hospital; Curaçao is a separate country in the Kingdom, outside the Netherlands"),
    s("Tot nu toe is er nog geen beeldvorming gedaan; bij aanhoudende klachten zou ik een MRI laten maken.",
      "nl", N, U, U, "negation, conditional, modal"),
    s("Rechterpols is tweemaal geopereerd (2018, 2020), de linkerpols nooit.",
      "nl", U, Y, U, "mixed, scoped-negation"),
    s("Op de röntgenfoto's is duidelijke CMC-1-artrose te zien. Patiënte heeft de voorgestelde trapeziectomie "
      "afgeslagen en kiest voor een spalk.",
      "nl", Y, N, U, "refusal, separable-verb; declined offer read as not operated"),
    s("Het röntgenverslag is niet meegestuurd; de foto's vóór en na de operatie zijn wel gemaakt in het "
      "Deventer Ziekenhuis.",
      "nl", Y, Y, U, "pseudo-negation, passive, implied operation"),
    s("Onderzoek: inspectie en palpatie, geen aanvullende beeldvorming.",
      "nl", N, U, U, "negation, telegraphic"),
    s("Vakantie Spanje, val op uitgestrekte hand, ter plaatse in Hospital Costa del Sol gegipst. Thuis verder "
      "bij de huisarts.",
      "nl", U, U, Y, "telegraphic, abroad-named-hospital"),
    s("Naar aanleiding van uw vraag: nee, bij ons is er geen operatie uitgevoerd.",
      "nl", U, U, U, "scoped-negation (only 'here'); clerk cannot conclude never operated"),
    s("Status na K-draadfixatie MC-5-fractuur (2024, Tjongerschans Heerenveen), draden aldaar inmiddels verwijderd.",
      "nl", U, Y, N, "abbreviation, historical, dutch-hospital-named"),
    s("Verwijsreden: second opinion handchirurgie. Vraagstelling: is een operatie nog zinvol na eerdere "
      "conservatieve behandeling?",
      "nl", U, N, U, "question, form-fields, surgery-word-name; completed conservative treatment plus 'nog' read as not operated"),
    s("Hij is vorige maand in Kaapstad met een gebroken pols in het ziekenhuis geweest, maar heeft pas hier "
      "een foto laten maken.",
      "nl", Y, U, Y, "mixed, abroad-named-city"),
    s("Geen fractuur zichtbaar op de foto's van 12-1; herhaalfoto over 10 dagen afgesproken.",
      "nl", Y, U, U, "negated-finding, plan"),
    s("Ik heb haar geadviseerd zich niet te laten opereren voordat de handtherapie is afgerond.",
      "nl", U, U, U, "advice, negation of plan"),
    s("Opname afdeling Chirurgie i.v.m. flegmone hand li, iv antibiotica; incisie en drainage op OK. Geen "
      "reizen of opnames buiten Nederland.",
      "nl", U, Y, N, "surgery-word-name, telegraphic, abbreviation, negation"),
    # ---------------------------------------------------------------- en (15)
    s("Operation Note. Procedure: open reduction and internal fixation, right distal radius. Surgeon: "
      "Mr A. Patel, Royal Berkshire NHS Foundation Trust.",
      "en", U, Y, Y, "form-fields, abroad-named-hospital, document written abroad"),
    s("He has not had any imaging or surgery, and has never been treated outside the Netherlands.",
      "en", N, N, N, "negation, list"),
    s("Ultrasound confirmed stenosing tenosynovitis at the A1 pulley. Injected twice with steriod, no surgery "
      "so far.",
      "en", Y, N, U, "telegraphic, negation, typo"),
    s("She sustained the injury while skiing in Val d'Isère but only sought medical care once back home in "
      "Rotterdam, where X-rays were taken at the Maasstad Hospital.",
      "en", Y, U, N, "accident-abroad-care-nl"),
    s("If the MRI shows a TFCC tear, arthroscopy would be the next step.",
      "en", U, U, U, "conditional, abbreviation"),
    s("Past surgical history: cholecystectomy (2015), caesarean section (2019). Nil else. No foreign travel in "
      "the past year.",
      "en", U, N, N, "list, other-body-part; 'nil else' read as no hand surgery; no travel read as no care abroad"),
    s("An X-ray was requested but the patient did not attend.",
      "en", N, U, U, "plan not carried out"),
    s("Referred by Dr J. Evans, Hand Surgery Department, for a second opinion.",
      "en", U, U, U, "surgery-word-name"),
    s("Nerve conduction studies confirmed moderate carpal tunnel syndrome.",
      "en", U, U, U, "non-imaging-exam"),
    s("There was no fracture on the scaphoid views, but given the snuffbox tenderness an MRI has been "
      "arranged for next week.",
      "en", Y, U, U, "negated-finding, plan"),
    s("Admitted via the ED at King's College Hospital with a flexor tendon laceration; zone II repair was "
      "performed the same evening.",
      "en", U, Y, Y, "abroad-named-hospital, abbreviation, passive"),
    s("Never operated. Never scanned. Presents with a 2-year history of ulnar-sided wrist pain.",
      "en", N, N, U, "telegraphic, negation"),
    s("The patient asks whether the surgery could be done in Belgium because of the waiting times here; so far "
      "he has only been seen in Dutch hospitals.",
      "en", U, U, N, "question, abroad-wish, care in NL"),
    s("Previous treatment in Dubai (Mediclinic City Hospital): splinting and physiotherapy only.",
      "en", U, N, Y, "abroad-named-hospital; 'only' excludes surgery"),
    s("Her husband, who had his wrist fixed in Madrid, recommended our clinic to her.",
      "en", U, U, U, "family, abroad-other-person"),
    # ---------------------------------------------------------------- de (10)
    s("Diagnosen: Distale Radiusfraktur rechts (AO 23-C2). Therapie: Offene Reposition und palmare "
      "Plattenosteosynthese am 14.07.2025, Klinik für Unfallchirurgie, Klinikum Augsburg.",
      "de", U, Y, Y, "form-fields, abbreviation, abroad-named-hospital"),
    s("Eine Röntgenaufnahme wurde in der Notaufnahme in Emmen nicht angefertigt, da der Patient die "
      "Untersuchung verweigerte.",
      "de", N, U, N, "negation, refusal, care in NL (Dutch town in a German letter)"),
    s("Nach Angaben des Patienten sei er in den Niederlanden bereits zweimal an der Hand operiert worden.",
      "de", U, Y, N, "reported-speech (Konjunktiv), historical, care in NL (operations located in the Netherlands)"),
    s("Die Patientin stellte sich in unserer handchirurgischen Sprechstunde am Universitätsspital Basel vor.",
      "de", U, U, Y, "abroad-named-hospital, separable-verb, surgery-word-name"),
    s("Procedere: MRT des Handgelenks, Wiedervorstellung mit Befund.",
      "de", U, U, U, "plan, telegraphic"),
    s("Urlaub auf Mallorca, dort keine ärztliche Behandlung, erst zu Hause in Venlo beim Hausarzt vorgestellt.",
      "de", U, U, N, "holiday-no-care, telegraphic"),
    s("Kein Anhalt für eine knöcherne Verletzung im CT.",
      "de", Y, U, U, "negated-finding"),
    s("Der Patient musste in Hamburg notfallmäßig operiert werden, nachdem er sich an einer Glasscheibe "
      "die Beugesehnen durchtrennt hatte.",
      "de", U, Y, Y, "modal, german-word-order, abroad-named-city"),
    s("Eine Operation kommt für die Patientin derzeit nicht in Frage.",
      "de", U, U, U, "negation of plan"),
    s("Bisher keine Bildgebung, keine Operation.",
      "de", N, N, U, "telegraphic, negation, list"),
]
