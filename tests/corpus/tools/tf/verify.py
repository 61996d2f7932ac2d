"""Check: one document + one label per stem, labels parse, PDFs/DOCX open; print counts."""
import os, glob, subprocess, tomllib, collections
from docx import Document
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
KINDS = {'referral', 'history', 'correspondence', 'imaging-report', 'operation-report', 'mrsa-screening'}
ok = True
cnt = collections.Counter(); lang = collections.Counter(); fmt = collections.Counter(); auth = collections.Counter()
for n in range(1, 65):
    stem = f'tf-{n:03d}'
    docs = [f for f in glob.glob(os.path.join(D, stem + '.*')) if not f.endswith('.toml')]
    tomls = glob.glob(os.path.join(D, stem + '.toml'))
    if len(docs) != 1 or len(tomls) != 1:
        print('MISSING/EXTRA', stem, docs, tomls); ok = False; continue
    lab = tomllib.load(open(tomls[0], 'rb'))
    assert set(lab['kinds']) <= KINDS, stem
    for p in lab.get('part', []):
        assert set(p['kinds']) <= KINDS, stem
    doc = docs[0]; ext = doc.rsplit('.', 1)[1]
    if ext == 'pdf':
        r = subprocess.run(['pdftotext', doc, '-'], capture_output=True, text=True)
        if r.returncode != 0 or len(r.stdout.strip()) < 200:
            print('PDF problem', stem); ok = False
    elif ext == 'docx':
        t = '\n'.join(p.text for p in Document(doc).paragraphs)
        if len(t) < 100:
            print('DOCX short', stem); ok = False
    else:
        if len(open(doc, encoding='utf-8').read()) < 200:
            print('TXT short', stem); ok = False
    fmt[ext] += 1; lang[lab['language']] += 1; auth[lab['author']] += 1
    for k in lab['kinds'] or ['(none)']:
        cnt[k] += 1
extra = [f for f in os.listdir(D) if not f.startswith('tf-')]
if extra:
    print('extra files', extra); ok = False
print('formats', dict(fmt)); print('languages', dict(lang)); print('kinds', dict(cnt)); print('authors', dict(auth))
print('OK' if ok else 'PROBLEMS')
