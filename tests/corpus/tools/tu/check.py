#!/usr/bin/env python3
"""Verify every document in ../docs has a valid sidecar label (label_format.md), and print counts.

Checks: label exists for every document and vice versa; all keys present; allowed values; kinds from
the list; ISO dates; referral_question iff kind referral; [[part]] entries only (and always) for merged
PDFs with valid kinds/date/author, top-level kinds = union of parts, enough pages; text extractable;
rough language check; the label date appears in the text in some written form.
Exit 1 on any error (warnings do not fail)."""
import os, re, sys, datetime, tomllib, collections

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
KINDS = {'referral', 'history', 'correspondence', 'imaging-report', 'operation-report', 'mrsa-screening'}
AUTHORS = {'gp', 'specialist', 'radiologist', 'lab', 'patient', 'other'}
LANGS = {'nl', 'en', 'de'}
FACT = {'yes', 'no', 'unmentioned'}
REQUIRED = ['kinds', 'author', 'language', 'style', 'imaging_done', 'operated', 'treated_abroad', 'notes']
ALLOWED = set(REQUIRED) | {'date', 'also_dates', 'referral_question', 'part'}
MERGED_EXPECTED = 4

MONTHS = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'en': ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    'de': ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
}
ABBR = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
EN_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
STOP = {
    'nl': ['de', 'het', 'een', 'en', 'van', 'met', 'voor', 'niet', 'patiënt', 'geen', 'bij', 'naar'],
    'en': ['the', 'and', 'of', 'with', 'to', 'for', 'was', 'not', 'patient', 'no', 'on', 'in'],
    'de': ['der', 'die', 'das', 'und', 'mit', 'für', 'nicht', 'ein', 'eine', 'im', 'bei', 'wir'],
}


def text_of(path):
    if path.endswith('.txt'):
        return open(path, encoding='utf-8').read(), 1
    if path.endswith('.pdf'):
        from pypdf import PdfReader
        r = PdfReader(path)
        return '\n'.join(p.extract_text() or '' for p in r.pages), len(r.pages)
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return '\n'.join(parts), 1
    raise ValueError(path)


def date_forms(d):
    dd, mm, yy = d.day, d.month, d.year
    f = {f'{dd:02d}-{mm:02d}-{yy}', f'{dd:02d}/{mm:02d}/{yy}', f'{dd:02d}.{mm:02d}.{yy}', f'{dd}.{mm}.{yy}',
         f'{dd:02d}.{mm:02d}.{yy % 100:02d}', f'{yy}-{mm:02d}-{dd:02d}', f"{dd:02d}-{mm:02d}-'{yy % 100:02d}",
         f'{mm:02d}/{dd:02d}/{yy}', f'{dd:02d}-{EN_ABBR[mm - 1].capitalize()}-{yy}'}
    for lang, ms in MONTHS.items():
        f.add(f'{dd} {ms[mm - 1]} {yy}')
        f.add(f'{dd}. {ms[mm - 1]} {yy}')
    f.add(f'{dd} {ABBR[mm - 1]}. {yy}')
    suf = 'th' if 11 <= dd <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')
    f.add(f'{dd}{suf} {MONTHS["en"][mm - 1]} {yy}')
    f.add(f'{MONTHS["en"][mm - 1]} {dd}, {yy}')
    f.add(f'{EN_ABBR[mm - 1]} {dd}{suf}, {yy}')
    f.add(f'{dd} {EN_ABBR[mm - 1]} {yy}')
    return {x.lower() for x in f}


def iso(v):
    return isinstance(v, str) and re.fullmatch(r'\d{4}-\d{2}-\d{2}', v) and datetime.date.fromisoformat(v)


def main():
    errs, warns = [], []
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if f.rsplit('.', 1)[-1] in ('pdf', 'docx', 'txt')]
    tomls = {f[:-5] for f in files if f.endswith('.toml')}
    stems = collections.Counter(f.rsplit('.', 1)[0] for f in docs)
    for s, n in stems.items():
        if n > 1:
            errs.append(f'{s}: {n} documents share the stem')
    for s in tomls - set(stems):
        errs.append(f'{s}.toml: label without document')
    for f in files:
        if not (f.endswith('.toml') or f in docs):
            errs.append(f'{f}: unexpected file')
    cnt = collections.defaultdict(collections.Counter)
    merged = 0
    for f in docs:
        stem, ext = f.rsplit('.', 1)
        if not re.fullmatch(r'tu-\d{3}', stem):
            errs.append(f'{f}: stem not tu-NNN')
        if stem not in tomls:
            errs.append(f'{f}: no label')
            continue
        try:
            lab = tomllib.load(open(os.path.join(DOCS, stem + '.toml'), 'rb'))
        except Exception as e:
            errs.append(f'{stem}.toml: does not parse: {e}')
            continue
        E = lambda m: errs.append(f'{stem}: {m}')
        for k in REQUIRED:
            if k not in lab:
                E(f'missing key {k}')
        for k in lab:
            if k not in ALLOWED:
                E(f'unknown key {k}')
        kinds = lab.get('kinds', [])
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
            E(f'bad kinds {kinds}')
        if 'date' in lab and not iso(lab['date']):
            E(f'bad date {lab["date"]!r}')
        for d in lab.get('also_dates', []):
            if not iso(d):
                E(f'bad also_date {d!r}')
        if 'also_dates' in lab and 'date' not in lab:
            E('also_dates without date')
        if lab.get('author') not in AUTHORS:
            E(f'bad author {lab.get("author")}')
        if lab.get('language') not in LANGS:
            E(f'bad language {lab.get("language")}')
        for k in ('imaging_done', 'operated', 'treated_abroad'):
            if lab.get(k) not in FACT:
                E(f'bad {k} {lab.get(k)}')
        if 'referral' in kinds:
            if not isinstance(lab.get('referral_question'), bool):
                E('referral without boolean referral_question')
        elif 'referral_question' in lab:
            E('referral_question without kind referral')
        if not str(lab.get('style', '')).strip() or not str(lab.get('notes', '')).strip():
            E('empty style/notes')
        try:
            text, pages = text_of(os.path.join(DOCS, f))
        except Exception as e:
            E(f'cannot read document: {e}')
            continue
        if len(text.strip()) < 200:
            E('document text too short / unreadable')
        parts = lab.get('part', [])
        if parts:
            merged += 1
            if ext != 'pdf':
                E('parts on a non-PDF')
            if len(parts) < 2:
                E('merged file with fewer than 2 parts')
            if pages < len(parts):
                E(f'{len(parts)} parts but {pages} pages')
            union = set()
            for i, p in enumerate(parts):
                pk = p.get('kinds')
                if not isinstance(pk, list) or any(k not in KINDS for k in pk):
                    E(f'part {i + 1}: bad kinds {pk}')
                else:
                    union |= set(pk)
                if p.get('author') not in AUTHORS:
                    E(f'part {i + 1}: bad author')
                if 'date' in p and not iso(p['date']):
                    E(f'part {i + 1}: bad date')
                for k in p:
                    if k not in ('kinds', 'date', 'author'):
                        E(f'part {i + 1}: unknown key {k}')
            if union != set(kinds):
                E(f'top-level kinds {kinds} != union of parts {sorted(union)}')
            if parts and parts[0].get('date') != lab.get('date'):
                warns.append(f'{stem}: top-level date differs from first part')
        # language sanity
        words = re.findall(r'[a-zäöüßéë]+', text.lower())
        score = {l: sum(words.count(w) for w in ws) for l, ws in STOP.items()}
        best = max(score, key=score.get)
        if best != lab.get('language'):
            warns.append(f'{stem}: language {lab.get("language")} but stopwords suggest {best} {score}')
        # date present in text
        if 'date' in lab:
            t = re.sub(r'\s+', ' ', text.lower())
            if not any(x in t for x in date_forms(iso(lab['date']))):
                warns.append(f'{stem}: label date {lab["date"]} not found verbatim in text')
        cnt['format'][ext] += 1
        cnt['language'][lab.get('language')] += 1
        cnt['author'][lab.get('author')] += 1
        for k in (kinds or ['(none)']):
            cnt['kind'][k] += 1
        for k in ('imaging_done', 'operated', 'treated_abroad'):
            cnt[k][lab.get(k)] += 1
    if merged != MERGED_EXPECTED:
        errs.append(f'{merged} merged PDFs, expected {MERGED_EXPECTED}')
    print(f'{len(docs)} documents, {len(tomls)} labels, {merged} merged PDFs')
    for k, c in cnt.items():
        print(f'  {k:15s}', ', '.join(f'{a}={b}' for a, b in sorted(c.items())))
    for w in warns:
        print('WARN', w)
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
