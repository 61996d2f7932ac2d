exec(open('nl.py').read()); exec(open('en.py').read()); exec(open('de.py').read())
def R(lst, prefix, new):
    idx=[i for i,r in enumerate(lst) if r[4].startswith(prefix)]
    assert len(idx)==1, (prefix, idx)
    lst[idx[0]]=new
def P(lst,prefix,add):
    idx=[i for i,r in enumerate(lst) if r[4].startswith(prefix)]
    assert len(idx)==1, (prefix, idx)
    r=lst[idx[0]]; lst[idx[0]]=(r[0],r[1],r[2],r[3]+' '+add,r[4])
R(EN,"No hospital admissions abroad",("u","u","n","telegraphic negation","Travel/MRSA risk: nil – no hospital contact outside the Netherlands this year."))
R(NL,"Geen buitenlandse ziekenhuisopnames",("u","u","n","negation abroad-no-care","Patiënt is sinds zijn komst naar Nederland in 2010 niet meer in het buitenland geweest, laat staan in een ziekenhuis daar."))
R(EN,"No X-rays, no scans",("n","n","u","negation idiom","To date she has been managed with a splint alone – nobody has imaged the wrist and nobody has operated on it."))
R(DE,"Bisher wurde weder",("u","n","u","negation non-surgical-procedure","Eine Operation hat bisher nicht stattgefunden – lediglich zwei Kortisoninfiltrationen in die Sehnenscheide."))
R(NL,"Patiënt weigerde de hem",("u","n","u","refusal-past separable-verb","De orthopeed stelde in 2024 een carpaletunnelrelease voor, maar patiënt zag daarvan af en koos voor een injectie."))
R(NL,"Geen aanwijzingen voor een fractuur, derhalve",("n","u","u","plan-not-done separable-verb","De huisarts vroeg destijds wel een echo aan, maar die heeft patiënte nooit laten doen."))
R(EN,"Interpreter present",("y","u","u","foreign-patient nl-city-only","Interpreter present. The patient speaks Polish; he has lived in Tilburg since 2020 and was treated at the local hospital there, where radiographs were taken."))
R(EN,"I have reviewed the scans from the Dutch",("y","u","n","nl-care-explicit","I have reviewed the scans from the Dutch hospital."))
for p in ["Beeldvorming bleef in het Franse","Patiënte meldt dat haar in 2019"]: P(NL,p,"scoped-negation")
P(EN,"Radiographs were not taken at the time","scoped-negation")
for p in ["Het operatieverslag van de eerste","De handchirurg in het Zuyderland","St. na ORIF scaphoid","De MRI en de CT werden","Met patiënte is afgesproken","Huisartsenpraktijk Parijsch"]: P(NL,p,"nl-hospital-named")
for name,lst in [('NL',NL),('EN',EN),('DE',DE)]:
    with open(name.lower()+'.py','w') as f:
        f.write(name+' = [\n'+''.join(repr(r)+',\n' for r in lst)+']\n')
