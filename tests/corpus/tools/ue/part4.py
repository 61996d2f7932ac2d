"""Part 4 of the ue sentence set: 25 nl, 15 en, 10 de. All content synthetic."""

Y, N, U = "yes", "no", "unmentioned"


def s(text, lang, imaging_done, operated, treated_abroad, phenomenon):
    return {"text": text, "lang": lang, "imaging_done": imaging_done,
            "operated": operated, "treated_abroad": treated_abroad,
            "phenomenon": phenomenon}


SENTENCES = [
    # --- Dutch (25) ---
    s("Beste dokter, ik ben vorig jaar in Portugal aan mijn pols geopereerd en heb nog steeds pijn.", "nl", U, Y, Y, "abroad-care"),
    s("Ik heb nooit een scan of foto van mijn hand gehad.", "nl", N, U, U, "negation"),
    s("15-10-2025 S: tintelingen dig 1-3 re, 's nachts erger. E: CTS re. P: polsbrace, evt. verwijzing.", "nl", U, U, U, "telegraphic"),
    s("22-11-2025 Brief specialist ontvangen: EMG bevestigt CTS, operatie geadviseerd.", "nl", U, U, U, "offer-advice"),
    s("10-02-2026 S: 6 wk na CTS-release re, litteken gevoelig. P: afwachten.", "nl", U, Y, U, "telegraphic"),
    s("Verwijzing orthopedie, vraagstelling: pseudartrose scaphoïd? Operatie-indicatie?", "nl", U, U, U, "question-request"),
    s("Er is geen sprake van een recente opname in een buitenlands ziekenhuis.", "nl", U, U, N, "negation"),
    s("Beleid: MRI pols, daarna terug op het spreekuur.", "nl", U, U, U, "plan"),
    s("Patiënt is op 4-12 in ons ziekenhuis geopereerd (artroscopische TFCC-hechting).", "nl", U, Y, U, "plain"),
    s("Geen beeldvorming of operatie, alleen fysiotherapie gehad.", "nl", N, N, U, "negation-scope"),
    s("Patiënte heeft niet alleen een röntgenfoto laten maken, maar ook een echo.", "nl", Y, U, U, "pseudo-negation"),
    s("Haar zoon heeft onlangs een ORIF van de pols ondergaan.", "nl", U, U, U, "other-person"),
    s("Na de operatie niet meer gezien op de poli.", "nl", U, Y, U, "pseudo-negation"),
    s("Zij is in de zomer in Frankrijk geweest, maar de klachten begonnen pas na terugkomst.", "nl", U, U, U, "abroad-no-care"),
    s("Lichamelijk onderzoek: geen zwelling, geen drukpijn, volledige beweeglijkheid.", "nl", U, U, U, "negation"),
    s("Aanvullend onderzoek: X-pols re/li d.d. 05-01-2026, beiderzijds geen afwijkingen.", "nl", Y, U, U, "abbreviation"),
    s("Na de skivakantie in Oostenrijk is zij in Nederland op de SEH gezien; in Oostenrijk heeft zij geen arts bezocht.", "nl", U, U, N, "abroad-no-care"),
    s("Patiënt (° 12/05/1978) werd opgenomen op de dienst orthopedie van het AZ Sint-Jan Brugge.", "nl", U, U, Y, "abroad-care"),
    s("Raadpleging handchirurgie UZ Leuven: RX en CT van de pols uitgevoerd, geen ingreep nodig.", "nl", Y, U, Y, "abroad-care"),
    s("Beeldvorming werd niet nodig geacht.", "nl", N, U, U, "negation"),
    s("Operatie volgt nog; patiënt staat op de wachtlijst.", "nl", U, U, U, "plan"),
    s("Patiënt heeft in 2010 een whiplash gehad, toen is een MRI van de nek gemaakt.", "nl", Y, U, U, "history"),
    s("De foto's van 2015 zijn niet meer op te vragen.", "nl", Y, U, U, "pseudo-negation"),
    s("Opereerd aan de pols in 2023 (plaat), plaat nog in situ", "nl", U, Y, U, "typo"),
    s("Er zijn geen aanwijzingen dat patiënt ooit in het buitenland is behandeld.", "nl", U, U, N, "negation"),

    # --- English (15) ---
    s("Dear Dr de Vries, Thank you for referring this 45-year-old woman with ulnar-sided wrist pain; an MRI has already been performed.", "en", Y, U, U, "plain"),
    s("She had an X-ray in the emergency department in Malaga on 2 August 2025.", "en", Y, U, Y, "abroad-care"),
    s("I have not had any surgery, but I have had two injections.", "en", U, N, U, "negation"),
    s("Never had imaging of the hand.", "en", N, U, U, "telegraphic"),
    s("Outcome: listed for surgery.", "en", U, U, U, "plan"),
    s("The patient's husband underwent a CT scan after a car accident.", "en", U, U, U, "other-person"),
    s("Previous operations: tonsillectomy as a child, caesarean section 2015.", "en", U, U, U, "other-body-part"),
    s("No improvement after the trapeziectomy performed in October.", "en", U, Y, U, "pseudo-negation"),
    s("She has lived in Spain for ten years; all her treatment, including the wrist surgery, took place at Hospital Quirónsalud Marbella.", "en", U, Y, Y, "abroad-care"),
    s("Do you think a CT scan would be helpful?", "en", U, U, U, "question-request"),
    s("MRI wrist: no abnormality detected.", "en", Y, U, U, "pseudo-negation"),
    s("The wrist has not been operated on, nor has it been imaged.", "en", N, N, U, "negation-scope"),
    s("Advice: consider a steroid injection; surgery only if symptoms persist.", "en", U, U, U, "offer-advice"),
    s("Transferred back to the Netherlands by the insurer after three days in a hospital in Bali.", "en", U, U, Y, "repatriation"),
    s("No hospital admissions abroad in the last 12 months.", "en", U, U, N, "negation"),

    # --- German (10) ---
    s("Sonographie des Handgelenks: Ganglion 12 x 8 mm dorsal.", "de", Y, U, U, "plain"),
    s("Der Patient hat sich gegen eine Operation entschieden.", "de", U, N, U, "refusal"),
    s("Arztbrief Klinikum Oldenburg: Vorstellung in unserer Ambulanz am 10.10.2025.", "de", U, U, Y, "abroad-care"),
    s("Es erfolgte keine Röntgenuntersuchung und keine sonstige Bildgebung.", "de", N, U, U, "negation-scope"),
    s("Z. n. Knie-TEP rechts 2018.", "de", U, U, U, "other-body-part"),
    s("Eine Wiedervorstellung nach MRT ist vorgesehen.", "de", U, U, U, "plan"),
    s("Postoperativer Verlauf nach Karpaltunnelspaltung unauffällig.", "de", U, Y, U, "plain"),
    s("Keine Besserung nach der Operation im Mai.", "de", U, Y, U, "pseudo-negation"),
    s("Falls eine Operation notwendig wird, bitten wir um erneute Vorstellung.", "de", U, U, U, "conditional"),
    s("Kein Hinweis auf eine Fraktur im CT.", "de", Y, U, U, "pseudo-negation"),
]
