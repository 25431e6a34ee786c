"""Section 7 "Fördjupad uppföljning verksamhetsplan" of Samordningsförbundet Göteborg's "Årsredovisning 2023"
(Dnr 06/23), as it stands in github:DeArbetarForDig/dearbetarfordig.se data/graf/kf-2024-09-12.json
@a034da59b1a31b1bd016855a282f0e102ec1c30f, node "kf-2024-09-12-§365", field data.handlingText (the same text is
also in node "kf-2024-10-10-§400").

Records in reading order (texts verbatim; runs of white space collapsed to one space):
  ('area', text)                         Område heading
  ('head', text, tag)                    numbered block heading; tag = level tag on the same line, or None
  ('tag', tag)                           level tag on a line of its own
  ('besk', text)                         "Beskrivning" row
  ('goal', assessment, comment)          ITEM: goal assessment with the comment that follows it (comment may be None)
  ('label',)                             bold "Status" label of an uppdrag
  ('status', word)                       ITEM: uppdrag status word
  ('komm', text)                         "Kommentar" row (text may be None)
  ('text', text)                         continuation of the text above (after page furniture or a paragraph break)
  ('acthead',) / ('act', name, status) / ('acttext', text)   activity table inside a block (NOT items)
  ('indhead',) / ('ind', indikator, utfall 2021, utfall 2022, utfall 2023, målvärde 2023)  indicator table
  ('sig',) / ('foot',)                   page furniture: e-signature line / running footer
Activity names and statuses were rebuilt from the two run-together columns of the PDF text
("Införa progressionsmätningar i förbundets      Avslutad insatser och projekt Samtliga insatser ...").
"""

SIG_LINE = 'Signature reference: b2127ed9-053b-4175-b310-8736c102afa7'
FOOT_LINE = 'Samordningsförbundet Göteborg'

INTRO = ('7 Fördjupad uppföljning verksamhetsplan', 'Områden: Individinriktade insatser',
         'Som komplement till avsnitt 7.1, se bilaga 3. Fördjupad uppföljning individinsatser 2023.')

SF23 = [('area', '7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser'),
 ('head',
  '7.1.1 Centrala mål: Öka antalet individer i insatserna som når eller närmar sig arbete eller studier',
  'Nämnd/Styrelse'),
 ('goal',
  'Ingen måluppfyllelse',
  'Förbundet kan inte följa upp individinsatserna under 2023 då förutsättningar saknas för att införa ett nytt '
  'uppföljningssystem som ersätter SUS. Då införandet av BIP varit ett fokusområde i förbundet är ett rimligt '
  'antagande att det finns ett tydligt fokus på arbete och studier i alla förbundets insatser och projekt.'),
 ('indhead',),
 ('ind', 'Avslutsanledning arbete och studier', '30%', '24%', None, '30%'),
 ('ind', 'Avslutsanledning fortsatt arbetslivsinriktad rehabilitering', '44%', '58%', None, None),
 ('ind', 'Avslutsanledning övrigt', None, None, None, None),
 ('head', '7.1.1.1 Mål/delmål: Öka antalet individer som tar del av parallella insatser inom förbundet', None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal', 'Ingen måluppfyllelse', None),
 ('sig',),
 ('text',
  'Förbundet kan inte följa upp individinsatser under 2023, då förutsättningar saknas för att införa ett nytt '
  'uppföljningssystem som ersätter SUS. Då införandet av BIP varit ett fokusområde i förbundet antas att fler '
  'individer fått ta del av parallella insatser.'),
 ('foot',),
 ('acthead',),
 ('act', 'Införa progressionsmätningar i förbundets insatser och projekt', 'Avslutad'),
 ('acttext',
  'Samtliga insatser och projekt inom förbundet arbetar med progressionsmätningar. Införandet och det fortsatt '
  'arbetet följs regelbundet upp på olika ledningsforum.'),
 ('act', 'Lokala samverkansforum', 'Avslutad'),
 ('acttext',
  'Lokala samverkansforum har inrättats i samtliga geografiska områden. En struktur har tagits fram för att hålla '
  'regelbundna möten. Det har varit fokus på aktiviteter i BIP- genomförandeplan och att påbörja samsynsarbetet i '
  'de lokala områdena. Forumen kommer fortsätta under 2024.'),
 ('head',
  '7.1.2 Centrala mål: Säkerställa förutsättningar för att jämställdhetsperspektiv integreras i allt arbete',
  'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Framtagen handlingsplan för Jämställdhet sträcker sig över perioden 2023-2025 varför måluppfyllelse förväntas '
  'öka successivt under planperioden. Under 2023 har det varit fokus på delmål att alla insatser och projekt '
  'arbetar systematiskt med att öka upptäckten av våld och att förmedla adekvata insatser till deltagare, där '
  'implementering skett under året. I och med förbundets rättighetsbaserade arbetssätt finns '
  'jämställdhetsperspektivet med i ledning och styrning och i det praktiska arbetet med deltagare. Att skapa ett '
  'gemensamt lärande kring perspektivet har delvis försvårats i och med bristande förutsättningar att följa upp '
  'verksamheten.'),
 ('head',
  '7.1.2.1 Mål/delmål: Alla insatser och projekt arbetar systematiskt med att öka upptäckten av våld och att '
  'förmedla adekvata insatser till deltagare',
  None),
 ('tag', 'Nämnd/Styrelse'),
 ('besk',
  'NNS driver ett projekt om att rutinmässigt öka upptäckten av psykiskt, fysiskt och sexuellt våld inom aktuellt '
  'regeringsuppdrag tillsammans med flera'),
 ('sig',),
 ('text', 'samordningsförbund och samverkanspartners under 2019-2024. Individsamverkansteam'),
 ('text',
  'Individsamverkansteam (IST) Göteborg har börjat implanteringen av att öka upptäckten av våld i nära relation '
  'hösten 2022. Tillsammans med mentor och teamet har lagts upp en tidsplan för bas- och metodutbildning. IST '
  'började arbeta med frågeställningarna i oktober 2022.'),
 ('goal',
  'God måluppfyllelse',
  'Implementering av uppdraget via NNS att rutinmässigt och systematiskt arbeta med att'),
 ('foot',),
 ('text',
  'öka upptäckten av våld i nära relation har genomförts och innebär att alla medarbetare tagit del av '
  'utbildningsinsatser. Det finns nu en systematik kring arbetet som innebär att alla deltagare i förbundets '
  'finansierade insatser får frågor kring våld i nära relationer. Under 2024 fortsätter arbetet med analysera '
  'införandet, se över eventuella behov av förtydliganden av rutiner och att sprida kunskapen till '
  'medlemsparterna.'),
 ('indhead',),
 ('ind', 'Andel medarbetare som tagit del av utbildningsinsatser.', None, None, '100%', '100%'),
 ('acthead',),
 ('act', 'Utbildningsinsatser i alla insatser och projekt.', 'Avslutad'),
 ('acttext',
  'Utbildningsinsatser kring Våld i nära relationer har genomförts enligt framtagen plan för 2023. Samtliga '
  'medarbetare tagit del av utbildningen.'),
 ('head', '7.1.2.2 Mål/delmål: Jämställdhet integreras i styrning och ledning och uppföljning', None),
 ('tag', 'Nämnd/Styrelse'),
 ('besk', 'Handlingsplan jämställdhet 2023–2025'),
 ('goal',
  'Viss måluppfyllelse',
  'Uppföljning av insatser och projekt görs utifrån ett jämställdhetsperspektiv. Måluppfyllelse förväntas öka i '
  'och med att fler aktiviteter, som utbildning och annan kompetensutveckling, genomförs utifrån beslutad '
  'handlingsplan 2023–2025,'),
 ('indhead',),
 ('ind', 'Andel i styrelsen som deltagit i utbildning', None, None, '0%', None),
 ('ind', 'Andel personal med ledande funktion som deltagit i utbildning', None, None, '0%', None),
 ('sig',),
 ('acthead',),
 ('act',
  'Erbjuda utbildning JGL Jämställdhet, Genus och Ledarskap till styrelse, förbundsledning och annan personal med '
  'ledande funktion',
  'Ej påbörjad'),
 ('foot',),
 ('head',
  '7.1.2.3 Mål/delmål: Alla insatser och projekt arbetar med jämställdhetsintegrering av sin verksamhet',
  None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Jämställdhetsperspektivet beaktas i insatsernas och projektens arbete med mänskliga rättigheter. Detta görs '
  'bland annat genom att medvetet ställa frågor i vägledande samtal med deltagare, analysera flöden av deltagare, '
  'ha frågan på dagordningar samt efterfrågan av reflektioner och lärdomar. En förbundsgemensam plan för '
  'utbildningsinsatser ska tas fram i enlighet med beslutad jämställdhetsplan, vilket förväntas bidra till en ökad '
  'måluppfyllelse.'),
 ('indhead',),
 ('ind', 'Andel medarbetare som deltagit i grundläggande jämställdhetsutbildning.', None, None, '0%', None),
 ('acthead',),
 ('act',
  'Erbjuda grundläggande jämställdhetsutbildning, föreläsningar och fortbildning för medarbetare inom förbundet.',
  'Pågående'),
 ('acttext',
  'En förbundsgemensam plan för utbildningsinsatser ska tas fram i enlighet med beslutad jämställdhetsplan.'),
 ('head',
  '7.1.3 Centrala uppdrag: Säkerställa och vidareutveckla projekt Move On med parterna för att nå en hållbar '
  'insats',
  'Nämnd/Styrelse'),
 ('besk', 'ESF-projekt som upphör med finansiering från ESF februari 2023.'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm', '2023-10-06 beslutade styrelsen att avsluta projekt Move On from den 1 januari 2024.'),
 ('sig',),
 ('text',
  'I samband med beslutet gavs förbundschef i uppdrag att se över om projektets målgrupp kan omhändertas i '
  'förbundets insatser samt vilka konsekvenser detta kan medföra för förbundets övriga målgrupper.'),
 ('head',
  '7.1.3.1 Uppdrag/deluppdrag: Se över om projektets målgrupp kan omhändertas i förbundets insatser samt vilka '
  'konsekvenser detta kan medföra för förbundets övriga målgrupper',
  None),
 ('tag', 'Nämnd/Styrelse'),
 ('foot',),
 ('besk',
  'Styrelsen har beslutat att avsluta projektet inom förbundet (§ 77). Uppdraget ska presenteras senast på 2024 '
  'års första styrelsemöte.'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Styrelsen för Samordningsförbundet Göteborg beslutade 2024-02-02 att målgruppen för projekt Move On omhändertas '
  'i förbundets pågående insatser utifrån målgruppsdefinitioner i de beslutade riktlinjerna. Uppdraget beslutades '
  'också vara fullgjort.'),
 ('head', '7.1.4 Centrala uppdrag: Omhänderta de av styrelsen prioriterade målgrupperna', 'Nämnd/Styrelse'),
 ('besk', 'Styrelsen beslutar årligen om prioriterade målgrupper'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Kansliet har på gemensam analysdag 2023-06-19 för styrelse och beredningsgrupp redovisat hur de prioriterade '
  'målgrupperna omhändertas i temaområden och projekt. Samtliga prioriterade målgrupper omhändertas i förbundets '
  'insatser och projekt.'),
 ('head',
  '7.1.5 Centrala uppdrag: Samverkan med Göteborgs Stads Arbetsmarknads- och vuxenutbildningsförvaltning och '
  'Socialförvaltningarna kring överlämningar och parallellt arbete med individer',
  'Nämnd/Styrelse'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm', None),
 ('sig',),
 ('text',
  'Dialog och gemensamma möten på operativ nivå mellan förbundets insatser och nämnda förvaltningar inom Göteborgs '
  'Stad pågår, i väntan på utredningen kring arbetsrehabiliteringens organisatoriska hemvist inom Göteborgs Stad, '
  'som kommer föranleda behov av en mer strategisk dialog.'),
 ('foot',),
 ('area', '7.2 Område: Stödja samverkan mellan samverkansparterna (Strukturövergripande arbete)'),
 ('head', '7.2.1 Centrala mål: Utveckla det strukturövergripande arbetet inom förbundet.', 'Nämnd/Styrelse'),
 ('goal',
  'God måluppfyllelse',
  'Det har skapats forum för styrning och ledning och tagits fram gemensamma inriktningsdokument samt '
  'utbildningsinsatser inom de strukturövergripande områdena har genomförts. Under 2024 kommer arbetet utvecklas '
  'vidare i och med styrelsen beslut om riktningsförändring där mer resurser ska läggas på detta område.'),
 ('acthead',),
 ('act', 'Uppstart av analysgrupp med parter', 'Ej påbörjad'),
 ('acttext', 'Frågan har lyfts på gemensam planeringsdag för förbundets styrelse och beredningsgrupp.'),
 ('head', '7.2.1.1 Mål/delmål: Utveckla det strukturövergripande arbetet inom förbundets individinsatser', None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Förbundet har haft fokus på införandeplan BIP, skapat lokala samverkansforum samt infört Lex Heller. På '
  'lednings-och styrningsnivå finns särskilda forum för att omhänderta strukturövergripande frågeställningar '
  'kopplat till verksamheten.'),
 ('head', '7.2.1.2 Mål/delmål: Öka kännedom om Finsam Göteborg hos förbundets parter', None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Det har genomförts informationsinsatser hos nämnder och förvaltningar. Därtill har'),
 ('sig',),
 ('text',
  'förbundet etablerat kunskapsdialoger i de geografiska områdena samt erbjuder parternas personal regelbundna '
  'digitala informationsträffar.'),
 ('foot',),
 ('acthead',),
 ('act', 'Informationsinsatser hos nämnder och förvaltningar', 'Avslutad'),
 ('acttext',
  'Uppdrag från styrelsen utifrån genomlysning av ägarstyrning. En plan för spridning av förbundets verksamhet är '
  'framtagen och aktiviteter pågick under hela året. Aktiviteter i form av informationsinsatser har genomförts '
  'under halvår 1, främst hos kommunens olika förvaltningar.'),
 ('head',
  '7.2.1.3 Mål/delmål: Genomföra utbildningsinsatser för medarbetare inom finsam men även utbildning till ny '
  'styrelse',
  None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Det har varit två informationstillfällen för den nya styrelsen men ingen fördjupad utbildning. Alla medarbetare '
  'inom förbundet har deltagit i utbildning om Finsam-lagen.'),
 ('acthead',),
 ('act', 'Ta fram grundutbildning samt fördupningsutbildning till ny personal inom Finsam Göteborg', 'Pågående'),
 ('acttext', 'Uppdraget kommer genomföras av förbundets utbildningsledare under andra halvåret.'),
 ('act', 'Ta fram årshjul för utbildningsinsatser inom Finsam Göteborg', 'Pågående'),
 ('acttext', 'Arbetet pågår och ska förankras under hösten.'),
 ('head', '7.2.1.4 Mål/delmål: Identifiera brister i samverkan mellan förbundets fyra parter', None),
 ('tag', 'Nämnd/Styrelse'),
 ('goal',
  'God måluppfyllelse',
  'Arbetet har startats upp under året och det har skapats en organisation och struktur för att omhänderta de '
  'frågor som rapporteras. Lex Heller är nu en aktiv fråga i olika'),
 ('sig',),
 ('text',
  'forum som styrgrupper, beredningsgrupper och styrelsen. Sammanlagt har 86 rapporter inrapporterats under året. '
  'Aktiviteter för att omhänderta identifierade samverkansproblem håller på att tas fram. I övrigt hänvisas till '
  'bilaga 4 för rapportering av arbetet med Lex Heller.'),
 ('foot',),
 ('acthead',),
 ('act',
  'Utbildnings- och informationsinsatser för personal, beredningsgrupp, styrgrupper och styrelsen',
  'Avslutad'),
 ('acttext',
  'Nämnda målgrupper har tagit del av utbildnings- och informationsinsatser som en del av förbundets införande av '
  'Lex Heller.'),
 ('head',
  '7.2.2 Centrala mål: Säkerställa att lokalt perspektiv omhändertas i förbundets tematiska organisering',
  'Nämnd/Styrelse'),
 ('goal',
  'Viss måluppfyllelse',
  'Förbundet har skapat förutsättningar för att analysera flöden och frågeställningar, tex ärendesystem och Lex '
  'Heller. Lokalt perspektiv omhändertas i verksamheten genom de lokala samverkansforum och kunskapsdialoger. För '
  'att öka måluppfyllelse behöver frågan lyftas mer i styr- och ledningsorgan. Det behöver också frigöras '
  'ytterligare resurser för att jobba med frågor kopplat till lokalt perspektiv. Förbundets beslutade '
  'riktningsförändring kommer innebära ett ökat fokus på lokala områden under 2024.'),
 ('head',
  '7.2.3 Centrala uppdrag: Etablera ett rättighetsbaserat arbetssätt i förbundet på alla nivåer',
  'Nämnd/Styrelse'),
 ('label',),
 ('status', 'Pågående'),
 ('komm',
  'Arbetet inom förbundet ska grundas i mänskliga rättigheter (MR), med fokus på ett innovativt rättighetsbaserat '
  'perspektiv. Det innebär att samtliga rättighetsprinciper, icke diskriminering, jämlikhet, delaktighet, '
  'inkludering, transparens och ansvar ska genomsyra våra arbetsprocesser och deltagarens bästa ska alltid stå i '
  'centrum för planering, genomförande och uppföljning av våra insatser. Varje temaområde och projekt har ett '
  'ansvar att säkerställa detta. Exempel på hur temaområden och projekt arbetat med detta är:'),
 ('sig',),
 ('text',
  '• Utbildningsinsatser och inspirationsföreläsningar • Målgruppsanalys • Utsedda MR-spanare • Utveckla '
  'processkartor utifrån MR • MR är stående punkt på dagordningar i olika forum'),
 ('foot',),
 ('acthead',),
 ('act', 'Ta fram uppföljningsindikatorer för rättighetsbaserat arbetssätt', 'Avslutad'),
 ('acttext',
  'Förbundet har beslutat om en ny uppföljnings- och utvärderingsplan för 2024 - 2026. Aktiviteten att ta fram '
  'uppföljningsindikatorer för rättighetsbaserat arbetssätt är enligt nämnda plan inte längre aktuell.'),
 ('act',
  'Identifiera övergripande hinder i vår verksamhet där vi riskerar att diskriminera eller exkludera våra '
  'deltagare (tillgänglighetsanalys och hinderbanan).',
  'Avslutad'),
 ('acttext', 'Omhändertas via temaområdena.'),
 ('act',
  'Identifiera hinder inom varje temaområde (tillgänglighetsanalys och hinderbanan).',
  'Pågående med avvikelse'),
 ('acttext',
  'Aktiviteten är delvis genomfört då Hälsa och Aktivitets olika insatser och områden genomfört '
  'tillgänglighetsanalyser.'),
 ('act',
  'Utveckla en egen checklista för det rättighetsbaserade arbetet som ska vara vägledande för förbundet',
  'Avslutad'),
 ('acttext', 'Checklista har tagits fram av utvärderare för Landa i samband med slutrapportering av projektet.'),
 ('head', '7.2.3.1 Uppdrag/deluppdrag: Genomföra jämställdhetsplan', None),
 ('tag', 'Nämnd/Styrelse'),
 ('label',),
 ('status', 'Pågående'),
 ('komm', 'Uppdrag omhändertas som mål under område Individinsatser.'),
 ('head',
  '7.2.4 Centrala uppdrag: Utveckla förbundets arbetsgivararbete utifrån styrelsens beslutade riktlinje',
  'Nämnd/Styrelse'),
 ('sig',),
 ('label',),
 ('status', 'Pågående'),
 ('komm',
  'Frågan behöver utredas vidare i dialog med Göteborgs Stad och Arbetsmarknads- och vuxenutbildningsförvaltningen '
  'som arbetar med liknande frågeställningar och uppdrag.'),
 ('foot',),
 ('head',
  '7.2.5 Centrala uppdrag: Samverka med RISE i utvecklingsarbete kring IPS som socialt utfallskontrakt',
  'Nämnd/Styrelse'),
 ('besk', 'Beslut om deltagande i fas 2 togs av styrelsen maj 2020.'),
 ('label',),
 ('status', 'Pågående'),
 ('komm',
  'Mellan november 2011 och juni 2023 har RISE på uppdrag av Samordningsförbundet Finsam Göteborg genomfört ett '
  'projekt för att undersöka om ett socialt utfallskontrakt kan vara en framgångsrik modell för att uppnå '
  'förbättrade utfall inom ramen för IPS (Individanpassat stöd till arbete)Slutrapport ha presenterats för '
  'styrelsen. Utöver de organisatoriska förutsättningarna för IPS har även en ekonomisk modell som kan stödja '
  'beslutsfattande och prioritering undersökts och olika metoder för att mäta målgruppens välbefinnande har '
  'utvärderats. Uppföljning kring välbefinnande avslutas under 2024. Slutsatsen av arbetet enligt RISE är att det '
  'finns potential att genom ett socialt utfallskontrakt arbeta metodtroget med IPS och att det finns ett stort '
  'antal individer i Göteborg som i dag inte får ta del av insatsen. För att genomföra IPS som socialt '
  'utfallskontrakt krävs dock vissa förutsättningar som parterna i nuläget saknar.'),
 ('acthead',),
 ('act', 'Etablera en referensgrupp för RISE-studien', 'Avslutad'),
 ('acttext',
  'Referensgruppen har bestått av representanter från Finsam Göteborg och dess ägare, Arbetsförmedlingen, '
  'Försäkringskassan, Göteborgs stad och Västra Götalandsregionen. Referensgruppen har avslutats i samband med '
  'färdigställande av slutrapport för projektet.'),
 ('act', 'Datainsamling kring välbefinnande hos deltagare', 'Pågående'),
 ('acttext',
  'Olika metoder för att mäta målgruppens välbefinnande har utvärderats. När det gäller välbefinnandemått visar'),
 ('sig',),
 ('acttext',
  'analysen från RISE att den vanligt förekommande enkäten MANSA inte håller tillräcklig validitet, medan enkäten '
  'SWEMWBS kan rekommenderas för målgruppen.'),
 ('head', '7.2.6 Centrala uppdrag: Samverkansmodell för målgrupp SGI-0', 'Nämnd/Styrelse'),
 ('foot',),
 ('label',),
 ('status', 'Pågående med avvikelse'),
 ('komm',
  'Då alla parter inte kunde underteckna framtagen avsiktsförklaringen beslutades att arbetet fortgår utan denna '
  'och att den av parterna utsedda strategiska styrgruppen sammankallas under januari 2024 för att starta upp '
  'arbetet.'),
 ('acthead',),
 ('act', 'Partsgemensam styrgrupp och överenskommelse', 'Avslutad'),
 ('acttext', 'Det har utsetts en partsgemensam styrgrupp som påbörjar arbetet med uppdraget under januari 2024.'),
 ('act', 'Tillsätta processledare för att driva utvecklingsarbetet framåt', 'Avslutad'),
 ('acttext',
  'En processledare har tillsatts som arbetat 50% med uppdraget under perioden augusti - december. Uppdraget '
  'fortgår även under 2024.'),
 ('area', '7.3 Område: Uppföljning och utvärdering av rehabiliteringsinsatserna'),
 ('head', '7.3.1 Centrala mål: Genomföra Uppföljnings- och utvärderingsplan', 'Förvaltning/Bolag'),
 ('goal',
  'Viss måluppfyllelse',
  'ESF-projekten När det gäller utvärderingarna av ESF-projekten så är måluppfyllelsen god, projekten har följts '
  'av externa utvärderare enligt framtagen utvärderingsplan Strukturinsatser När det gäller förbundets '
  'strukturövergripande insatser i form av utbildningar, kunskapsdialoger mm så utvärderas varje insats av de '
  'medverkande. Generellt har vi god återkoppling på dessa insatser. Individinsatser När det gäller förbundets '
  'temaområden så är det ingen måluppfyllelse eftersom det'),
 ('sig',),
 ('text',
  'inte längre finns något uppföljningssystem som kan visa på effekter. Åtgärder för högre måluppfyllelse '
  'Förbundet har beslutat om en ny Uppföljnings- och utvärderingsplanen för 2024 - 2026 där det finns ett ökat '
  'fokus på att följa upp individinsatserna via progressionsmätningar.'),
 ('foot',),
 ('head', '7.3.1.1 Mål/delmål: Uppdatera uppföljnings- och utvärderingsplan', None),
 ('tag', 'Förvaltning/Bolag'),
 ('goal',
  'God måluppfyllelse',
  'Styrelsen har fattat beslut om uppföljnings- och utvärderingsplan för 2024 - 2026.'),
 ('head', '7.3.2 Centrala uppdrag: Etablera NNS Indikatorer i förbundet', 'Förvaltning/Bolag'),
 ('besk',
  'Indikatorsprojektet är ett förbundsgemensamt initiativ som syftar till att utforska möjligheten till gemensamma '
  'indikatorer för uppföljning av samverkan.'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Styrelsen beslutade 2023-11-24 om en ny uppföljnings- och utvärderingsplan för perioden 2024–2026. NNS '
  'indikatorer kommer enligt beslutad plan endast att användas i ESF-projektet Gränsgångare. Uppdraget att '
  'etablera NNS indikatorer avslutas därför.'),
 ('head', '7.3.3 Centrala uppdrag: Ta fram förslag på ett nytt uppföljningssystem', 'Nämnd/Styrelse'),
 ('besk', 'I det nya uppföljningssystemet Uppföljning Finsam kommer det inte gå att registrera individuppgifter.'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Samordningsförbundens uppföljningssystem (SUS) har släckts ner vid årsskiftet 2022– 2023. På styrelsemötet i '
  'oktober 2022 gav styrelsen förbundschef i uppdrag att ta fram ett nytt uppföljningssystem. Det saknas juridiska '
  'förutsättningar att ta fram ett nytt uppföljningssystem. I väntan på nationella riktlinjer och eventuellt en ny '
  'lagstiftning på plats som möjliggör för parterna att lansera ett uppföljningssystem har styrelsen beslutat '
  'att:'),
 ('sig',),
 ('text',
  '• samla in anonyma uppgifter för deltagare vid start och avslut enligt framtagen rutin • spara insamlade '
  'uppgifter i avvaktan på beslut om fortsatt hantering och sammanställande. Uppdraget har av styrelsen beslutas '
  'som fullgjort.'),
 ('foot',),
 ('head',
  '7.3.4 Uppdrag/deluppdrag: Gemensam målgruppsanalys från medlemmarna inför verksamhetsplanering',
  'Nämnd/Styrelse'),
 ('besk', 'Styrelsen har avsatt 450 000 kr för utvärdering och analys'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Dialog om behovsgrupper/målgrupper har genomförts på gemensamma analysdagar 2023-06-19 och 2024-09-08 med '
  'styrelse och beredningsgrupp. Som en konsekvens av dialogen specificerar inte förbundets parter några '
  'målgrupper i 2024 års verksamhetsplan och budget som tidigare, utan fokus finns i stället på behov av samordnat '
  'stöd.'),
 ('area', '7.4 Område: Uppdrag från styrelsen'),
 ('head', '7.4.1 Centrala uppdrag: Ta fram en hantering av visselblåsarfunktion för förbundet', 'Nämnd/Styrelse'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Styrelsen beslutade 2023-05-26 att upphandla en visselblåsarfunktion för förbundet. Inlånad personal ska '
  'använda medlemsparternas visselblåsarfunktioner. Förbundet har upphandlat tjänsten och planerar för ett '
  'införande under 2024. Uppdraget har av styrelsen beslutats vara fullgjort.'),
 ('head',
  '7.4.2 Centrala uppdrag: Ta fram en handlingsplan för en ökad digitalisering av förbundets verksamhet',
  'Nämnd/Styrelse'),
 ('sig',),
 ('label',),
 ('status', 'Avslutad'),
 ('komm',
  'Styrelsen beslutade 2023-03-24 om att godkänna föreslagen handlingsplan för digitalisering. Uppdraget har '
  'därmed av styrelsen beslutats vara fullgjort.'),
 ('foot',),
 ('head', '7.4.2.1 Uppdrag/deluppdrag: Genomföra handlingsplan för digitalisering.', None),
 ('tag', 'Nämnd/Styrelse'),
 ('label',),
 ('status', 'Pågående med avvikelse'),
 ('komm',
  '2 av 3 aktiviteter är avslutade och det som återstår är införandet av Digitala Navet, vilket är en pågående '
  'aktivitet även under våren 2024.'),
 ('acthead',),
 ('act', 'Gemensam samarbetsyta för temaområden.', 'Avslutad'),
 ('acttext', 'Aktivitet för samarbetsytor för utvecklingsledare och samordnare är avslutad, avstämning utförd.'),
 ('act', 'Netpublicator.', 'Avslutad'),
 ('acttext',
  'Tjänsten är implementerad i verksamheten och används aktivt av berörda styrelsemedlemmar. Aktiviteten kan '
  'därmed anses avslutad.'),
 ('act', 'Digitala Navet', 'Pågående'),
 ('acttext',
  'Implementeringsarbetets pågår. Planerad lansering för kansliet v.48, 2023. För övriga medarbetare inom '
  'förbundet (utanför Göteborgs stad) planeras preliminärt lansering efter årsskiftet 2023/2024 då medarbetarna '
  'bjuds in.'),
 ('head',
  '7.4.3 Centrala uppdrag: Utreda möjligheten att erbjuda insatser för personer mellan 16 -35 år med '
  'funktionsnedsättning och som behöver förstärkt stöd för att arbeta eller studera',
  'Nämnd/Styrelse'),
 ('besk', 'På Finsam-konferensen i april i Halmstad presenterade Samordningsförbundet Östra'),
 ('sig',),
 ('text',
  'Södertörns sitt projekt SamMA. Kansliet har fått i uppdrag att undersöka förutsättningarna att erbjuda en '
  'liknande insats i Göteborg'),
 ('label',),
 ('status', 'Avslutad'),
 ('komm', 'I samband med styrelsemötet 2023-11-24 rapporterades följande:'),
 ('foot',),
 ('text',
  '• Det finns inte behov av att starta upp någon ytterligare insats för målgruppen då det finns upparbetade '
  'strukturer bland parterna i Göteborg samt att projekt Gränsgångare undersöker hur befintliga insatser kan '
  'kompletteras av förbundet. Styrelsen förklarade uppdraget som fullgjort.'),
 ('foot',)]

# The section-7 part of the report's Innehållsförteckning, as printed: ('e', text, page) entries; the e-signature
# line and the running footer fall inside two entries (7.1.5 and 7.2.2), whose text then continues on the next line.
TOC7 = [
    ('e', '7 Fördjupad uppföljning verksamhetsplan', 21),
    ('e', '7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser', 21),
    ('e', '7.1.1 Centrala mål: Öka antalet individer i insatserna som når eller närmar sig arbete eller studier', 21),
    ('e', '7.1.2 Centrala mål: Säkerställa förutsättningar för att jämställdhetsperspektiv integreras i allt arbete', 22),
    ('e', '7.1.3 Centrala uppdrag: Säkerställa och vidareutveckla projekt Move On med parterna för att nå en hållbar '
          'insats', 24),
    ('e', '7.1.4 Centrala uppdrag: Omhänderta de av styrelsen prioriterade målgrupperna', 25),
    ('e', '7.1.5 Centrala uppdrag: Samverkan med Göteborgs Stads Arbetsmarknads- och vuxenutbildningsförvaltning och '
          'Socialförvaltningarna kring överlämningar och parallellt', None),
    ('sig',),
    ('e', 'arbete med individer', 25),
    ('e', '7.2 Område: Stödja samverkan mellan samverkansparterna (Strukturövergripande arbete)', 26),
    ('e', '7.2.1 Centrala mål: Utveckla det strukturövergripande arbetet inom förbundet.', 26),
    ('e', '7.2.2 Centrala mål: Säkerställa att lokalt perspektiv omhändertas i', None),
    ('foot',),
    ('e', 'förbundets tematiska organisering', 28),
    ('e', '7.2.3 Centrala uppdrag: Etablera ett rättighetsbaserat arbetssätt i förbundet på alla nivåer', 28),
    ('e', '7.2.4 Centrala uppdrag: Utveckla förbundets arbetsgivararbete utifrån styrelsens beslutade riktlinje', 29),
    ('e', '7.2.5 Centrala uppdrag: Samverka med RISE i utvecklingsarbete kring IPS som socialt utfallskontrakt', 30),
    ('e', '7.2.6 Centrala uppdrag: Samverkansmodell för målgrupp SGI-0', 30),
    ('e', '7.3 Område: Uppföljning och utvärdering av rehabiliteringsinsatserna', 31),
    ('e', '7.3.1 Centrala mål: Genomföra Uppföljnings- och utvärderingsplan', 31),
    ('e', '7.3.2 Centrala uppdrag: Etablera NNS Indikatorer i förbundet', 32),
    ('e', '7.3.3 Centrala uppdrag: Ta fram förslag på ett nytt uppföljningssystem', 32),
    ('e', '7.3.4 Uppdrag/deluppdrag: Gemensam målgruppsanalys från medlemmarna inför verksamhetsplanering', 33),
    ('e', '7.4 Område: Uppdrag från styrelsen', 33),
    ('e', '7.4.1 Centrala uppdrag: Ta fram en hantering av visselblåsarfunktion för förbundet', 33),
    ('e', '7.4.2 Centrala uppdrag: Ta fram en handlingsplan för en ökad digitalisering av förbundets verksamhet', 33),
    ('e', '7.4.3 Centrala uppdrag: Utreda möjligheten att erbjuda insatser för personer mellan 16 -35 år med '
          'funktionsnedsättning och som behöver förstärkt stöd för att arbeta eller studera', 34),
]
TOC_BILAGOR = 'Bilagor Bilaga 1: Fördjupad uppföljning av individinsatser 2023 Bilaga 2: Lex Heller'
