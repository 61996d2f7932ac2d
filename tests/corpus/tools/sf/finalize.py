import json,collections
src=open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'gen.py')).read().split("for lang in")[0]
exec(src)
cut_nl=[10,32,41,44,47,53,65,67,70,78,83,87,88,90,97,114,119,122,125,131,132,135,139,141,144,149,154,157,162,163,166,172,179,188,191,197,200,201,202,203,
 3,16,27,46,60,77,79,96,98,105,109,133,150,158,167,176,182,187,205, 34,56,91,138, 54,7,140, 74,121,137,9,13]
cut_en=[214,218,225,226,241,255,256,263,266,269,270,273,279,283,285,287,293,294,296, 228,257,209,247,230,235,284,297]
cut_de=[308,310,314,324,331,337,339,347,352,353,362,363,365, 318,354,332,338,305,302]
cut=set(cut_nl+cut_en+cut_de)
assert len(cut)==len(cut_nl)+len(cut_en)+len(cut_de)
for c in cut_nl: assert S[c][1]=="nl"
for c in cut_en: assert S[c][1]=="en"
for c in cut_de: assert S[c][1]=="de"
F=[x for n,x in enumerate(S) if n not in cut]
print(len(F), collections.Counter(x[1] for x in F))
for k,idx in (("imaging",2),("operated",3),("abroad",4)):
    print(k, dict(collections.Counter(x[idx] for x in F)))
print(collections.Counter(x[5] for x in F))
with open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', '..', 'sentences', 'sf.toml'),"w",encoding="utf-8") as f:
    f.write("# Sentence set 'sf-': 250 labelled passages (Dutch incl. Flemish, English, German) for the facts\n")
    f.write("# imaging_done, operated and treated_abroad. Written independently from DOMAIN.md, LETTER-STYLES.md and\n")
    f.write("# label_format.md only. All people, practices and named hospitals are invented.\n\n")
    for t,l,i,o,a,p in F:
        f.write("[[sentence]]\n")
        f.write("text = %s\n" % json.dumps(t, ensure_ascii=False))
        f.write('lang = "%s"\nimaging_done = "%s"\noperated = "%s"\ntreated_abroad = "%s"\nphenomenon = "%s"\n\n' % (l,i,o,a,p))
