"""Labelled passages, part 3 of 5 (25 nl, 15 en, 10 de). All patients, names and places of care are fictional."""

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
    # ---- Dutch (25) ----
    s("Voorgeschiedenis: 2015 polsfractuur re, toen in het ziekenhuis in Alicante behandeld met gips.", "nl", U, U, Y, "history-date"),
    s("Nooit eerder foto's of scans gehad van deze hand.", "nl", N, U, U, "negation"),
    s("Ik verzoek u vriendelijk om aanvullend een MRI te laten maken.", "nl", U, U, U, "request"),
    s("De huisarts adviseert een ringbandkliefing, maar patiënte twijfelt.", "nl", U, U, U, "advice"),
    s("Sinds de A1-release in 2022 is de triggering verdwenen.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Op de röntgenfoto van 3 februari 2026 geen tekenen van artrose.", "nl", Y, U, U, "negated-finding"),
    s("Patiënt heeft de scan van de verwijsbrief per e-mail gestuurd.", "nl", U, U, U, "false-friend"),
    s("Klachten ontstaan tijdens vakantie in Griekenland; daar niet naar een arts geweest, thuis via de huisarts een echo laten maken.", "nl", Y, U, N, "abroad-without-care"),
    s("Er is geen sprake geweest van een operatie of opname in het buitenland.", "nl", U, U, N, "negation"),
    s("Graag uw oordeel of een operatie zinvol is.", "nl", U, U, U, "question"),
    s("MRI (Rijnoever Ziekenhuis, 2023): geen afwijkingen; echo (2024): geen afwijkingen.", "nl", Y, U, U, "negated-finding"),
    s("De handchirurg heeft in juni een Sauvé-Kapandji-procedure verricht.", "nl", U, Y, U, "procedure-without-keyword"),
    s("De operatie was gepland voor 12 maart, maar is wegens koorts afgezegd, zodat patiënt nog niet geopereerd is.", "nl", U, N, U, "plan"),
    s("Pt. is in 2019 in Duitsland op vakantie geweest en heeft daar een bergwandeling gemaakt.", "nl", U, U, U, "abroad-without-care"),
    s("Patiënte is bekend met MRSA-dragerschap sinds een opname in een ziekenhuis in Istanbul in 2024.", "nl", U, U, Y, "abroad-by-name"),
    s("Gn foto. Gn OK. Pijnstilling + brace.", "nl", N, N, U, "telegraphic"),
    s("X-pols re 12/3: # radius distaal, verplaatst → repositie SEH, gips.", "nl", Y, U, U, "telegraphic"),
    s("Zowel de huisarts als de fysiotherapeut hebben geen beeldvorming laten verrichten.", "nl", N, U, U, "negation"),
    s("Het is onduidelijk of de MRI van 2023 daadwerkelijk is doorgegaan.", "nl", U, U, U, "uncertainty"),
    s("De afdeling Plastische, Reconstructieve en Handchirurgie van het IJsselvliet Ziekenhuis zag patiënte op 4 november.", "nl", U, U, U, "surgery-word-in-name"),
    s("Materiaal verwijderd (plaat en schroeven), wond rustig.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Vader is in Turkije geopereerd aan zijn schouder.", "nl", U, U, U, "other-experiencer"),
    s("Patiënt gaf aan liever niet geopereerd te willen worden; er werd gekozen voor een injectie.", "nl", U, N, U, "offer"),
    s("Na de val op de skipiste in Zwitserland werd in het Spital Bergwald in Chur een CT gemaakt.", "nl", Y, U, Y, "abroad-by-name"),
    s("Laatste beeldvorming: onbekend.", "nl", U, U, U, "uncertainty"),
    # ---- English (15) ----
    s("There is no record of any previous hand surgery.", "en", U, U, U, "uncertainty"),
    s("X-ray and ultrasound were both normal.", "en", Y, U, U, "negated-finding"),
    s("She is booked for a CT scan next week.", "en", U, U, U, "plan"),
    s("He underwent a proximal row carpectomy at Kingsgate General Hospital, Leeds, in 2021.", "en", U, Y, Y, "procedure-without-keyword"),
    s("I would be grateful if you could consider him for a Dupuytren's fasciectomy.", "en", U, U, U, "request"),
    s("His daughter, a radiographer, looked at the films informally.", "en", Y, U, U, "other-experiencer"),
    s("Not operated. Splinted for 6 weeks.", "en", U, N, U, "telegraphic"),
    s("No fracture was seen on the scaphoid views.", "en", Y, U, U, "negated-finding"),
    s("He was living in Canada at the time of the injury and was treated at Lakeshore Memorial Hospital in Toronto.", "en", U, U, Y, "abroad-by-name"),
    s("Injected with triamcinolone in clinic; surgery will be considered if symptoms recur.", "en", U, U, U, "conditional"),
    s("He denies any previous operations on the hand or wrist.", "en", U, N, U, "negation"),
    s("Imaging: not done.", "en", N, U, U, "form-field"),
    s("The patient lives in Belgium, but all of her hand care has been in Maastricht.", "en", U, U, N, "abroad-without-care"),
    s("Radiology request: MRI left wrist, ?occult scaphoid fracture.", "en", U, U, U, "request"),
    s("An MRI was arranged but she did not attend.", "en", U, U, U, "contrast"),
    # ---- German (10) ----
    s("Röntgen der linken Hand vom 04.03.2026: regelrechte Artikulation, keine Frakturzeichen.", "de", Y, U, U, "negated-finding"),
    s("Eine Bildgebung erfolgte bislang nicht.", "de", N, U, U, "negation"),
    s("Z.n. Karpaltunnelspaltung rechts 2018 (Klinik für Handchirurgie, Klinikum Auenried).", "de", U, Y, Y, "procedure-without-keyword"),
    s("Wir empfehlen die operative Revision.", "de", U, U, U, "advice"),
    s("Die Patientin war im Urlaub in Österreich gestürzt, die Erstversorgung erfolgte jedoch erst nach der Rückkehr im Krankenhaus in Venlo.", "de", U, U, N, "abroad-event-nl-care"),
    s("Anamnestisch keine Voroperationen.", "de", U, N, U, "telegraphic"),
    s("Sollte sich im MRT eine Ruptur zeigen, ist eine Naht geplant.", "de", U, U, U, "conditional"),
    s("Eine K-Draht-Entfernung ist für die 6. Woche vorgesehen.", "de", U, Y, U, "presupposition"),
    s("Die Angabe im Überweisungsschein, es sei keine Bildgebung erfolgt, trifft nicht zu: Ein Röntgenbild vom 02.11.2026 liegt vor.", "de", Y, U, U, "double-negation"),
    s("Chirurgische Notaufnahme, Klinikum Auenried: Verbandswechsel und Kontrolle am 10.10.2026.", "de", U, U, Y, "surgery-word-in-name"),
]
