import json
exec(open('nl.py').read()); exec(open('en.py').read()); exec(open('de.py').read())
M={'y':'yes','n':'no','u':'unmentioned'}
out=['# Sentence set "sg": 250 labelled passages (nl/en/de) for imaging_done, operated, treated_abroad.',
     '# Written from DOMAIN.md, LETTER-STYLES.md and label_format.md only; all persons and practices invented.',
     '# Conventions: operated concerns the hand/wrist problem (other body parts -> unmentioned);',
     '# a past refusal or "conservatively treated" counts as operated = no; naming only a Dutch hospital/city',
     '# leaves treated_abroad unmentioned, while explicit NL care ("in Nederland", "after return") or denied care abroad is no;',
     '# imaging of a foreign clinic, ED visits abroad and stays in foreign hospitals for any reason are treated_abroad = yes.','']
for lang,lst in [('nl',NL),('en',EN),('de',DE)]:
    for img,op,ab,ph,text in lst:
        out += ['[[sentence]]', 'text = '+json.dumps(text,ensure_ascii=False), f'lang = "{lang}"',
                f'imaging_done = "{M[img]}"', f'operated = "{M[op]}"', f'treated_abroad = "{M[ab]}"',
                'phenomenon = '+json.dumps(ph,ensure_ascii=False), '']
open('/tmp/dc/sg/sentences/sg.toml','w').write('\n'.join(out))
