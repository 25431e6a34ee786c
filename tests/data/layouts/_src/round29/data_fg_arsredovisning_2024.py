"""Kungsbacka kommun, Nämnden för Förskola & Grundskola, "Nämndens årsredovisning 2024", as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/fg/2025/2025-02-20/handlingar.md
@3dcb1cc4086b0907f69cdd928a41354a1d911ece (Markdown conversion of kungsbacka.se "Förskola & Grundskola nämnd
handlingar 2025-02-20.pdf", ärende 6 "Nämndens årsredovisning 2024", PDF pages 46 and 52-71 = report pages 2 and
8-27). The table of section 5 is also in handlingar.tabeller/71-1.csv (same repository).

Conventions (as round 27): verbatim text; PDF line breaks inside a paragraph read as spaces, paragraph breaks kept;
letter-spaced headings collapsed ("3 Uppföljning   mål" -> "3 Uppföljning mål"); long paragraphs shortened to their
first sentence(s), every cut marked " …"; nothing reworded. Source slips kept as printed: "En väsentlig del i at vara",
"Kungsbackas skolor förskolor och skolor", "Ökad närvaron är", "Mobiltelefon fria", "kränknings ärenden", "rektors
teamen", "genomför flera insatser", the label "Fokusområde" printed twice in 3.4.1 with its three bullets run together,
"Genomsnittligt betygspoäng", "kan bidra till att goda kan bidra till goda förutsättningar" (4.5).

Record kinds: ('h1', text) section heading; ('goal', number, name, level) block heading, level 'KF' (kommunfullmäktige
goal), 'N' (nämndmål), 'DIR' (direktiv), 'SUB' (unnumbered-level sub-heading inside a direktiv); ('kv', label, value)
label in A, value in B (value None = label alone); ('cont', text) continuation of the previous value after a page
break (column B only); ('ind', header, rows) indicator table; ('page', n) page foot n + running head of next page;
('kd', header, rows) the section-5 table.
"""

HEAD = ('Nämnden för Förskola & Grundskola', 'Kungsbacka kommun', 'Nämndens årsredovisning 2024')
NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
KFLAB = 'Kommunövergripande bedömning'
NLAB = 'Nämndens bedömning'

TOC = [  # Innehållsförteckning, report page 2 (PDF page 46), as printed
    ('1 Året som gått', 3),
    ('1.1 Ekonomiskt utfall', 3),
    ('1.2 Händelser av väsentlig betydelse', 4),
    ('2 Faktorer i omvärlden som påverkat oss under 2024', 6),
    ('3 Uppföljning mål', 8),
    ('3.1 En attraktiv kommun att bo, verka och vistas i', 8),
    ('3.2 En hållbar utveckling och en hälsosam miljö', 9),
    ('3.3 Bästa företagsklimatet i Västsverige', 14),
    ('3.4 I Kungsbacka utvecklas vi hela livet', 15),
    ('3.5 Ett medskapande samhälle och öppen attityd', 19),
    ('4 Uppföljning direktiv', 21),
    ('4.1 DIREKTIV - INNOVATION OCH OMSTÄLLNING TILL NYA ARBETSSÄTT', 21),
    ('4.2 Utreda/kartlägga riskfaktorer för utanförskap', 23),
    ('4.3 Skola/arbetsliv', 24),
    ('4.4 Utreda införande av resursskola', 25),
    ('4.5 Stärka lärarens roll', 25),
    ('5 Kvalitetsdeklarationer', 27),
    ('6 Verksamhetsmått', 28),
    ('6.1 Analys verksamhetsmått', 28),
    ('6.2 Resursmått', 28),
    ('6.3 Prestationsmått', 29),
    ('6.4 Effektmått', 29),
    ('7 Personal', 31),
    ('7.1 Arbetsmiljö', 31),
    ('7.2 Kompetensförsörjning', 32),
    ('7.3 Analys personalmått', 33),
    ('7.4 Resursmått', 34),
    ('7.5 Effektmått', 35),
    ('8 Ekonomi', 37),
    ('8.1 Uppföljning driftbudget', 37),
    ('8.2 Uppföljning investeringsbudget', 43),
    ('9 Hållbarhetsbokslut', 44),
    ('10 Viten och rättstvister', 47),
]

IND4 = ['Indikatorer', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024']
IND_DIR = ['Indikatorer', 'Utfall 2023', 'Utfall 2024']
ELEV = ('Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, ')
ELEVHALSAN = '(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)'
GYMN = ('Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, Gymnasiet ÅK 1 i% - ')

FG24 = [
    ('h1', '3 Uppföljning mål'),
    # ------------------------------------------------------------------------------------ 3.1 (KF) report p. 8
    ('goal', '3.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
     '- Kungsbacka har välkomnande och trygga miljöer.\n'
     '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
     '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera'),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'En väsentlig del i at vara en attraktiv kommun att bo och verka i är att vi har förskolor och skolor med god '
     'kvalitet. Kungsbackas skolor förskolor och skolor kännetecknas av hög kvalitet och måluppfyllelse. '
     'Kungsbackas resultat ligger bland de 10% bästa kommunerna i Sverige.\n\n'
     'Samtliga skolor och förskolor jobbar med att ha lärmiljöer som främjar lärande, som är trygga och fria från '
     'kränkningar. Förvaltningen har ett antal insatser och vi lyfter här några sådana:\n'
     '1. Ökad närvaro: Ökad närvaron är ett särskilt mål och insatsområde. …\n'
     '2. Trygghet och studiero: Förvaltningen har genomfört ett antal utbildningsinsatser och följer upp att dels '
     'att kränkningar anmäls, följs upp, utreds och åtgärdas.\n'
     '3. Vårt systematiska kvalitetsarbete har reviderats utifrån nya nationella föreskrifter. …\n'
     '4. Systematiskt säkerhetsarbete: Vi har jobbat vidare med vårt systematiska säkerhetsarbete med bl.a. '
     'utbildning och övning av krisledning. …\n'
     '5. Krisledning och kontinuitetsplanering: Förvaltningsledningen övar regelbundet krisledning. …\n'
     '6. Främjande Fyran: Inom detta förvaltningsgemensamma arbete har tillsatts tre taktiska grupper och som under '
     'våren 2025 ska arbeta fram förslag till hur vi kan/ska arbeta vidare med att tidigare och med mer samordnade '
     'insatser kan nå elever som riskerar inte klara skolan.\n'
     'Minskade behov av platser i förskola och skola\n'
     'Befolkningsprognos visar på minskat antal barn och elever. …\n\n'
     'Ökad rörelse och hälsa\n'
     'Under året har vi reviderat våra lokalkoncept – såväl koncept för skollokaler som utemiljö. …\n'
     'Flera projekt genomförs för att öka rörelse och hälsa genom mer systematiserat samarbete med '
     'idrottsföreningar.'),
    ('page', 8),
    ('ind', IND4, [
        ['Bäst att leva, Kungsbackas placering i ranking av Sveriges kommuner enligt Tidningen Fokus.', '3'],
        ['Antal påbörjade bostäder', '216', '848', '165', '141'],
        ['Antal färdigställda bostäder', '430', '363', '319', '109'],
        ['Jag känner mig trygg i skolan (åk 5)', '88 %', '84 %', '85 %', '84 %'],
        ['Jag känner mig trygg i skolan (åk 8)', '84 %', '81 %', '82 %', '84 %'],
        ['Anmälda brott per invånare (antal/100 000 invånare)', '5 321', '5 691', '6 475'],
        ['Brukarbedömning hemtjänst äldreomsorg, helhetssyn', '90 %', '91 %'],
        ['Brukarbedömning särskilt boende äldreomsorg, helhetssyn', '74 %', '76 %'],
        ['Brukarbedömning individ- och familjeomsorg totalt - helhetssyn', '88 %'],
    ]),
    # ------------------------------------------------------------------------------------ 3.2 (KF) report p. 9
    ('goal', '3.2', 'En hållbar utveckling och en hälsosam miljö', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kungsbacka växer med en långsiktigt hållbar ekonomi.\n'
     '- Kungsbacka ska verka för ett fossilfritt och cirkulärt samhälle som också skyddar och främjar biologisk '
     'mångfald.\n'
     '- Kungsbacka ska verka för ett socialt hållbart samhälle.\n'
     '- Unga i Kungsbacka mår bra såväl fysiskt som psykiskt.'),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Arbetet med att skapa bättre villkor för hållbar utveckling och en hälsosam miljö handlar för Förskola och '
     'grundskola i huvudsak om att i alla våra verksamheter hittar sätt att stimulera till fysiska aktiviteter, skapa '
     'trygghet och studiero.\n'
     'Förvaltningen försöker ge stöd i metodutveckling och att ge kompetensutbildning.'),
    ('page', 9),
    ('cont',
     'Mötesplats idrott, användandet av mobiltelefoner och YAM projektet är exempel på detta som beskrivs i '
     'nämndmålet: "Utbildningen ska stimulera till ökad trygghet, glädje och fysisk aktivitet".\n\n'
     'Ett annat område som förvaltningen arbetar med handlar om att öka samverkan med parter som arbetar för barn och '
     'ungdomar. I nämndmålet: "Utreda/kartlägga riskfaktorer för utanförskap" beskrivs Utredningsuppdrag för '
     'elevhälsan, UP 2 projektet och "främjande fyran".\n'
     'För att barn och elever ska ha en harmonisk och stimulerande uppväxt behöver framför allt våra '
     'kärnverksamheter i alla förskolor och skolor fungera så exemplariskt som det bara går. …'),
    ('ind', IND4, [
        [ELEV + 'ÅK 4 i % - Flickor.' + ELEVHALSAN, '88 %', '88 %', '85 %'],
        [ELEV + 'ÅK 4 i % - Pojkar. ' + ELEVHALSAN, '93 %', '90 %', '91 %'],
        [ELEV + 'ÅK 8 i % - Flickor.' + ELEVHALSAN, '77 %', '72 %', '79 %'],
    ]),
    ('page', 10),
    ('ind', IND4, [
        [ELEV + 'ÅK 8 i % - Pojkar.' + ELEVHALSAN, '92 %', '93 %', '92 %'],
        [GYMN + 'flickor.', '68 %', '65 %', '73 %'],
        [GYMN + 'pojkar.', '88 %', '85 %', '86 %'],
        ['Avfall från hushåll ska minska med 30% per invånare från 2020 till 2030. Startvärde 100, målvärde 2030 är '
         '70.', '98', '97'],
        ['Avfall från kommunens verksamheter ska minska med 40 % per heltidsanställd. Startvärde 100, målvärde 2030 '
         'är 60.', '72,1', '84,5'],
        ['Energiförbrukning i kommuns lokaler per kvadratmeter'],
        ['Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv (Kolada)', '2,48', '2,27'],
        ['Miljöbilar, andel av totalt antal bilar i det geografiska området, (Kolada)', '17 %', '21,2 %', '24,1 %'],
    ]),
    ('page', 11),
    ('ind', IND4, [
        ['Slutanvändning av el inom det geografiska området, MWh/inv (Kolada)', '8', '7'],
        ['Matens klimatpåverkan från de offentliga måltiderna ska minska räknat i kg CO2-ekv/kg livsmedel. '
         'Målsättningen är 1,0 år 2030.', '1,82', '1,86', '1,79'],
        ['Ekologisk status i Kungsbackafjorden (VISS)'],
        ['Skyddad natur totalt, andel (Kolada)'],
        ['Vattendrag med god ekologisk status, andel (Kolada)', '18,5', '18,5'],
    ]),
    # ------------------------------------------------------------------------------------ 3.2.1 (N) report p. 12
    ('goal', '3.2.1', 'Utbildningen ska stimulera till ökad trygghet, glädje och fysisk aktivitet', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Kungsbackas lärmiljöer ska präglas av trygghet, glädje och studiero. Fysisk aktivitet och social interaktion '
     'mellan elever prioriteras. Mobiltelefoner, smartklockor eller motsvarande enheter ska inte vara tillåtna på våra '
     'skolor, varken på lektionstid eller under rast.'),
    ('kv', 'Fokusområde', '- Trygghet och studiero\n- Fysisk aktivitet\n- Social interaktion'),
    ('kv', NLAB, NOT),
    ('kv', 'Kommentar på nämndmål',
     'Trygghet och studiero\n'
     'Mobiltelefon fria kommunala grundskolor är i dagsläget 22 stycken av 24. …\n\n'
     'Effekt: Flertalet skolor är mobilfria.\n'
     'YAM, Youth aware of mental health, en riktad insats till alla i årskurs 8 där målet är att minska den psykiska '
     'ohälsan samt ge eleverna information om hur man kan få hjälp. …\n'
     'Effekt: 2025 elever deltagit i årskurs 8 under 2024 och merparten uttrycker att de ökat sina kompetenser'),
    ('page', 12),
    ('cont',
     'inom området.\n\n'
     'Införande nytt elevhälsosystem, Prorenata, för att underlätta och stödja dokumentationen\n'
     'Införandet har uppnått de övergripande målen med Prorenata Journal, som var att förenkla och effektivisera '
     'arbetet med att dokumentera barn- och elevhälsa, följa lagar och regelverk, samla all dokumentation i ett slutet '
     'system och bidra till ett åtgärdande, hälsofrämjande och förebyggande arbete. …\n'
     'Projektet har därmed nått målet ökad likvärdigheten och en ökad grad av regelefterlevnad.\n'
     'Effekt: Förbättrad och förenklad dokumentationen av barn och elevhälsoarbetet så som exempelvis '
     'åtgärdsprogram, kränknings ärenden, anpassad studiegång men mera.\n\n'
     'Förstärkt arbete med skolnärvaro\n'
     'Vi har dels haft kompetensutveckling för alla grundskolors personal samt uppsökande verksamhet från jurist, '
     'utredare och utvecklings ledare som tillsammans med rektorer analyserat och problematiserat kring elever på '
     'skolan med stor frånvaro. …\n'
     'Hot och våld i nära relationer\n'
     'Vi fortsätter med den kommungemensamma fortbildningen och bidragit med information och stöd kring '
     'utbildningarna både generellt och riktat.\n\n'
     'Effekt: En möjlig effekt av den ökade kunskapsnivån är att rektorer och personal i högre utsträckning '
     'identifierar och benämner våld i nära relationer samt hedersrelaterat våld och förtryck som potentiella '
     'problemområden.\n'
     'Fysisk aktivitet\n'
     'Mötesplats idrott är nu etablerad på fyra skolor. …\n\n'
     'Vi har beviljats medel för att stärka barn och ungas möjlighet och motivation för ökad rörelse i sin vardag. 22 '
     'enheter har inhandlat material för att förstärka arbetet.\n'
     'Effekt: Större fokus på alternativ till rastaktiviteter som stimulerar till rörelse i förskola och grundskola. '
     'Fler grundskolor som samarbetar i Mötesplats Idrott.'),
    ('page', 13),
    # ------------------------------------------------------------------------------------ 3.3 (KF) report p. 14
    ('goal', '3.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
     '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom samverkan '
     'mellan näringsliv och utbildning.'),
    ('kv', KFLAB, NADD),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi närmar oss målen/fokusområdena och bygger struktur för att åstadkomma ett bättre samarbete med '
     'näringslivet.\n'
     'Strukturen kommer gagna både våra barn och elever som får en med likvärdig utbildning och våra företagare som '
     'tidigt kan arbeta för sin kompetensförsörjning.\n\n'
     'Arbetet har haft ett stort fokus på att säkerställa bra PRAO-platser för våra elever\n'
     'Förberedelser så att arbetsplatserna ska få ut elever som är motiverade och förberedda med uppgifter är en '
     'mycket prioriterad uppgift. Samtal och utbildning pågår på våra skolor.\n'
     'Byggande av plan för hela Skola - Arbetslivs- arbetet pågår med förankrings och motivationsinsatser samt '
     'kontaktskapande för att få en progression från 5 till 18 år\n'
     'Genom att höja kvaliteten på vår praoprocess stärker vi företagens upplevelse av att ta emot våra praoelever. '
     'Från vt 2024 kommer Kungsbacka att organisera Prao på ett nytt sätt: …\n\n'
     'Skola-arbetsliv\n'
     '• En plan för arbete med Skola-Arbetsliv är framtagen och förankringsarbete pågår. …\n'
     '• Vi ser framförallt tre delar som är angelägna: …\n\n'
     'Detta arbete sker i samverkan med andra:\n'
     '• Näringslivet i Kungsbacka\n'
     '• Förvaltningen för Gymnasium och Arbetsmarknad och studie och yrkesvägledarna.\n'
     '• Hallandsnätverket: Samarbete med hallandskommunerna runt PRAO, skola-näringsliv och studievägledning\n'
     '• Regional strategisk rådgivande grupp i GR: Nybildad grupp inom GR med fokus på samverkan'),
    ('page', 14),
    ('cont',
     'mellan skola och arbetsliv.\n'
     '• VFU-beredningen: Strategisk samverkansgrupp med representanter från Göteborgs universitet och GR. Möjlighet '
     'för skolhuvudmännen att påverka innehåll och upplägg på lärarutbildningen.'),
    ('ind', IND4, [
        ['Insikt, SKRs servicemätning av kommunernas myndighetsutövning för företag. Nöjd-kund-index utifrån '
         'sammanvägt betygsindex 0-100, för hur företag i kommunen bedömer Kungsbacka kommuns myndighetsutövning, '
         'vilket är en viktig del av företagsklimatet.', '66', '70', '67'],
        ['Svenskt Näringslivs attitydundersökning av kommuners företagsklimat. Medelvärde utifrån skala 1-6, där '
         'företag bedömer företagsklimatet i Kungsbacka kommun.', '3,5', '3,4', '3,4', '3,8'],
        ['Sysselsatt dagbefolkning, antal', '28 485'],
        ['Andel av sysselsatt dagbefolkning inom Göteborgsregionen', '5,1 %', '4,9 %'],
        ['Företagsamhet, andel av invånare 16–74 år', '18 %', '18 %'],
        ['Antal nystartade företag per 1 000 invånare 16–64 år (etableringsfrekvens)', '13,8', '12,8'],
    ]),
    # ------------------------------------------------------------------------------------ 3.4 (KF) report p. 15
    ('goal', '3.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
     '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.'),
    ('page', 15),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Betygsutfall\n'
     'Andelen elever som blev behöriga till gymnasieskolan vårterminen 2024 var 89,3% och det genomsnittliga '
     'meritvärdet blev 237,9. Det är en viss ökning jämfört med föregående år. …\n\n'
     'Inom den pedagogiska forskningen pekas ett antal riktningsgivare ut för en framgångsrik skolutveckling. …\n'
     'Fokusarbete\n'
     'Utifrån analys av tidigare resultat i det systematiska kvalitetsarbetet och aktuell forskning har tre områden '
     'identifierats som kommer ha ett särskilt fokus inom Förskola & Grundskola perioden 2020-2025. …\n'
     'Undervisning på vetenskaplig grund\n'
     'Alla grundskolor och förskolor har deltagit i en flerårig kompetensutvecklingsinsats utifrån undervisningens '
     'kvalitet. …\n\n'
     'Under 2023 togs en dimension för pedagogiskt ledarskap tagits fram inom "Hur vet du det". Indikatorer har '
     'tagits fram för de fyra aspekterna; distribuerat ledarskap, systematisk skolförbättring, kollegialt lärande och '
     'vetenskaplig grund. Denna dimension är en av grundstenarna när vi under 2024 påbörjades ett tvåårigt samarbete '
     'med Göteborgs Universitet för att stödja rektorerna och deras mellanledare/förstelärare att utveckla sitt '
     'pedagogiska ledarskap. Delar som fokuseras är kollegialt lärande, systematiskt kvalitetsarbete,'),
    ('page', 16),
    ('cont',
     'analysmetoder och rektors roll.\n\n'
     'Dialog för utveckling\n'
     'Under flera år har dialogen varit en uttalad metod i Förskola & Grundskola för ökad måluppfyllelse. …'),
    ('ind', IND4, [
        ['Genomsnittligt meritvärde i årskurs 9. Meritvärdet utgörs av summan av de 17 bästa betygen i elevens '
         'slutbetyg och kan max vara 340.', '239', '237', '236,5', '237,5'],
        ['Arbetslöshet för ungdomar 16–24 år i kommunen. (Källa: Arbetsförmedlingen och SCB)', '2,6 %', '1,7 %',
         '1,7 %'],
        ['Självkänsla och framtidstro för gymnasieelever år 2, index med skala 0–10 enligt Skolenkäten som genomförs '
         'enligt Skolinspektionens skolenkät. Enkäten genomförs vartannat år.', '7,7'],
        ['Genomsnittligt betygspoäng för gymnasiets avgångselevers betygspoäng som kan vara max 20.', '14,3', '14,4',
         '14,3', '14'],
        ['Kostnad utbetalt ekonomiskt bistånd, kr/invånare (Kolada)', '414', '376', '325'],
    ]),
    ('page', 17),
    # ------------------------------------------------------------------------------------ 3.4.1 (N) report p. 18
    ('goal', '3.4.1', 'Ökad undervisningskvalitet', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Våra skolor ska arbeta systematiskt med utformning av lärmiljöer och struktur i lärandet, för att göra '
     'undervisningen tillgänglig för alla. Våra lärare ska bli bättre rustade i att möta elever med olika '
     'förutsättningar och behov, till exempel de med neuropsykiatriska funktionsnedsättningar (NPF).'),
    ('kv', 'Fokusområde', None),
    ('kv', 'Fokusområde',
     '- Tillgänglig lärmiljö för alla- Kompetenshöjning hos pedagogisk personal inom undervisning av elever med NPF- '
     'Stärka arbetet för särskilt begåvade elever i samarbete med gymnasieskolorna'),
    ('kv', NLAB, NOT),
    ('kv', 'Kommentar på nämndmål',
     'Förskolorna arbetar aktivt med att systematiskt utveckla lärmiljön. …\n'
     'Förvaltningen har under våren 2024 genomfört en mindre revidering av vårt systematiska kvalitetsarbete på '
     'enhetsnivå där en minsta gemensam nämnare är framtagen som ett stöd till rektorerna. …\n'
     'För att rusta fler medarbetare att stödja barn med neuropsykiatriska funktionsnedsättningar (NPF) genomför vi en '
     'förstärkning av det team som arbetar för att stödja arbetslag som arbetar med elever som har autism. …\n'
     'Vår webbutbildning kring lågaffektivt bemötande nyttjas på enheterna.\n\n'
     'Utifrån kartläggning 2023 har förvaltningen genomför flera insatser för att bidra till att skolorna bättre ska '
     'kunna stödja elever i behov av SvA-undervisning. …\n'
     'Observationer och effekter:\n\n'
     '• Ökad medvetenhet hos skolledare och lärare om SVA-frågor, dock utan organisatoriska förändringar.\n'
     '• Ett behov av gemensamma riktlinjer har identifierats och en pilotmodell testas.\n'
     '• Utmaningar finns i tidsramar och ledarskap, vilket påverkar skolornas förmåga att genomföra kartläggningar '
     'och insatser likvärdigt.'),
    ('page', 18),
    ('cont',
     'Det är svårt att helt säkerställa resultat av förvaltningens riktade stöd till elever i slutet av grundskolan '
     'som riskerar att inte nå målen. (Varje betygsteg räknas) Det man kan se är att de flesta av dessa elever får '
     'betyg i fler ämnen än vid höstterminen 2023.\n'
     'Lovskolan bidrar med att få fler elever behöriga till nationellt program i gymnasieskolan.\n\n'
     'Utredning kring införande av resursskola är genomförd och har redovisats för nämnden.'),
    # ------------------------------------------------------------------------------------ 3.5 (KF) report p. 19
    ('goal', '3.5', 'Ett medskapande samhälle och öppen attityd', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka skapar vi förutsättningar för invånare, kunder och företag att vara medskapande i att utforma '
     'det goda livet.\n'
     '- Invånare, företag och besökare känner sig alltid välkomna, sedda och korrekt bemötta i kontakt med '
     'kommunen.\n'
     '- Digitaliseringen gör att vi hittar smartare tjänster och effektivare arbetssätt.\n'
     '- Kungsbacka kommun är en attraktiv arbetsgivare med modiga och medskapande medarbetare och ledare.'),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Barnrätt och elevinflytande i utbildningen\n'
     'Framtagandet av en guide för att lyfta barnrättsperspektivet i beslutsunderlag möjliggör ökad kvalitet i beslut '
     'på samtliga nivåer. …\n'
     'Digitala verktyg för att stärka undervisning och administration\n'
     'Införandet av digitala nationella prov ger möjlighet till ökad rättssäkerhet och minskad administrativ börda för '
     'lärare. …\n'
     'Införandet av nytt skoladministrativt system avbröts i slutet av året och avtalet med leverantören har hävts.\n\n'
     'Strategisk kompetensförsörjning\n'
     'Under året har ett ytterligare övningskolekluster med Kullaviksskolan, Fullriggaren Malevik och Särö skola '
     'startat upp i samverkan med Göteborgs universitet. …\n\n'
     'Arbetsorganisation\n'
     'Det tidigare pilotprojektet där några förskolor införde digital schemaläggning samt provade flexibel arbetstid'),
    ('page', 19),
    ('cont',
     'föll väl ut och fler förskolor har visat intresse för att införa motsvarande och även ett antal fritidshem. …'),
    ('ind', IND4, [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.', '78', '78',
         '76'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1–20.',
         '103', '114', '122'],
    ]),
    ('page', 20),
    # ------------------------------------------------------------------------------------ 4 direktiv, report p. 21
    ('h1', '4 Uppföljning direktiv'),
    ('goal', '4.1', 'DIREKTIV - INNOVATION OCH OMSTÄLLNING TILL NYA ARBETSSÄTT', 'DIR'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Kommunfullmäktiges formulering',
     'Kungsbacka kommun står inför stora utmaningar kommande decennier. … Nämnderna och kommunstyrelsen får i '
     'uppdrag att öka tempot i att bygga kultur och förmåga och skapa tekniska förutsättningar för '
     'verksamhetsutveckling genom digitalisering genom:\n\n'
     '• Kompetensutveckling och förstärkning med nya kompetenser\n'
     '• Utveckling och spridning av nya arbetssätt\n'
     '• Bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
     '• Möjlighet att genomföra fler utvecklingsinitiativ\n'
     '• Skapa ändamålsenliga tekniska förutsättningar\n'
     '• Säkerställa att tillräckliga medel inom tilldelad ram öronmärks för innovationsarbete och digitalisering som '
     'bidrar till framtidens välfärd'),
    ('kv', 'Kommentar',
     'Förvaltningen arbetar utifrån den gemensamma målbilden: Mod att våga i en komplex värld där alla barn och unga '
     'har en röst och en vän.\n'
     'Under det senaste året har FG stärkt sin kapacitet att driva innovation genom en rad strukturella och '
     'strategiska initiativ. …\n'
     'Våra insatser lett till en stärkt organisation för innovation. Vi har ökat vår interna kapacitet och förmåga att'),
    ('page', 21),
    ('cont',
     'arbeta med innovation på ett mer strukturerat och systematiskt sätt, vilket ger oss en god grund för framtida '
     'innovationsarbete.\n\n'
     'Följande insatser pågår under 2024 och framåt:\n'
     'Utveckla barn och elevers innovativa förmåga …\n'
     'Skapa en kulturförändring inom innovationsarbetet …\n'
     'Genomföra tre expeditioner för huvudmannen …\n'
     'Utveckla arbetet med Idétorget och innovationsrådet …\n'
     'Undersöka kopplingen mellan kvalitetsarbete och innovationsutmaningar\n'
     'Det systematiska kvalitetsarbetet har ännu inte integrerats med innovationsutmaningar, men detta är prioriterat '
     'för 2025. …\n'
     'Samverkan och externa kontakter …\n\n'
     'Den uppdaterade texten inkluderar tydligare struktur och uppdaterad information för att spegla nuläget i '
     'arbetet.'),
    ('ind', IND_DIR, [
        ['Status direktiv: Andel innovationsprojekt som drivits under året'],
    ]),
    ('page', 22),
    ('ind', IND_DIR, [
        ['Status direktiv: Andel av bruttokostnaden som avsätts för innovationsarbete och digitalisering', '1,1'],
    ]),
    ('goal', '4.1.1', 'Kompetensutveckling och förstärkning med nya kompetenser', 'SUB'),
    ('goal', '4.1.2', 'Utveckling och spridning av nya arbetssätt', 'SUB'),
    ('goal', '4.1.3', 'Bygga en kultur som...', 'SUB'),
    ('goal', '4.1.4', 'Möjlighet att genomföra fler utvecklingsinitiativ', 'SUB'),
    ('goal', '4.1.5', 'Skapa ändamålsenliga tekniska förutsättningar', 'SUB'),
    ('goal', '4.1.6', 'Säkerställ att tillräckliga medel inom tilldelad ram öronmärks för innovationsarbete och '
                      'digitalisering som bidrar till framtidens välfärd', 'SUB'),
    ('cont',
     'Nämnden har avsatt särskilda resurser för nya satsningar och expeditioner inom innovations- och '
     'digitaliseringsarbetet. …\n'
     'Antal innovationsprojekt som bedrivits under året har ökat jämfört med 2023.\n\n'
     'Inom ramen för befintliga tjänster har även utrymme skapats för att arbeta med innovation och omställning till '
     'nya arbetssätt. …\n\n'
     'Andelen av bruttokostnaden som avsätts för innovationsarbete och digitalisering ska fortsatt successivt öka.'),
    ('goal', '4.2', 'Utreda/kartlägga riskfaktorer för utanförskap', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Vi ska förbättra vårt arbete med att identifiera barn och unga som riskerar att hamna i utanförskap. Genom '
     'innovation och ny teknik ska vi tidigare och mer resurseffektivt upptäcka problematisk skolfrånvaro.'),
    ('page', 23),
    ('kv', 'Fokusområde', '- Barn och elever med problematisk frånvaro i skolan\n- Samverkan med andra samhällsaktörer'),
    ('kv', 'Kommentar',
     'Organisering av förvaltningsgemensamma elevhälsoresurser:\n'
     'I december fattade Skolchefen beslut om att organisera centrala elevhälsoresurser under en ny '
     'Verksamhetschef. …\n'
     'UP-2 - för ökad skolnärvaro:\n'
     'Under central projektledning har vi arbetat med en rad aktiviteter för att öka skolnärvaron. …\n\n'
     'Främjande fyran, taktiska grupper.\n'
     'Tre taktiska grupper bestående av verksamhetschefer från FG, GA, IF, KF har formerats. …'),
    ('goal', '4.3', 'Skola/arbetsliv', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Kungsbackas skolor behöver stärka samarbetet med arbetslivet. Elever ska tidigt få en god insyn i '
     'arbetsmarknaden i både offentlig och privat sektor. Vi ska stärka elevernas kompetens och ge dem goda '
     'möjligheter att fatta självständiga val för sin framtid.'),
    ('kv', 'Fokusområde', '- Stärkt framtidstro\n- Undervisning kopplad till konkreta arbetsuppgifter'),
    ('kv', 'Kommentar',
     'FG bygger struktur för att åstadkomma ett bättre samarbete med näringsliv och offentlig sektor. …\n'
     'Arbetet har just nu ett stort fokus på att säkerställa bra PRAO-platser för våra elever …\n\n'
     '• Eleverna kommer få en vecka i offentlig verksamhet och en vecka i näringslivet när de genomför sin PRAO.\n'
     '• Moduler skapas med stödmaterial till arbetsplatser som tar emot praoelever vilket sänker trösklarna att'),
    ('page', 24),
    ('cont',
     'ta emot praoelever.\n'
     '• Utveckla och förankra praon i undervisningen. Jobba med en referensgrupp för att utveckla före-, under och '
     'efterarbetet\n\n'
     'Vi har under året upphandlat ett nytt system för hantering av prao som bland annat syftar till att eleverna ska '
     'kunna söka de praoplatser de är intresserade av utifrån arbetsplatsernas annonser.\n'
     'Skola-arbetsliv …\n'
     'Årets skolledardagar hade ett stort fokus på barn och elevers framtidstro.'),
    ('goal', '4.4', 'Utreda införande av resursskola', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'För de elever som har behov av en mindre skolkontext och mer anpassad lärmiljö ska vi utreda införandet av en '
     'resursskola. Skolan ska erbjuda en mer småskalig omgivning och tillgänggöra undervisningen för fler elever.'),
    ('kv', 'Fokusområde', '- Förebyggande insatser i ett tidigt skede\n- Anpassad undervisning'),
    ('kv', 'Kommentar',
     'Utredning av vilka elevgrupper som kan vara behjälpta av en mindre skolkontext samt vilka elever som kan vara '
     'berättigade till en skolgång i en resursskola är redovisad till nämnd.\n'
     'Fortsatt utredningsuppdrag angående specifik målgrupp och var en eventuell resursskola ska kunna bedrivas ska '
     'redovisas till nämnd under 2025.'),
    ('goal', '4.5', 'Stärka lärarens roll', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Lärarens roll ska stärkas i Kungsbacka. Arbetsgivaren ska verka för att skapa tydliga förutsättningar och ett '
     'tydligt handlingsutrymme för vår pedagogiska personal som i sin tur kan skapa studiero och trygghet på '
     'förskolor och skolor.'),
    ('kv', 'Fokusområde', '- Utbildning och kollegialt arbete'),
    ('page', 25),
    ('kv', 'Kommentar',
     'Förebyggande arbete med fokus på trygghet och studiero i utbildningen.\n'
     'Under året har en partsgemensam arbetsgrupp arbetat med att kartlägga och identifiera olika områden som kan '
     'bidra till att stärka lärares roll. …\n'
     'Goda förutsättningar för att främja arbetet med trygghet och studiero\n'
     'Förvaltningens övergripande stödfunktioner har under året identifierat områden där en ökad kunskap skulle '
     'stärka förutsättningarna för det främjande arbetet. kan bidra till att goda kan bidra till goda '
     'förutsättningar. …\n\n'
     'Det har även identifierats behov av att förenkla anmälan och hanteringen av kränkningar för att säkerställa att '
     'anmälningar görs och på det sättet ge bättre förutsättningar för pedagoger att arbeta främjande.'),
    ('page', 26),
    # ------------------------------------------------------------------------------------ 5, report p. 27
    ('h1', '5 Kvalitetsdeklarationer'),
    ('kd', ['Område', 'Status', 'Beskrivning', 'Kommentar'], [
        ['Annan pedagogisk verksamhet', 'Uppnått',
         'Du som har behov av fritidsverksamhet för ditt barn som är mellan 10-13 år får det i en fritidshemsklubb och '
         'inte i en öppen fritidsverksamhet', None],
        [None, 'Uppnått',
         'Du som har behov av barnomsorg på obekväm arbetstid kan få det efter en behovsprövning. Omsorgstid erbjuds '
         'vardagskvällar 1830-2230 och helger 0730-1930.', None],
        [None, 'Uppnått',
         'Du som har barn som är i åldern 0-5 år kan delta i gruppverksamhet inom öppna förskolan.', None],
    ]),
    ('foot', 27),
]
