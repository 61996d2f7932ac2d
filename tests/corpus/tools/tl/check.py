#!/usr/bin/env python3
"""Verify the tl- batch: every document has a valid sidecar label, every PDF/DOCX opens and
contains text, text files decode; the labelled dates occur in the document text.
Exit status 0 when there are no errors (warnings are printed but do not fail)."""
import os, re, sys, glob, datetime, tomllib
from collections import Counter

DOCS = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs'))
KINDS = {'referral', 'history', 'correspondence', 'imaging-report', 'operation-report', 'mrsa-screening'}
AUTHORS = {'gp', 'specialist', 'radiologist', 'lab', 'patient', 'other'}
LANGS = {'nl', 'en', 'de'}
FACT = {'yes', 'no', 'unmentioned'}
ALLOWED = {'kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question',
           'imaging_done', 'operated', 'treated_abroad', 'notes', 'part'}
REQUIRED = ['kinds', 'author', 'language', 'style', 'imaging_done', 'operated', 'treated_abroad', 'notes']
DOC_EXT = {'.pdf', '.docx', '.txt'}

MONTHS = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'en': ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december'],
    'de': ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
           'november', 'dezember'],
}
ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
        'mrt', 'mei', 'okt', 'mär', 'mai', 'dez']


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == '.pdf':
        from pypdf import PdfReader
        r = PdfReader(path)
        pages = [(p.extract_text() or '') for p in r.pages]
        return pages
    if ext == '.docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    for row in t.rows:
                        for c in row.cells:
                            parts.append(c.text)
        return ['\n'.join(parts)]
    data = open(path, 'rb').read()
    try:
        return [data.decode('utf-8')]
    except UnicodeDecodeError:
        return [data.decode('cp1252')]


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    D, M, Y = d.day, d.month, d.year
    forms = {iso}
    for dd in {str(D), '%02d' % D}:
        for mm in {str(M), '%02d' % M}:
            for sep in '-/.':
                forms.add('%s%s%s%s%d' % (dd, sep, mm, sep, Y))
                forms.add('%s%s%s%s%02d' % (dd, sep, mm, sep, Y % 100))
                forms.add('%s%s%s%s%d' % (mm, sep, dd, sep, Y))  # US style
        for lang, names in MONTHS.items():
            forms.add('%s %s %d' % (dd, names[M - 1], Y))
            forms.add('%s. %s %d' % (dd, names[M - 1], Y))
            forms.add('%s %s, %d' % (names[M - 1], dd, Y))
        forms.add('%s %s %d' % (dd, d.strftime('%b').lower(), Y))
        forms.add('%s-%s-%d' % (dd, d.strftime('%b').lower(), Y))
        forms.add('%s %s. %d' % (dd, d.strftime('%b').lower(), Y))
    return forms


def date_in_text(iso, text):
    t = re.sub(r'\s+', ' ', text.lower())
    return any(f in t for f in date_forms(iso))


def check():
    errors, warns = [], []
    files = sorted(os.listdir(DOCS))
    stems = {}
    for f in files:
        stem, ext = os.path.splitext(f)
        if not re.fullmatch(r'tl-\d{3}', stem):
            errors.append('%s: name does not match tl-NNN' % f)
            continue
        stems.setdefault(stem, []).append(ext)
    stats = {k: Counter() for k in ('kind', 'language', 'format', 'author', 'fact')}
    for stem in sorted(stems):
        exts = stems[stem]
        docs = [e for e in exts if e in DOC_EXT]
        if '.toml' not in exts:
            errors.append('%s: no sidecar label' % stem)
        if len(docs) != 1:
            errors.append('%s: expected exactly one document file, found %s' % (stem, exts))
            continue
        for e in exts:
            if e not in DOC_EXT and e != '.toml':
                errors.append('%s: unexpected file %s%s' % (stem, stem, e))
        path = os.path.join(DOCS, stem + docs[0])
        # ---- document opens and has text
        try:
            pages = text_of(path)
        except Exception as ex:  # noqa
            errors.append('%s: cannot open: %s' % (path, ex))
            continue
        full = '\n'.join(pages)
        if len(full.strip()) < 200:
            errors.append('%s: too little text (%d chars)' % (stem, len(full.strip())))
        for i, pg in enumerate(pages):
            if not pg.strip():
                errors.append('%s: page %d has no text' % (stem, i + 1))
        if '.toml' not in exts:
            continue
        # ---- label
        try:
            lab = tomllib.load(open(os.path.join(DOCS, stem + '.toml'), 'rb'))
        except Exception as ex:  # noqa
            errors.append('%s.toml: TOML error %s' % (stem, ex))
            continue
        for k in lab:
            if k not in ALLOWED:
                errors.append('%s: unknown key %s' % (stem, k))
        for k in REQUIRED:
            if k not in lab:
                errors.append('%s: missing key %s' % (stem, k))
        kinds = lab.get('kinds', [])
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
            errors.append('%s: bad kinds %r' % (stem, kinds))
        if lab.get('author') not in AUTHORS:
            errors.append('%s: bad author %r' % (stem, lab.get('author')))
        if lab.get('language') not in LANGS:
            errors.append('%s: bad language %r' % (stem, lab.get('language')))
        for f in ('imaging_done', 'operated', 'treated_abroad'):
            if lab.get(f) not in FACT:
                errors.append('%s: bad %s %r' % (stem, f, lab.get(f)))
        for f in ('style', 'notes'):
            if not isinstance(lab.get(f), str) or not lab.get(f).strip():
                errors.append('%s: empty %s' % (stem, f))
        if 'referral' in kinds:
            if not isinstance(lab.get('referral_question'), bool):
                errors.append('%s: referral without boolean referral_question' % stem)
        elif 'referral_question' in lab:
            errors.append('%s: referral_question given but referral not a kind' % stem)
        dates = []
        if 'date' in lab:
            dates.append(lab['date'])
        if 'also_dates' in lab:
            if 'date' not in lab:
                errors.append('%s: also_dates without date' % stem)
            if not isinstance(lab['also_dates'], list):
                errors.append('%s: also_dates must be a list' % stem)
            else:
                dates += lab['also_dates']
        for d in dates:
            if not isinstance(d, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
                errors.append('%s: bad date %r' % (stem, d))
                continue
            try:
                datetime.date.fromisoformat(d)
            except ValueError:
                errors.append('%s: invalid date %r' % (stem, d))
                continue
            if not date_in_text(d, full):
                warns.append('%s: labelled date %s not found in the text' % (stem, d))
        parts = lab.get('part', [])
        if parts:
            if docs[0] != '.pdf':
                errors.append('%s: parts only expected in merged PDFs' % stem)
            union = []
            for i, pt in enumerate(parts):
                for k in pt:
                    if k not in ('kinds', 'date', 'author'):
                        errors.append('%s part %d: unknown key %s' % (stem, i + 1, k))
                if any(k not in KINDS for k in pt.get('kinds', [None])):
                    errors.append('%s part %d: bad kinds' % (stem, i + 1))
                if pt.get('author') not in AUTHORS:
                    errors.append('%s part %d: bad author' % (stem, i + 1))
                if 'date' in pt:
                    if not date_in_text(pt['date'], full):
                        warns.append('%s part %d: date %s not found in text' % (stem, i + 1, pt['date']))
                for k in pt.get('kinds', []):
                    if k not in union:
                        union.append(k)
            if sorted(union) != sorted(kinds):
                errors.append('%s: top-level kinds %r differ from the union of parts %r' % (stem, kinds, union))
            stats['format']['pdf (merged)'] += 1
        else:
            fmt = docs[0][1:]
            if fmt == 'pdf':
                prod = ''
                try:
                    from pypdf import PdfReader
                    prod = str((PdfReader(path).metadata or {}).get('/Producer', ''))
                except Exception:  # noqa
                    pass
                fmt = 'pdf (LibreOffice)' if 'LibreOffice' in prod else 'pdf (reportlab)'
            elif fmt == 'txt':
                raw = open(path, 'rb').read()
                try:
                    raw.decode('utf-8'); enc = 'utf-8'
                except UnicodeDecodeError:
                    enc = 'cp1252'
                fmt = 'txt %s%s' % (enc, ' CRLF' if b'\r\n' in raw else '')
            stats['format'][fmt] += 1
        for k in kinds or ['(none)']:
            stats['kind'][k] += 1
        stats['language'][lab.get('language')] += 1
        stats['author'][lab.get('author')] += 1
        for f in ('imaging_done', 'operated', 'treated_abroad'):
            stats['fact']['%s=%s' % (f, lab.get(f))] += 1
    nums = sorted(int(s[3:]) for s in stems)
    if nums != list(range(1, 65)):
        errors.append('numbering is not tl-001..tl-064: %s' % nums)
    return errors, warns, stats, len(stems)


def main():
    errors, warns, stats, n = check()
    print('documents: %d' % n)
    for k in ('kind', 'language', 'format', 'author', 'fact'):
        print('%-9s %s' % (k + ':', ', '.join('%s %d' % kv for kv in sorted(stats[k].items()))))
    for w in warns:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d error(s)' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
