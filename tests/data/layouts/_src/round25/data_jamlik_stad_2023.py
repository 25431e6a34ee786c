"""Stadsledningskontoret, "Uppföljning av plan för en jämlik stad 2019–2022" (2023-08-23), as it stands in
github:DeArbetarForDig/dearbetarfordig.se data/graf/kf-2023-11-23.json @a034da59b1a31b1bd016855a282f0e102ec1c30f,
node "kf-2023-11-23-§42" (bilaga 1.4 of "Samlingsärende inom uppföljning oktober 2023"), field data.handlingText.

Texts verbatim; runs of white space collapsed to one space. The two assessment tables come out of the PDF with the
three columns interleaved line by line ("Utveckla en strategisk  Viss  Ansvarig för aktiviteten: Kommunstyrelsen
funktion för samordning av stadens sociala ..."); each cell below is the column's lines put back together in order.
Inside a cell, a line break of the PDF is a space, except where the text has a paragraph break (kept as "\n\n") and
after the line "Ansvarig för aktiviteten: Kommunstyrelsen" (kept as "\n", it is a line of its own in the cell).
"""

RUN = 'Stadsledningskontoret 2023-08-23 Uppfö'   # running head of each page, cut off in the text as printed

COVER = ['Stadsledningskontoret', 'Uppföljning av plan för en jämlik stad 2019–2022 2023-08-23']

TOC = [  # (number, heading, page) as the Innehåll lists them
    ('1', 'Bakgrund', 3),
    ('2', 'Aktiviteter för styrning, samordning och uppföljning', 4),
    ('2.1', 'Bedömning av måluppfyllelse för aktiviteter för styrning, samordning och uppföljning', 4),
    ('2.2', 'ESF-projektet Socialt innovationslabb – ett sätt att integrera jämlikhet', 6),
    ('3', 'Samverkansaktiviteter', 8),
    ('3.1', 'Bedömning av måluppfyllelse för samverkansaktiviteterna', 8),
    ('3.2', 'Samverkan genom det familjecentrerade arbetssättet för barns och ungas rätt till goda och likvärdiga '
            'uppväxtvillkor', 9),
    ('3.2.1', 'Bakgrund', 9),
    ('3.2.2', 'Resultat av aktiviteten', 9),
    ('3.2.3', 'Utvecklingen framåt', 10),
    ('3.3', 'Skolan som gemensam arena för samverkan kring barns rätt till goda och likvärdiga uppväxtvillkor', 11),
    ('3.3.1', 'Bakgrund', 11),
    ('3.3.2', 'Resultat av aktiviteten', 11),
    ('3.3.3', 'Utvecklingen framåt', 13),
    ('3.4', 'Samverkan för ett jobb- och kompetenscentrerat arbetssätt för likvärdiga förutsättningar till arbete, '
            'utbildning och egen försörjning', 13),
    ('3.4.1', 'Bakgrund', 13),
    ('3.4.2', 'Resultat av aktiviteten', 13),
    ('3.4.3', 'Utvecklingen framåt', 14),
    ('3.5', 'Samverkan för jämlik tillgång till hållbara livsmiljöer', 14),
    ('3.5.1', 'Bakgrund', 14),
    ('3.5.2', 'Resultat av aktiviteten', 15),
    ('3.5.3', 'Utvecklingen framåt', 16),
]

BAKGRUND_HEAD = '1 Bakgrund'
BAKGRUND = [
    'Denna rapport beskriver uppföljningen av Göteborgs Stads plan för en jämlik stad 2019–2022. Planen antogs av '
    'kommunfullmäktige 16 april 2020 (dnr 1028/19) med beslut om att planens genomförande ska ske i den takt som '
    'nämnder och styrelser bedömer möjligt. Samtidigt beslutades att uppföljning ska ske en gång under planperioden '
    'och att den ska ske i enlighet med vad planen anger.',
    'Planen anger att den ska följas upp genom en processutvärdering av de fyra samverkansaktiviteterna som '
    'presenteras i planen samt genom en processutvärdering av aktiviteten som handlar om att integrera jämlikhet i '
    'planering, genomförande och uppföljning i fyra pilotverksamheter. Denna aktivitet togs omhand inom ESF-projektet '
    'Socialt innovationslabb. De två processutvärderingarna är genomförda och slutsatser från dem ingår i denna '
    'rapportering. Processutvärderingen av samverkansaktiviteterna finns som bilaga till denna rapport. Som '
    'ytterligare underlag för uppföljningen har dialoger genomförts med representanter från de förvaltningar som har '
    'samordningsansvar för samverkansaktiviteterna i planen.',
    'Göteborgs Stads plan för en jämlik stad 2019–2022 utgår från Göteborgs Stads program för en jämlik stad '
    '2018–2026. Syftet med planen var att utveckla och förstärka strukturer för program för en jämlik stad och att '
    'konkretisera aktiviteter för att underlätta programmets genomförande. Planen är uppdelad i två delar:',
    '- Aktiviteter för samverkan, som konkretiserar programmets målområden',
    '- Aktiviteter för styrning, samordning och uppföljning, som lyfter arbetssätt som baseras på förutsättningar för '
    'ett framgångsrikt arbete som lyfts i program för en jämlik stad.',
    'Denna rapportering beskriver dessa två delar i varsitt kapitel (kapitel 2 och 3). Kapitel 2 beskriver arbetet '
    'som rör aktiviteter för styrning, samordning och uppföljning. Kapitlet inleds med en tabell som beskriver '
    'bedömning av måluppfyllelse för respektive aktivitet. En av de sex aktiviteterna berörs särskilt i eget avsnitt '
    '(2.2 Integrera jämlikhet i ordinarie verksamhet). Övriga fem aktiviteter kommenteras kortfattat i tabellen.',
    'Kapitel 3 beskriver arbetet med de aktiviteter som rör samverkan och som är kopplade till målområdena i program '
    'för en jämlik stad. Kapitlet inleds med en bedömning av måluppfyllelse för respektive samverkansaktivitet.',
]

KAP2_HEAD = '2 Aktiviteter för styrning, samordning och uppföljning'
KAP2 = [
    'Detta kapitel är uppdelat i två avsnitt. Det första avsnittet (2.1) ger en sammanfattande bedömning av '
    'måluppfyllelse för den del av planen som berör aktiviteter för styrning, samordning och uppföljning.',
    'Det andra avsnittet beskriver en aktivitet i planen närmare: Integrera jämlikhet i ordinarie verksamhet. '
    'Aktiviteten genomfördes inom ramen för ESF-projektet Social innovationslabb. Ansvariga var dåvarande social '
    'resursnämnd tillsammans med förskolenämnden, grundskolenämnden, byggnadsnämnden samt nämnden för arbetsmarknad '
    'och vuxenutbildning. Aktiviteten och projektets resultat beskrivs i avsnitt 2.2',
]

T21_HEAD = '2.1 Bedömning av måluppfyllelse för aktiviteter för styrning, samordning och uppföljning'
T21_INTRO = ('Bedömningen graderas utifrån God måluppfyllelse, Viss måluppfyllelse samt Ingen måluppfyllelse. '
             'Graderingen baseras enbart på bedömning av aktiviteternas resultat, inte på jämlikhetens utveckling i '
             'stort.')
T21_COLS = ['Aktivitet', 'Måluppfyllelse', 'Kommentar']
T21 = [  # ('row', aktivitet, måluppfyllelse, kommentar) or ('run',) for the page break
    ('row', 'Utveckla en strategisk funktion för samordning av stadens sociala hållbarhetsarbete', 'Viss',
     'Ansvarig för aktiviteten: Kommunstyrelsen\nKommunstyrelsen samordnar jämlik stad-arbetet sedan 2021. Det '
     'finns forum för frågor som rör social hållbarhet, men en strategisk funktion för stadens sociala '
     'hållbarhetsarbete är inte inrättad. Aktiviteten framkom i samband med att det fanns förslag om att inrätta en '
     'funktion för strategisk planering inom stadsutvecklingsområdet. I stället togs steg mot att utreda ny '
     'organisation för stadsutveckling. Den nystartade Agenda 2030-funktionen kommer att samordna frågor med fokus '
     'på mänskliga rättigheter, jämlikhet och jämställdhet.'),
    ('row', 'Genomföra analyser av jämlikhet ur ett helhetsperspektiv', 'Viss',
     'Ansvarig för aktiviteten: Kommunstyrelsen\nPlanens intention var att jämlikhet ska genomsyra analysen i '
     'stadens strategiska fördjupningar. Jämlikhet har belysts som perspektiv i de fördjupningar som gjorts, däremot '
     'har de inte genomsyrat analyserna. Utvecklingsarbete pågår för att integrera jämlikhet och mänskliga '
     'rättigheter tydligare i uppföljning.'),
    ('row', 'Utveckla indikatorer och analys av tvärsektoriella frågor', 'Viss',
     'Ansvarig för aktiviteten: Kommunstyrelsen\nAktivt arbete pågår med att koppla och analysera frågor utifrån '
     'olika perspektiv med hjälp av gemensamma nyckelindikatorer.'),
    ('run',),
    ('row', 'Utveckla ordinarie uppföljning utifrån jämlikhet', 'Viss',
     'Ansvarig för aktiviteten: Kommunstyrelsen\nEn viss utveckling av uppföljning på en övergripande nivå har '
     'skett, särskilt genom utvecklat arbete och analys av jämlikhetsrapporten. Utvecklingsarbete pågår för att '
     'integrera jämlikhet och mänskliga rättigheter (MR) tydligare i ordinarie uppföljning, exempelvis i '
     'årsrapporten.'),
    ('row', 'Integrera jämlikhet i ordinarie verksamhet', 'Viss',
     'Aktiviteten är genomförd inom ramen för ett ESF-projekt, se 2.2\n\nAnsvariga för aktiviteten är '
     'förskolenämnden, grundskolenämnden, byggnadsnämnden samt nämnden för arbetsmarknad och vuxenutbildning. ESF- '
     'projektet var lyckosamt ur flera aspekter. Däremot har arbetet avstannat med att, utifrån projektets metodik, '
     'sprida goda exempel till fler förvaltningar. Det finns fortsatt ett stort behov av att brett i staden integrera '
     'jämlikhet i ordinarie verksamhet.'),
    ('row', 'Utveckla en strukturerad och strategisk samverkan med akademi, näringsliv och civilsamhälle', 'God',
     'Ansvarig för aktiviteten: Kommunstyrelsen\nStrukturer för samverkan har utvecklats sedan planens antagande. '
     'Göteborg Stad har sedan länge en överenskommelse med civilsamhället som strukturerar dialog och samverkan '
     'mellan parterna. Detta arbete har utvecklats vidare. Det finns även en avsiktsförklaring med akademin som '
     'fokuseras kring fyra frågor (Stadsutveckling, välfärd, Fossilfritt Göteborg samt Demokrati och styrning). Det '
     'finns ingen strukturerad överenskommelse med näringslivet. Dock sker samverkan och den är kopplad till bland '
     'annat konkreta aktiviteter med ursprung i program för en jämlik stad.\n\nDe strukturer för samverkan som har '
     'utvecklats baseras inte på aktiviteten i planen. Kopplat till plan och program för en jämlik stad har konkreta '
     'insatser skett inom samverkan med akademi, näringsliv och civilsamhälle, som exempelvis via skola som arena. '
     'Strategisk samverkan kan utvecklas mer, men mycket har skett sedan planens antagande.'),
]
T21_AFTER = [  # text after the table, to the end of 2.1; 'run' = page break
    'Fem av sex aktiviteter för styrning, samordning och uppföljning bedöms ha viss måluppfyllelse. Aktiviteterna '
    'inom denna del av planen syftade till att åstadkomma en samlad styrning, uppföljning och samordning av stadens '
    'jämlikhetsarbete som ökar möjligheterna till helhetsanalys och gemensamma avvägningar för att kunna minska '
    'skillnaderna vid fördelning och resurssättning av välfärden.',
    'run',
    'En utgångspunkt för Göteborgs Stads arbete för en jämlik stad är att tyngdpunkten i arbetet är universella '
    'insatser, att de riktas till alla invånare, men att de samtidigt ska riktas proportionerligt i relation till '
    'olika gruppers eller områdens specifika behov. Det är av vikt att fortsätta utveckla arbetssätt och analyser för '
    'att veta att verksamheters insatser når dem som behöver det mest och inte riskerar att reproducera och förstärka '
    'systematiska skillnader i livsvillkor som finns mellan olika grupper.',
]

KAP3_HEAD = '3 Samverkansaktiviteter'
KAP3 = [
    'Detta kapitel är uppdelat i fem avsnitt, där det första avsnittet ger en sammanfattande bedömning av '
    'måluppfyllelse. De följande fyra avsnitten beskriver var och en kortfattat de fyra samverkansaktiviteternas '
    'syfte, vilken effekt den kan ha haft samt hur aktiviteten tas hand om fortsatt. Information har hämtats in från '
    'de förvaltningar som är ansvariga för aktiviteten samt från utvärdering av samverkan (biläggs denna rapport).',
]

T31_HEAD = '3.1 Bedömning av måluppfyllelse för samverkansaktiviteterna'
T31_INTRO = T21_INTRO   # the same two sentences, repeated in the text
T31_COLS = ['Aktivitet', 'Bedömning\nmåluppfyllelse', 'Kommentar']
T31 = [
    ('row', 'Samverkan genom det familjecentrerade arbetssättet för barns och ungas rätt till goda och likvärdiga '
            'uppväxtvillkor', 'God', 'Se 3.2'),
    ('row', 'Skolan som gemensam arena för samverkan kring barns rätt till goda och likvärdiga uppväxtvillkor', 'God',
     'Se 3.3'),
    ('row', 'Samverkan för ett jobb- och kompetenscentrerat arbetssätt för likvärdiga förutsättningar till arbete, '
            'utbildning och egen försörjning', 'Viss', 'Se 3.4'),
    ('row', 'Samverkan för hållbara och jämlika livsmiljöer', 'Viss', 'Se 3.5'),
]
T31_AFTER = [
    'Två aktiviteter bedöms ha god måluppfyllelse. Det finns konkreta och tydliga resultat för invånarna av arbetet. '
    'För FCA och Skola som arena uppfattas planen ha varit viktig i styrningen av arbetet. För FCA handlar det '
    'särskilt om det familjecentrerade arbetssättet för barn i skolåren. Arbetet med FCA och Skola som arena har '
    'etablerats, samtidigt som nya samverkansstrukturer och ny organisering i staden behöver föra arbetet vidare '
    'framåt.',
    'Två aktiviteter bedöms ha viss måluppfyllelse. Här har planen kunnat bekräfta vikten av arbetet med de två '
    'samverkansaktiviteterna, men har i sak inte påverkat arbetets inriktning på annat sätt än det som hade '
    'etablerats tidigare inom program för en jämlik stad och inom ordinarie verksamhet. Aktiviteterna i sig bedöms '
    'dock ha genererat goda resultat.',
    'Precis som utvärderingen lyfter är samverkan inte smärtfri och det är i identifierade målkonflikter som också '
    'arbetet kan ta sig framåt. För FCA och skola som arena har planen skapat legitimitet kring samverkan och '
    'ägandeskap, vilket har varit viktigt för genomförande av aktiviteten och konkret för de medarbetare som har '
    'ansvar att driva aktiviteten framåt i samverkan. Utvärderingen av de fyra samverkansaktiviteterna lyfter '
    'komplexiteten i att',
    'run',
    'styrningen kommer från två olika auktoritetsstrukturer, dels genom plan och program för en jämlik stad, dels '
    'genom linjeorganisationen där man har sin tjänst.',
]
