"""Small helper to write labels compactly in the docs_*.py files."""


def L(kinds, date, author, lang, style, imaging, operated, abroad, notes, also=None, rq=None, parts=None):
    lab = {"kinds": list(kinds)}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = list(also)
    lab["author"] = author
    lab["language"] = lang
    lab["style"] = style
    if "referral" in kinds:
        if rq is None:
            raise ValueError("referral needs rq")
        lab["referral_question"] = rq
    elif rq is not None:
        raise ValueError("rq only for referrals")
    lab["imaging_done"] = imaging
    lab["operated"] = operated
    lab["treated_abroad"] = abroad
    lab["notes"] = notes
    if parts:
        lab["parts"] = parts
    return lab


def P(kinds, date, author, also=None):
    p = {"kinds": list(kinds)}
    if date:
        p["date"] = date
    if also:
        p["also_dates"] = list(also)
    p["author"] = author
    return p
