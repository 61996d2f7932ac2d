def L(kinds, date, author, lang, style, img="unmentioned", op="unmentioned", abroad="unmentioned",
      notes="", also=None, rq=None):
    d = {"kinds": kinds, "date": date, "also_dates": also, "author": author, "language": lang,
         "style": style}
    if "referral" in kinds:
        d["referral_question"] = bool(rq)
    d.update({"imaging_done": img, "operated": op, "treated_abroad": abroad, "notes": notes})
    return d

def P(kinds, date, author):
    return {"kinds": kinds, "date": date, "author": author}

CLINIC_ADDR = ["Handcentrum Oostvaarders", "t.a.v. second opinion spreekuur", "Postbus 2291", "1300 CG Almere"]
