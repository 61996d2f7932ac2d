"""Labelled passages, part 5 of 5 (25 nl, 15 en, 10 de). All patients, names and places of care are fictional."""

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
    s("Geen echo, wel een MRI (2025), waarop een partiële ruptuur van de SL-band.", "nl", Y, U, U, "contrast"),
    s("ORIF scaphoid rechts 03-2024 (headless schroef), sindsdien pijn.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Mogelijk heeft er in het verleden een echo plaatsgevonden; de huisarts kan dit niet bevestigen.", "nl", U, U, U, "uncertainty"),
    s("Wij stellen voor de pols eerst zes weken te immobiliseren.", "nl", U, U, U, "advice"),
    s("Een operatie wordt pas overwogen als de echo een ruptuur laat zien.", "nl", U, U, U, "conditional"),
    s("De radioloog beschrijft op de MRI geen afwijkingen aan de pezen.", "nl", Y, U, U, "negated-finding"),
    s("Tijdens een zakenreis naar Shanghai ontstonden de klachten; daar heeft hij geen medische hulp gezocht.", "nl", U, U, N, "abroad-without-care"),
    s("Operatieverslag AZ Sint-Walburga-Heide, dienst orthopedie, 14/10/2026: osteosynthese metacarpale V met plaat.", "nl", U, Y, Y, "form-field"),
    s("Er is sprake van een recidief na eerdere release in 2019.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Patiënt staat op de wachtlijst voor een trapeziectomie.", "nl", U, U, U, "plan"),
    s("Het gaat OK met de hand, alleen 's ochtends stijfheid.", "nl", U, U, U, "false-friend"),
    s("Zij heeft nooit in het buitenland een ziekenhuis bezocht.", "nl", U, U, N, "negation"),
    s("Partner is tijdens dezelfde reis in Thailand opgenomen geweest; patiënte zelf niet.", "nl", U, U, N, "other-experiencer"),
    s("Aanvraag echo pols rechts; aanvrager: dr. Smit, Heelkunde; vraagstelling: ganglion?", "nl", U, U, U, "request"),
    s("Tot nu toe zijn er geen foto's gemaakt, ook niet op de huisartsenpost.", "nl", N, U, U, "negation"),
    s("P: verw. handchirurg; MRI aangevr.; evt. release.", "nl", U, U, U, "telegraphic"),
    s("Het operatieverslag is bijgevoegd.", "nl", U, Y, U, "mention-of-document"),
    s("De röntgenfoto's zijn gemaakt in het ziekenhuis in Luik, waar hij ook gegipst werd.", "nl", Y, U, Y, "abroad-by-name"),
    s("Geen MRI, want patiënt heeft een pacemaker; wel een CT op 5 mei.", "nl", Y, U, U, "contrast"),
    s("Beleid: afwachten. Niet geopereerd, niet geïnjecteerd.", "nl", U, N, U, "telegraphic"),
    s("Patiënt wil graag geopereerd worden.", "nl", U, U, U, "request"),
    s("Eerder behandeld met een gesloten repositie onder lokale verdoving; een operatie was niet nodig.", "nl", U, N, U, "non-operative-procedure"),
    s("De plastisch chirurg heeft de pees gehecht.", "nl", U, Y, U, "procedure-without-keyword"),
    s("Patiënte is geboren in Marokko en woont sinds 1995 in Tilburg.", "nl", U, U, U, "abroad-without-care"),
    s("Is patiënt ooit in het buitenland behandeld? Dat is niet bekend.", "nl", U, U, U, "question"),
    # ---- English (15) ----
    s("She has had no imaging, no injections and no surgery.", "en", N, N, U, "negation"),
    s("The wrist was immobilised in a cast at Hospital Santa Brígida del Mar, and no imaging was done at any point.", "en", N, U, Y, "negation"),
    s("She had a CT in 2019 for the same wrist.", "en", Y, U, U, "history-date"),
    s("Plan: refer to hand surgeon for consideration of release.", "en", U, U, U, "plan"),
    s("He attended the emergency department in Faro, where his hand was X-rayed and splinted.", "en", Y, U, Y, "abroad-by-name"),
    s("No operations on the hands; previous cholecystectomy.", "en", U, N, U, "other-body-part"),
    s("Radiographs were not repeated after the cast was removed.", "en", Y, U, U, "negation"),
    s("Dupuytren's disease in her father, who had several fasciectomies.", "en", U, U, U, "other-experiencer"),
    s("Discharge summary from Özel Mavikent Hastanesi (translated): closed reduction and casting of the right distal radius, no surgical intervention required.", "en", U, N, Y, "non-operative-procedure"),
    s("Operated: unknown.", "en", U, U, U, "form-field"),
    s("Surgery: none.", "en", U, N, U, "form-field"),
    s("An ultrasound would be helpful if the swelling persists.", "en", U, U, U, "conditional"),
    s("The injury happened in Germany, but he drove straight home and was treated at Rijnoever Hospital in Arnhem.", "en", U, U, N, "abroad-event-nl-care"),
    s("K-wires were removed in clinic at 5 weeks.", "en", U, Y, U, "procedure-without-keyword"),
    s("She was not sure whether the 2018 operation was on this wrist or the other one.", "en", U, U, U, "uncertainty"),
    # ---- German (10) ----
    s("Es erfolgte die operative Versorgung mittels winkelstabiler Plattenosteosynthese.", "de", U, Y, U, "plain"),
    s("Keine Voroperationen, keine Vorbildgebung.", "de", N, N, U, "telegraphic"),
    s("Eine Ringbandspaltung wurde angeboten; die Patientin möchte zunächst abwarten.", "de", U, U, U, "offer"),
    s("Beurteilung: Kein Anhalt für eine Fraktur im CT.", "de", Y, U, U, "negated-finding"),
    s("Procedere: MRT des Handgelenks, danach Wiedervorstellung.", "de", U, U, U, "plan"),
    s("Die Patientin wurde im Klinikum Elbmarsch in Hamburg an der rechten Hand operiert.", "de", U, Y, Y, "abroad-by-name"),
    s("Der Patient war zum Zeitpunkt des Unfalls in Deutschland im Urlaub, eine ärztliche Behandlung erfolgte dort nicht.", "de", U, U, N, "abroad-without-care"),
    s("Auswärtige Röntgenbilder wurden uns auf CD mitgegeben.", "de", Y, U, U, "false-friend"),
    s("Ob eine Operation notwendig ist, soll die Zweitmeinung klären.", "de", U, U, U, "question"),
    s("Nach Angaben der Patientin keine Operation, aber eine Kortisoninjektion im Jahr 2024.", "de", U, N, U, "contrast"),
]
