exec(open('nl.py').read()); exec(open('en.py').read()); exec(open('de.py').read())
def rep(lst, prefix, new):
    idx=[i for i,r in enumerate(lst) if r[4].startswith(prefix)]
    assert len(idx)==1, (prefix, idx)
    if new is None: del lst[idx[0]]
    else: lst[idx[0]]=new
R=rep
R(NL,"Hij verbleef drie weken",("y","u","n","abroad-no-care","Hij verbleef drie weken bij familie in Marrakech, maar heeft daar geen arts of ziekenhuis bezocht; de eerste foto werd pas hier gemaakt."))
R(NL,"Ondanks de ingreep in 2022",("u","y","y","pseudo-negation abroad-hospital","Ondanks de ingreep in 2022 (UZ Antwerpen) zijn de klachten aan de duimbasis nooit helemaal verdwenen."))
R(NL,"Op 12-03-2026 werd",("y","y","u","plain-event abbreviation passive","Op 12-03-2026 werd de distale radiusfractuur links, na een CT ter preoperatieve planning, middels ORIF met een volaire plaat behandeld."))
R(NL,"De pols werd na thuiskomst",("u","n","n","abroad-returned non-surgical-procedure negation","De pols werd na thuiskomst van de vakantie in Kroatië op de spoedeisende hulp van het Spaarne Gasthuis gereponeerd en gegipst; geopereerd is ze niet."))
R(NL,"Patiënt is recent teruggekeerd",("u","n","y","abroad-hospital negation","Patiënt is recent teruggekeerd van een werkverblijf in Polen; daar is hij in een privékliniek in Poznań aan zijn hand behandeld, zonder operatie."))
R(NL,"Eerder in een ziekenhuis in het buitenland",("u","n","y","form abroad-hospital","Eerder in een ziekenhuis in het buitenland behandeld: ja, in 2025 in het UZ Leuven (polsfractuur). Geopereerd: nee."))
R(NL,"Postoperatief verliep",("y","y","u","plain-event","Postoperatief verliep het herstel na de Darrach-procedure voorspoedig; de controlefoto na zes weken toonde een goede stand."))
R(NL,"Recente behandelingen: injectie",("n","n","u","zorgdomein negation abbreviation","Recente behandelingen: injectie (11-2025), spalk; beeldvorming: niet verricht; operatie: n.v.t."))
R(NL,"Na afloop van de behandeling in het Hôpital",("y","u","y","abroad-hospital","Na afloop van de behandeling in het Hôpital Erasme in Brussel werd patiënt met een bovenarmgips naar huis ontslagen; de röntgenfoto's kreeg hij mee op cd."))
R(NL,"Sinds de opname in de Klinik",("u","n","y","abroad-hospital negation","Sinds de opname in de Klinik Hohe Warte in Bayreuth na het motorongeluk, waar de pols niet werd geopereerd, is deze stijf gebleven."))
R(NL,"Patiënt kreeg in oktober",("n","n","u","negation non-surgical-procedure","Patiënt kreeg in oktober een corticosteroïdinjectie in de eerste extensorloge, op geleide van palpatie en dus zonder echo; operatief is er nog niets gebeurd."))
R(NL,"Er bestaat twijfel",("y","n","u","negation parenthetical","Er bestaat twijfel of de fractuur destijds goed is gereponeerd – de foto na repositie is zoek – maar een operatie heeft in elk geval niet plaatsgevonden."))
R(NL,"Bij lichamelijk onderzoek",("y","u","u","finding-negated physical-exam","Bij lichamelijk onderzoek geen zwelling en geen drukpijn in de tabatière anatomique; ook de eerder gemaakte scaphoïdseries waren zonder afwijkingen."))
R(NL,"De operatie staat gepland",("y","u","u","plan mention-document","De operatie staat gepland voor 3 december; het OK-verslag volgt na de ingreep, de cd van de MRI is bijgevoegd."))
R(NL,"Relevante voorgeschiedenis: geen operaties",("n","n","u","zorgdomein negation long-scope","Relevante voorgeschiedenis: geen operaties, geen fracturen, nooit beeldvorming van de handen."))
R(NL,"Hij is geopereerd aan een liesbreuk",("n","u","u","other-body-part negation","Hij is geopereerd aan een liesbreuk en heeft daarnaast sinds een jaar klachten van de linkerpols, waarvoor nog geen foto is gemaakt."))
for p in ["E: ganglion dorsaal","Moeder van patiënt","Polsartroscopie is voorgesteld","Afdeling Heelkunde","Uitdraai journaal","Haar zus is vorig jaar","Het valt niet uit te sluiten","Er is afgesproken dat hij","P: rö pols re aangevraagd"]:
    R(NL,p,None)
NL += [
("n","u","y","abroad-clinic negation","Tijdens de vakantie in Side is de pols in een hotelkliniek alleen verbonden; foto's zijn niet gemaakt, en na terugkomst heeft de huisarts ook geen beeldvorming aangevraagd."),
("y","u","n","abroad-no-care border","Na de val bij de bakker in Wuustwezel, net over de grens, is mevrouw naar huis gereden en de volgende dag in het Amphia gezien, waar een foto werd gemaakt; in België heeft zij geen zorg ontvangen."),
("n","y","u","negation presupposition","Het betreft een recidief carpaletunnelsyndroom links na een release in 2020, waarvoor nooit aanvullend onderzoek is gedaan."),
("u","y","y","abroad-city","Mw. is in 2024 in Nador (Marokko) aan de pols geopereerd na een val van het dak."),
("n","u","u","telegraphic negation","Geen röntgen, geen echo: de diagnose tendovaginitis van De Quervain is puur klinisch gesteld."),
("u","y","n","abroad-no-care abroad-returned","Na het ongeval in de Eifel is dhr. zonder tussenstop in een Duits ziekenhuis per ambulance naar het Radboudumc vervoerd en daar dezelfde avond geopereerd."),
("n","u","n","his abroad-returned plan","28-08-2025 Tel. contact: pt terug uit Turkije, daar geen zorg gehad. Pols nog pijnlijk. Afspraak SEH voor rö, nog niet gemaakt."),
("u","u","y","conflicting-sources abroad-city","Op het verwijsformulier staat 'behandeld in het buitenland: nee', maar uit de brief van de spoedgevallendienst in Knokke blijkt dat hij daar werd gegipst."),
]
R(EN,"She was on holiday in Portugal",("y","u","n","abroad-no-care abroad-returned","She was on holiday in Portugal at the time of injury but did not seek medical attention until she was back in the Netherlands, where an X-ray showed a distal radius fracture."))
R(EN,"After his return from Morocco",("u","n","n","abroad-returned non-surgical-procedure","After his return from Morocco he attended the emergency department in Eindhoven, where the fracture was manipulated and plastered; no operation was performed."))
R(EN,"NHS number",("y","u","y","abroad-hospital uk-identifiers","NHS number 943 476 5919. Seen in the hand clinic at Royal Derby Hospital on 3 September 2026; ultrasound in clinic confirmed a volar ganglion."))
R(EN,"Interpreter present",("y","u","n","foreign-patient-nl-care","Interpreter present. The patient speaks Polish; he has lived in Tilburg since 2020 and was treated at the local hospital there, where radiographs were taken."))
R(EN,"There has been no surgery",("n","n","u","negation long-scope","There has been no surgery, no injection and no physiotherapy, nor has she had a scan."))
R(EN,"No evidence of scaphoid",("y","y","u","finding-negated","No evidence of scaphoid non-union on today's CT, eight months after screw fixation."))
R(EN,"Past medical history: lap",("n","u","u","other-body-part negation","Past medical history: laparoscopic cholecystectomy 2015, caesarean section 2018. No previous imaging of the hands."))
for p in ["If symptoms persist","No surgical intervention","Her brother had","Has she been treated"]:
    R(EN,p,None)
EN += [
("n","u","n","abroad-no-care negation","She did not see a doctor in Spain, and no imaging has been undertaken since her return; the diagnosis was made clinically by her GP."),
("n","u","u","negation","Neither an ultrasound nor an MRI has been done; the patient was referred straight from the GP."),
("u","y","y","abroad-hospital","She had a scaphoid fixation at Mater Dei Hospital in Malta while on holiday there."),
]
R(DE,"Der Patient war im Urlaub",("y","u","n","nl-seen-from-abroad","Der Patient war im Urlaub in den Niederlanden und wurde dort im Ziekenhuis Gelderse Vallei in Ede geröntgt und gegipst."))
R(DE,"Entlassungsbrief: stationäre",("u","y","y","abroad-hospital discharge-letter","Entlassungsbrief: stationäre Aufnahme vom 10.06.2025 bis 13.06.2025 im Evangelischen Krankenhaus Düsseldorf, Klinik für Handchirurgie. Operation: Ringbandspaltung D3 rechts am 11.06.2025."))
R(DE,"Klinik für Hand-",("y","u","y","abroad-hospital letterhead","Klinik für Hand-, Plastische und Rekonstruktive Chirurgie, BG Unfallklinik Ludwigshafen: Vorstellung in unserer Sprechstunde am 12.03.2026; die mitgebrachten Röntgenbilder aus den Niederlanden wurden gesichtet."))
R(DE,"Ein Röntgenbild wurde nicht",("n","n","u","negation","Ein Röntgenbild wurde wegen der Schwangerschaft nicht angefertigt, operiert wurde bislang ebenfalls nicht."))
for p in ["Der Vater des Patienten","Sollte eine Operation"]:
    R(DE,p,None)
DE += [
("n","u","u","negation","Eine Röntgenaufnahme liegt nicht vor und wurde nach Angaben der Patientin auch nie angefertigt."),
("u","y","n","nl-care negation","Der Patient wurde in den Niederlanden operiert und hat sich in Deutschland nie in ärztliche Behandlung begeben."),
]
for name,lst in [('NL',NL),('EN',EN),('DE',DE)]:
    with open(name.lower()+'.py','w') as f:
        f.write(name+' = [\n'+''.join(repr(r)+',\n' for r in lst)+']\n')
