"""Kungsbacka kommun, Nämnden för Teknik, "Nämndens årsredovisning 2024", as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/teknik/2025/2025-02-19/handlingar.md
@0034852806b3c96c76ceda1e9015b355180d2b71 (Markdown conversion of kungsbacka.se "Nämnden för Teknik Handlingar
2025-02-19.pdf", ärende 2, PDF pages 2 and 10-17 = report pages 2 and 10-17).

Same conventions as data_vo_2023.py: verbatim text, PDF line breaks inside a paragraph read as spaces, paragraph
breaks kept, letter-spaced headings collapsed, long paragraphs shortened to their first sentence(s) with " …" where
cut. Source slips kept as printed ("badvatttenkvaliteten", "REvaq-cerifiering", "samhällbyggnadsprocess" in the
heading of 3.5.2 against "samhällsbyggnadsprocess" in its comment, "1 av 250 Milj").

Unlike the 2023 template (fixture 81, and data_vo_2023.py), the kommunfullmäktige goals here carry the label
"Kommunövergripande bedömning och nämndens bedömning", and the nämndmål have no "Fokusområde" / "Nämndens
formulering" rows. In 3.3 the bedömning stands before the Fokusområden, with a page break between them.
"""

HEAD = ('Nämnden för Teknik', 'Kungsbacka kommun', 'Nämndens årsredovisning 2024')
NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
KFLAB = 'Kommunövergripande bedömning och nämndens bedömning'

TOC = [  # Innehållsförteckning, report page 2 (PDF page 2), as printed
    ('1 Året som gått', 3),
    ('1.1 Årets resultat', 3),
    ('1.2 Händelser av väsentlig betydelse', 6),
    ('2 Faktorer i omvärlden som påverkat oss under 2024', 9),
    ('3 Uppföljning mål', 10),
    ('3.1 En attraktiv kommun att bo, verka och vistas i', 10),
    ('3.2 En hållbar utveckling och en hälsosam miljö', 11),
    ('3.3 Bästa företagsklimatet i Västsverige', 12),
    ('3.4 I Kungsbacka utvecklas vi hela livet', 14),
    ('3.5 Ett medskapande samhälle och öppen attityd', 14),
    ('4 Uppföljning direktiv', 17),
    ('4.1 DIREKTIV - INNOVATION OCH OMSTÄLLNING TILL NYA ARBETSSÄTT', 17),
    ('5 Kvalitetsdeklarationer', 21),
    ('6 Personal', 27),
    ('6.1 Arbetsmiljö', 27),
    ('6.2 Kompetensförsörjning', 28),
    ('6.3 Analys personalmått', 29),
    ('6.4 Resursmått', 30),
    ('6.5 Effektmått', 30),
    ('7 Ekonomi', 32),
    ('7.1 Uppföljning driftbudget', 32),
    ('7.2 Uppföljning investeringsbudget', 43),
    ('8 Hållbarhetsbokslut', 48),
    ('9 Deponier', 50),
    ('10 Viten och rättstvister', 52),
]

FOKUS_31 = ('- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
            '- Kungsbacka har välkomnande och trygga miljöer.\n'
            '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
            '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera')
FOKUS_32 = ('- Kungsbacka växer med en långsiktigt hållbar ekonomi.\n'
            '- Kungsbacka ska verka för ett fossilfritt och cirkulärt samhälle som också skyddar och främjar biologisk '
            'mångfald.\n'
            '- Kungsbacka ska verka för ett socialt hållbart samhälle.\n'
            '- Unga i Kungsbacka mår bra såväl fysiskt som psykiskt.')
FOKUS_33 = ('- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
            '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom '
            'samverkan mellan näringsliv och utbildning.')
FOKUS_34 = ('- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
            '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.')
FOKUS_35 = ('- I Kungsbacka skapar vi förutsättningar för invånare, kunder och företag att vara medskapande i att utforma '
            'det goda livet.\n'
            '- Invånare, företag och besökare känner sig alltid välkomna, sedda och korrekt bemötta i kontakt med '
            'kommunen.\n'
            '- Digitaliseringen gör att vi hittar smartare tjänster och effektivare arbetssätt.\n'
            '- Kungsbacka kommun är en attraktiv arbetsgivare med modiga och medskapande medarbetare och ledare.')

TE = [
    ('h1', '3 Uppföljning mål'),
    # ---------------------------------------------------------------- 3.1 (KF)
    ('goal', '3.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_31),
    ('kv', KFLAB, NADD),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi vill lyfta fram våra fem viktigaste arbeten som vi bedömer har givit störst effekt och nytta för '
     'invånarna:\n\n'
     'Vi har återskapat budget i balans inom skattefinansierade verksamheten med bibehållen trevlig och trygg '
     'utemiljö överlag och hög kundnöjdhet i färdtjänsten trots genomförda förändringar. …\n'
     'Vi vill göra det lätt att göra rätt med sitt avfall. …\n'
     'Vi har samarbetat med Region Halland kring finansiering av naturvärdar och Hallandsleden Kust. …\n'
     'Vi har färdigställt den omfattande ansökan om ny vattendom från Mark- och Miljödomstolen för att kunna '
     'producera mer dricksvatten samt fått beslut på att starta om- och tillbyggnaden av Hammargårds reningsverk. '
     '…\n\n'
     'Vi har genomfört en utredning av badvatttenkvaliteten för att utreda rotorsak till den varierande kvaliteten '
     'under badsäsongen. En del i den är att utreda genom DNA-analys varifrån e-colibakterier kan härstamma. Här är '
     'även'),
    ('page', 10),
    ('cont', 'reningsverkens REvaq-cerifiering en bra källa till information.'),
    # ---------------------------------------------------------------- 3.1.1 (nämndmål)
    ('goal', '3.1.1', 'Vi underlättar för alla tillväxtkreatörer och möjliggör livet mellan fasaderna', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'Vi vill lyfta fram våra två viktigaste arbeten som vi bedömer har givit störst effekt och nytta för '
     'invånarna:\n\n'
     'Inom samhällsbyggnadsområdet har vi fortsatt vår dialog och tester kring miljön på och intill Kungsbacka torg '
     'i vår strävan att utgå från invånarnas och näringsidkarnas behov innan vi själva planerar något. …\n'
     'Samarbetet inom kommunens evenemangsgrupp börjar sätta sig och diverse evenemang har koordinerats från Kultur '
     '& Fritid där Teknik agerat möjliggörare för genomförande av arrangemang. …'),
    # ---------------------------------------------------------------- 3.2 (KF)
    ('goal', '3.2', 'En hållbar utveckling och en hälsosam miljö', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_32),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi vill lyfta fram våra fyra viktigaste arbeten som vi bedömer har givit störst effekt och nytta för '
     'invånarna:\n\n'
     'Vår ombyggnad av Ölmanäs reningsverk och Hammargårdsprojektet får räknas som stora framsteg inom ekologisk '
     'och ekonomisk hållbarhet liksom hur vi har börjat hantera jordmassor i anläggningsprojekt. I '
     'reningsverksprojekten utmanar här olika konventionella tekniker för att skapa anläggningar som drar lite '
     'energi t ex vald reningsprocess på Hammargård. I Ölmanäs reningsverksombyggnad har vi använt återbrukat '
     'byggmaterial och använt ny typ av asfalt med lägre klimatavtryck. Vi har etablerat en fysisk plats i Frillesås '
     'för jordmassehantering från anläggningsprojekt. Istället för att köra allt till deponi kan vi sortera upp i '
     'olika'),
    ('page', 11),
    ('cont',
     'fraktioner, ta miljöprover för olika ämnen och cirkulera massor inom kommunen och mellan våra egna projekt på '
     'ett bättre sätt. I våra övriga anläggningsprojekt väljer vi ofta miljövänliga alternativ genom att låta '
     'entreprenörer få nyttja sitt utbud av hållbara produkter och nya metoder. Vi arbetar aktivt i upphandlingar '
     'att ställa relevanta krav i kontrakten som sedan följs upp under projekttiden.\n\n'
     'Vi har fortsatt vårt systematiska arbete med att minska kemikalier i vår verksamhet. …\n'
     'Sommarens översvämningar gör att vi åter fått sätta ljuset på olika typer av utredningar av vattenfrågor, t ex '
     'dagvattenhantering och undvikande av byggnation i lågpunkter, för att förebygga att extrema väderhändelser '
     'drabbar våra invånare. …\n'
     'Tillsammans med föreningar och Kultur & Fritid har vi hittat ett nytt arbetssätt som möjliggör bekämpning av '
     'invasiva arter på fler och större ytor. …\n\n'
     'Under året har vi tagit över Återvinningsstationerna från Svensk förpackningsinsamling. Därtill har vi '
     'förberett för insamling av textil som är kommunens ansvar från 1 januari 2025.'),
    # ---------------------------------------------------------------- 3.2.1 (nämndmål)
    ('goal', '3.2.1', 'Vi bidrar stort till det hållbara Kungsbacka ur ett ekonomiskt, ekologiskt och socialt '
                      'perspektiv', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål', 'Se ovan under målredovisningen till Kommunfullmäktige.'),
    # ---------------------------------------------------------------- 3.3 (KF) - bedömning before Fokusområden
    ('goal', '3.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', KFLAB, NOT),
    ('page', 12),
    ('kv', 'Fokusområden', FOKUS_33),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi vill lyfta fram våra fem viktigaste arbeten som vi bedömer har givit störst effekt och nytta för '
     'invånarna:\n\n'
     'Vi har upphandlat sensorer för att göra mätningar av strömmar av besökande inom Innerstaden. …\n'
     'Vi har fört aktiv dialog med Hede fashion för att uppgradera stråket mellan Hede station och Hedeområdet. …\n'
     'Vi testar exploatörsdriven exploatering tillsammans med JM både avseende VA och allmän plats vid Tölö Ängar '
     'vilket över tid stärker Kungsbackas attraktivitet hos exploatörerna.\n\n'
     'Vi har återupptagit en aktiv koordinering av projekt för att inte störa handeln i staden. …\n'
     'Dagvattenplanen, och det nya kommungemensamma arbetet med den, har inneburit ett stort närmande gentemot '
     'andra förvaltningar i den del av samhällsplaneringen som vi ansvarar för. …'),
    # ---------------------------------------------------------------- 3.3.1 (nämndmål)
    ('goal', '3.3.1', 'Vi agerar möjliggörare för invånare och företagare', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'För Teknik och alla som jobbar här handlar detta mål mest om en inställning hos var och en att vara en '
     'möjliggörare för de som skapar arbetstillfällen här i vår kommun eller någon annanstans. Vi har flera exempel '
     'som visar på tydliga steg och en faktisk förändring i mindset hos väldigt många; Vi har varit tillmötesgående '
     'mot företagarna i Gottskär genom att möta deras förslag på tydligare parkeringsskyltningar, ställplatser för '
     'husbilar samt upprustning av ytor. Vi har skrivit om våra guidelines som vänder sig till ledningsägare så att '
     'vi tydligare aviserar att vi vill underlätta och samarbeta med dem, vi har försökt att utveckla torgmarknaden '
     'genom att ha ett månatligt tema, samt införa utmärkelsen ”årets knalle” som riktar sig mot våra återkommande '
     'knallar.'),
    ('page', 13),
    ('cont',
     'Emellertid föll dessa delar ej väl ut och kommer inte genomföras under 2025. Vi har möjliggjort flera '
     'evenemang såsom föreningsaktiviteter på torget. Genom föreningarna GoKungsbacka, där Teknik har en '
     'styrelserepresentant, och Innerstadsgruppen skapar vi fler nya kontaktytor som syftar till att bygga nära och '
     'tillitsfulla relationer i vardagen för att kunna bli mer snabbfotade och lösningsinriktade ihop med andra '
     'partners.'),
    # ---------------------------------------------------------------- 3.4 (KF) - no nämndmål under it
    ('goal', '3.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_34),
    ('kv', KFLAB, NADD),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Teknik bidrar till detta mål främst genom utformning av fysisk miljö, t ex utvecklande lekplatser, skapande '
     'av mötesplatser för människor och att ställa vår verksamhet till förfogande för olika individer som behöver '
     'praktik eller arbetsträning av olika skäl eller utbildningspraktik där vi tar emot många personer från olika '
     'yrkeshögskolor. …'),
    # ---------------------------------------------------------------- 3.5 (KF)
    ('goal', '3.5', 'Ett medskapande samhälle och öppen attityd', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_35),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi har under året erbjudit medskapande i högre utsträckning än tidigare. Våra tre viktigaste steg är:\n'
     'Avfallsområdet är föredömligt där många får komma till tals kring hur de vill ha sin avfallshantering för att '
     'kunna sköta den på bästa sätt med återbruk och återvinning som ledstjärna.\n'
     'Hur vi ska utforma nya utemiljöer är också ett viktigt område t ex såsom vi gjort med att ta reda på '
     'invånarnas behov och önskemål kring torget, det stora dagvattensystemet i Åsa samhälle eller områdena där vi '
     'har aviserat för de närboende att vi kommer avveckla lekplatser och gärna tar emot förslag på hur vi kan göra '
     'något annat tillsammans.'),
    ('page', 14),
    ('cont',
     'Hur ansökningsprocessen för färdtjänst ska se ut för att vara enkel och effektiv har varit ett '
     'utvecklingsprojekt med hög medskapandegrad av både invånare och regionen.'),
    ('ind', ['Indikatorer', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024'], [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.',
         '78', '78', '76'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1– 20.',
         '103', '114', '122'],
    ]),
    # ---------------------------------------------------------------- 3.5.1 (nämndmål)
    ('goal', '3.5.1', 'Vi arbetar både målstyrande och målsökande och ökar takten i vårt innovationsarbete', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'Vi har startat ett medarbetardrivet innovationsråd/prioriteringsråd för att öka takten i innovationsarbetet. '
     '…\n\n'
     'Vårens omgång av den interna innovations- och tjänstedesignsutbildning har genomförts med ett tiotal deltagare '
     'från förvaltningen. …\n'
     'Teknisk verksamhet rent generellt och vår utemiljö kan styras och registreras med hjälp av sensorer och '
     'nyttjande av IoT, (internet of things). …'),
    ('page', 15),
    # ---------------------------------------------------------------- 3.5.2 (nämndmål)
    ('goal', '3.5.2', 'Vi erbjuder en digital sammanhållen samhällbyggnadsprocess i Kungsbacka', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'En digital sammanhållen samhällsbyggnadsprocess förutsätter smidigt samarbete över förvaltnings- och '
     'nämndgränserna, medskapande med invånarna och företagarna, nyttjande av digital teknik och en god '
     'ekonomistyrning. Vi har påbörjat alla delar.\n'
     '2025 kommer vi ha en helt ny mötesstruktur i kommunen där vi avsätter tid för långsiktigt '
     'förvaltningsgemensamt utvecklingsarbete framför möten som syftat till att reda i den egna förvaltningens '
     'angelägenheter. …\n\n'
     'Vi har påbörjat arbetet för tydligare ekonomistyrning av projekt, inte enbart uppföljning.\n'
     'Vi försöker digitalisera och automatisera mindre, men ändå viktiga, delar i processen t ex Ledningsskollen, se '
     'nedan under innovation.\n\n'
     'Vi har också gått över till att så gott som samtliga projekt ligger i vårt digitala stödsystem Antura som även '
     'används av Service och Samhällsbyggnadskontoret för att både samla och dela dokumentation men också kunna '
     'bemanna och resursplanera enklare och bättre.'),
    ('page', 16),
    # ---------------------------------------------------------------- 4 direktiv (not an item: no bedömning)
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
    ('ind', ['Indikatorer', 'Utfall 2023', 'Utfall 2024'], [
        ['Status direktiv: Andel innovationsprojekt som drivits under året', 'ökande', 'ökande'],
        ['Status direktiv: Andel av bruttokostnaden som avsätts för innovationsarbete och digitalisering',
         '1 av 250 Milj', '0,6 Mkr av 250 Mkr'],
    ]),
]
