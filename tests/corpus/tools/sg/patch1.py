import re
exec(open('nl.py').read()); exec(open('en.py').read()); exec(open('de.py').read())
def rep(lst, prefix, new):
    idx=[i for i,r in enumerate(lst) if r[4].startswith(prefix)]
    assert len(idx)==1, (prefix, idx)
    if new is None: del lst[idx[0]]
    else: lst[idx[0]]=new
# NL modifications
rep(NL,"S: sinds 3 mnd",("u","n","u","his-soep plan condition negation","S: sinds 3 mnd tintelingen dig I-III re, 's nachts wakker; nooit eerder behandeld of geopereerd. O: Tinel en Phalen pos. E: CTS re (N93). P: nachtspalk, bij onvoldoende effect verwijzing neurologie voor EMG."))
rep(NL,"Wij hebben geadviseerd",("y","u","u","advice condition finding-negated","Op de eerste foto was geen fractuur te zien; wij hebben geadviseerd om, indien de klachten na zes weken aanhouden, alsnog een MRI te laten vervaardigen."))
rep(NL,"Een operatieve behandeling is met",("y","u","u","offer","Na de echo is een operatieve behandeling met patiënt besproken; hij wil eerst de handtherapie afronden voordat hij een besluit neemt."))
rep(NL,"Verwezen naar de plastisch",("n","u","u","plan negation","Verwezen naar de plastisch chirurg ter beoordeling van een eventuele artrodese van het STT-gewricht; beeldvorming heeft nog niet plaatsgevonden."))
rep(NL,"Patiënte vraagt zich af",("u","n","u","question negation","Patiënte, die nooit eerder aan de hand is geopereerd, vraagt zich af of een operatie haar klachten zou kunnen verhelpen."))
rep(NL,"Patiënte woont sinds 2018",("u","u","n","abroad-living nl-care","Patiënte woont sinds 2018 in het Belgische Lommel, maar is altijd in Nederland behandeld, laatstelijk in het Catharina Ziekenhuis."))
rep(NL,"Met de operatie wordt gewacht",("y","u","u","plan condition","Met de operatie wordt gewacht tot na de bevalling; een echo van de pols liet een tendovaginitis zien."))
rep(NL,"Advies: bij recidief",("u","y","y","advice condition abroad-hospital","Advies: bij een recidief na de release van de triggerfinger (AZ Damiaan Oostende, 2024) kan een tweede ingreep overwogen worden."))
rep(NL,"We kunnen een MRI",("y","u","u","offer","Omdat de foto uit 2023 geen verklaring gaf, kunnen we een MRI aanvragen als u dat wenst."))
rep(NL,"De MRI van 3 maart",("y","y","u","plain-event","De MRI van 3 maart, ruim een jaar na de ORIF, toont een partiële ruptuur van het scapholunaire ligament."))
rep(NL,"Sinds de resectie",("n","y","u","plain-event negation","Sinds de resectie van het dorsale ganglion in 2021 bestaat er een pijnlijk litteken; een echo is nooit gemaakt."))
rep(NL,"Op de echo werd ter plaatse",("y","n","u","plain-event negation","Op de echo werd ter plaatse van de A1-ringband een verdikte pees gezien; geopereerd is zij nog niet."))
rep(NL,"Patiënte is in ons centrum",("u","n","n","abroad-returned negation","Patiënte is na thuiskomst uit Frankrijk in ons centrum behandeld met een onderarmspalk; zij heeft geen operatie ondergaan."))
for p in ["P/ controle poli","Wij zullen patiënt na de MRI","Z.n. kan een EMG","P: ter overweging","Pt. wil eerst","Een echo zou volgens"]:
    rep(NL,p,None)
NL += [
("u","y","n","abroad-no-care abroad-returned","Omdat zij in Roemenië geen zorgverzekering had, liet zij de pols daar niet onderzoeken; zij werd pas in Leiden geopereerd."),
("y","u","n","his abroad-no-care","S: pols li verzwikt op camping in Frankrijk, daar niets aan gedaan. O: zwelling radiaal. P: rö pols li → geen fractuur."),
("y","n","u","plain-event negation","De MRI en de CT werden beide in het Erasmus MC verricht; een operatie vond niet plaats."),
("n","y","y","abroad-hospital negation","Beeldvorming bleef in het Franse ziekenhuis achterwege; men heeft de hand daar direct geopereerd."),
("u","y","u","his abbreviation pseudo-negation","E: st. na fasciectomie Dupuytren dig V re (2022, ZBC Handkliniek). P: geen nieuwe ingreep, geen echo nodig."),
("n","u","y","abroad-hospital negation","Patiënte meldt dat haar in 2019 tijdens een verblijf in Ghana in het Korle Bu Teaching Hospital een onderarmgips is aangelegd; röntgenfoto's zijn daar niet gemaakt."),
("u","n","y","zorgdomein abroad-city non-surgical-procedure","Relevante voorgeschiedenis: 2021 polsfractuur re, behandeld op de SEH in Zaragoza (gesloten repositie, gips); geen operatie."),
("n","n","n","negation long-scope","Geen beeldvorming, geen operatie en geen behandeling buiten Nederland: de klachten bestaan pas twee weken."),
]
# EN
rep(EN,"I would be grateful",("u","y","u","question presupposition","I would be grateful if you could see this gentleman, who had a trapeziectomy in 2022, for a second opinion regarding revision surgery."))
rep(EN,"Surgery was offered",("y","u","u","offer","Surgery was offered after the MRI, but for now the patient prefers to continue with hand therapy."))
rep(EN,"He has lived in Dubai",("y","u","y","abroad-living abroad-hospital","He has lived in Dubai for six years; after the fall his wrist was X-rayed and splinted at Rashid Hospital."))
rep(EN,"She would like to know",("n","u","u","question negation","She has not had any imaging yet and would like to know whether surgery would improve her grip strength."))
rep(EN,"I have explained that surgery",("u","y","u","advice presupposition","I have explained that a second operation carries a higher risk of CRPS and stiffness than the first."))
rep(EN,"The patient denies",("u","n","n","negation long-scope","The patient denies any previous hand surgery or hospital treatment abroad."))
for p in ["Procedure planned","Whether an operation","Should the CT confirm"]:
    rep(EN,p,None)
EN += [
("y","n","y","abroad-hospital negation","Radiographs taken at the Clinique du Parc in Lyon were reviewed; she was not operated on there or since."),
("n","n","n","negation long-scope","He has had no surgery and no imaging; his only contact with a hospital was an outpatient visit in Utrecht."),
("y","u","n","negation nl-care","Ultrasound and MRI were performed locally in Rotterdam; no treatment was received abroad."),
]
# DE
rep(DE,"Falls die Beschwerden",("y","u","u","condition","Da das Röntgenbild unauffällig war, ist bei Persistenz der Beschwerden eine MRT des Handgelenks sinnvoll."))
rep(DE,"Eine Operation ist derzeit",("u","y","u","negated-plan presupposition","Eine erneute Operation ist derzeit nicht geplant."))
rep(DE,"Der Patient lebt seit 2015",("u","u","n","abroad-living nl-care","Der Patient lebt seit 2015 in Venlo und arbeitet in Krefeld; ärztlich behandelt wurde er ausschließlich in den Niederlanden."))
rep(DE,"Eine MRT wurde angemeldet",("y","u","u","plan","Eine MRT wurde angemeldet, der Termin steht noch aus; die Röntgenaufnahmen vom 04.03.2026 liegen vor."))
for p in ["Procedere: Wiedervorstellung","Die Patientin wünscht","Wir bitten um Mitbeurteilung"]:
    rep(DE,p,None)
DE += [
("y","u","n","nl-care german-exonym","Röntgen und MRT erfolgten in Nimwegen; eine Behandlung in Deutschland fand nicht statt."),
("y","y","y","abroad-hospital","Die Patientin wurde im Marienhospital Wesel geröntgt und anschließend operativ versorgt (Kirschner-Drahtosteosynthese)."),
("n","u","n","abroad-no-care negation","Die Patientin war in Belgien nur im Urlaub und hat dort keinen Arzt aufgesucht; geröntgt wurde sie bislang nicht."),
]
import pprint
for name,lst in [('NL',NL),('EN',EN),('DE',DE)]:
    with open(name.lower()+'.py','w') as f:
        f.write(name+' = [\n'+''.join(repr(r)+',\n' for r in lst)+']\n')
