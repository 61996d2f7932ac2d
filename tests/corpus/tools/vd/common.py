"""Shared bits for the document texts. Every person, practice, hospital, address and number is invented."""

CLINIC = "Kliniek voor Hand- en Polschirurgie Oosterlaan"
CLINIC_ADDR = ["Oosterlaan 220", "3581 KX Utrecht"]


def label(kinds, date, author, language, style, imaging, operated, abroad, notes,
          referral_question=None, also_dates=None, parts=None):
    """Build a label dict in the key order of label_format.md."""
    d = {"kinds": list(kinds)}
    if date:
        d["date"] = date
    if also_dates:
        d["also_dates"] = list(also_dates)
    d["author"] = author
    d["language"] = language
    d["style"] = style
    if "referral" in kinds:
        if referral_question is None:
            raise ValueError("referral_question needed for a referral")
        d["referral_question"] = referral_question
    elif referral_question is not None:
        raise ValueError("referral_question only for referrals")
    d["imaging_done"] = imaging
    d["operated"] = operated
    d["treated_abroad"] = abroad
    d["notes"] = notes
    if parts:
        d["part"] = parts
    return d


def part(kinds, date, author, **extra):
    p = {"kinds": list(kinds)}
    if date:
        p["date"] = date
    p["author"] = author
    p.update(extra)
    return p
