"""Labelled passages, part 4 of 5 (25 nl, 15 en, 10 de). All patients, names and places of care are fictional."""

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
    s("Er is nooit een MRI gemaakt, alleen een röntgenfoto bij de huisarts.", "nl", Y, U, U, "contrast"),
    s("Verslag OK 15-05-2026, operateur dr. Bakker: excisie ganglion dorsaal pols rechts.", "nl", U, Y, U, "form-field"),
    s("Patiënte stelt zelf voor om de MRI te herhalen.", "nl", Y, U, U, "presupposition"),
    s("Geen röntgen, geen echo, geen CT, geen MRI.", "nl", N, U, U, "telegraphic"),
    s("Op de polikliniek werd een spalk aangemeten; een operatie is niet aan de orde.", "nl", U, U, U, "negation"),
    s("De spoedarts van het AZ Leiedal in Kortrijk nam een RX en verwees naar de raadpleging orthopedie.", "nl", Y, U, Y, "abroad-by-name"),
    s("Besluit: fractuur van het os scaphoideum, conservatief behandeld met gips.", "nl", U, N, U, "non-operative-procedure"),
    s("In 2010 is zij in Nederland geopereerd aan de linkerpols; in het buitenland is zij nooit behandeld.", "nl", U, Y, N, "history-date"),
    s("Patiënt vraagt of er een foto gemaakt moet worden.", "nl", U, U, U, "question"),
    s("Beeldvorming (echo, MRI) is niet verricht omdat de diagnose klinisch duidelijk was.", "nl", N, U, U, "negation"),
    s("Patiënt stelt het verwijderen van het osteosynthesemateriaal uit tot na de zomer.", "nl", U, Y, U, "presupposition"),
    s("MRSA-screening aangevraagd omdat patiënt in augustus was opgenomen in het Hospital Universitario Sierra Alta in Granada.", "nl", U, U, Y, "abroad-by-name"),
    s("Patiënt was op vakantie in Frankrijk, maar heeft na de val alleen een apotheek bezocht.", "nl", U, U, N, "abroad-without-care"),
    s("Een handtherapeut heeft een brace gemaakt; verder heeft zij geen behandeling gehad.", "nl", U, N, U, "negation"),
    s("Trapeziectomie li 2020, re in 2023 door dezelfde operateur.", "nl", U, Y, U, "telegraphic"),
    s("Er is geen beeldvorming gedaan, niet in Nederland en niet in België.", "nl", N, U, U, "negation"),
    s("Wegens de fractuur werd patiënt in het UZ Brabantse Kouter geopereerd; de nacontrole gebeurde in Breda.", "nl", U, Y, Y, "abroad-by-name"),
    s("De huisarts schrijft: 'misschien is er ooit een echo gemaakt, maar dat staat niet in het dossier'.", "nl", U, U, U, "uncertainty"),
    s("De moeder van patiënte vergezelde haar; zij is zelf in Spanje aan haar pols geopereerd.", "nl", U, U, U, "other-experiencer"),
    s("Geen operatie, geen injecties, alleen rust en pijnstilling.", "nl", U, N, U, "negation"),
    s("Controle poli Chirurgie over 6 weken, dan X-pols.", "nl", U, U, U, "plan"),
    s("Rö pols li (ext.): geen #, wel degeneratie STT.", "nl", Y, U, U, "telegraphic"),
    s("In de verwijsbrief staat ten onrechte dat er geen foto's zijn: er is wel degelijk een CT gemaakt.", "nl", Y, U, U, "double-negation"),
    s("Het is onjuist dat patiënte nooit geopereerd is; in 2016 werd een ringbandkliefing verricht.", "nl", U, Y, U, "double-negation"),
    s("Operatie-indicatie: nee.", "nl", U, U, U, "form-field"),
    # ---- English (15) ----
    s("It is not correct that she has never been operated on: she had the wrist ganglion excised in 2020.", "en", U, Y, U, "double-negation"),
    s("MRI report, 12 March 2026: no ganglion, no synovitis, normal TFCC.", "en", Y, U, U, "negated-finding"),
    s("She was admitted under the plastic surgeons at St Aldric's Hospital, Norwich, after a dog bite to the hand while visiting her sister in England.", "en", U, U, Y, "surgery-word-in-name"),
    s("He was advised to have the metalwork removed.", "en", U, Y, U, "presupposition"),
    s("Surgery was discussed but not offered, given her comorbidities.", "en", U, U, U, "negation"),
    s("No operation has taken place so far.", "en", U, N, U, "negation"),
    s("Imaging was requested but never performed, as the department was closed.", "en", N, U, U, "contrast"),
    s("2 November 2026: seen in fracture clinic, check radiograph satisfactory.", "en", Y, U, U, "telegraphic"),
    s("Her husband drove her to the A&E department in Maastricht after the fall in Liège.", "en", U, U, N, "abroad-event-nl-care"),
    s("If conservative measures fail, a wrist arthroscopy could be offered.", "en", U, U, U, "conditional"),
    s("She thinks she had a scan in Spain some years ago.", "en", U, U, U, "uncertainty"),
    s("Procedure: A1 pulley release, left ring finger. Anaesthetic: WALANT.", "en", U, Y, U, "form-field"),
    s("Known to the orthopaedic surgeons for a hip replacement in 2019.", "en", U, U, U, "other-body-part"),
    s("Treatment to date: two steroid injections and a night splint; no surgery.", "en", U, N, U, "non-operative-procedure"),
    s("Clinical photographs of both hands were taken for the record.", "en", U, U, U, "false-friend"),
    # ---- German (10) ----
    s("Eine operative Therapie lehnte der Patient ab.", "de", U, N, U, "offer"),
    s("CT des Handgelenks: keine Dislokation, regelrechte Stellung nach Osteosynthese.", "de", Y, Y, U, "negated-finding"),
    s("Die Aufnahme erfolgte über die Notaufnahme des Universitätsklinikums Rheinhügel.", "de", U, U, Y, "abroad-by-name"),
    s("Auf eine Bildgebung wurde verzichtet, da die Patientin schwanger ist.", "de", N, U, U, "negation"),
    s("Das auswärtig angefertigte MRT liegt uns nicht vor.", "de", Y, U, U, "negation"),
    s("Eine Operation wurde bei uns nicht durchgeführt; die Weiterbehandlung erfolgt heimatnah in den Niederlanden.", "de", U, U, Y, "negation"),
    s("Dr. Schneider-Ringel stellt die Indikation zur Arthrodese.", "de", U, U, U, "plan"),
    s("Z.n. Sectio caesarea 2015 und Cholezystektomie 2020.", "de", U, U, U, "other-body-part"),
    s("Röntgenologisch zeigte sich eine knöcherne Konsolidierung.", "de", Y, U, U, "plain"),
    s("Der Partner der Patientin arbeitet in der Radiologie; eine Bildgebung der Hand fand nicht statt.", "de", N, U, U, "other-experiencer"),
]
