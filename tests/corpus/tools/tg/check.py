"""Sanity checks: every doc has a label, labels parse, PDFs/DOCX open and yield text; counts."""
import collections, glob, os, subprocess, tomllib, docx

D = '/tmp/dc/tg/docs'
stems = sorted({os.path.splitext(f)[0] for f in os.listdir(D)})
fmt, lang, kinds, author = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
facts = {k: collections.Counter() for k in ('imaging_done', 'operated', 'treated_abroad')}
bad = []
for s in stems:
    files = [f for f in glob.glob(os.path.join(D, s + '.*')) if not f.endswith('.toml')]
    if len(files) != 1 or not os.path.exists(os.path.join(D, s + '.toml')):
        bad.append((s, 'files', files)); continue
    f = files[0]
    ext = f.rsplit('.', 1)[1]
    fmt[ext] += 1
    with open(os.path.join(D, s + '.toml'), 'rb') as fh:
        lab = tomllib.load(fh)
    for k in ('kinds', 'author', 'language', 'style', 'imaging_done', 'operated', 'treated_abroad', 'notes'):
        if k not in lab:
            bad.append((s, 'missing', k))
    if 'referral' in lab['kinds'] and 'referral_question' not in lab:
        bad.append((s, 'rq'))
    lang[lab['language']] += 1
    author[lab['author']] += 1
    for k in lab['kinds'] or ['(none)']:
        kinds[k] += 1
    for p in lab.get('part', []):
        for k in p['kinds'] or ['(none)']:
            kinds['part:' + k] += 1
    for k in facts:
        facts[k][lab[k]] += 1
    if ext == 'pdf':
        t = subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True, text=True)
        if t.returncode != 0 or len(t.stdout.strip()) < 200:
            bad.append((s, 'pdf text', t.returncode, len(t.stdout)))
        if '■' in t.stdout or '\ufffd' in t.stdout:
            bad.append((s, 'missing glyph'))
        n = subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout
        pages = [l for l in n.splitlines() if l.startswith('Pages')]
        if lab.get('part') and int(pages[0].split()[-1]) < len(lab['part']):
            bad.append((s, 'parts>pages'))
    elif ext == 'docx':
        d = docx.Document(f)
        text = '\n'.join(p.text for p in d.paragraphs) + '\n'.join(c.text for t in d.tables for r in t.rows for c in r.cells)
        if len(text.strip()) < 200:
            bad.append((s, 'docx text'))
    else:
        t = open(f, encoding='utf-8').read()
        if len(t) < 200:
            bad.append((s, 'txt'))
print('documents:', len(stems))
print('formats:', dict(fmt))
print('languages:', dict(lang))
print('authors:', dict(author))
print('kinds:', dict(sorted(kinds.items())))
for k, c in facts.items():
    print(k, dict(c))
print('problems:', bad or 'none')
