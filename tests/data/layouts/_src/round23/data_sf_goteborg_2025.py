"""Section 7 "Fördjupad uppföljning verksamhetsplan" of Samordningsförbundet Göteborg's "Årsredovisning 2025"
(Dnr 06/26), as it stands in github:DeArbetarForDig/dearbetarfordig.se data/graf/kf-2026-06-11.json
@a034da59b1a31b1bd016855a282f0e102ec1c30f, node "kf-2026-06-11-§235", field data.handlingText.

Records in reading order (texts verbatim; runs of white space collapsed to one space):
  ('area', heading)                                        Område heading, not an item
  ('goal', heading, head_furniture, level, beskrivning, has_status_label, assessment, body)
  ('task', heading, head_furniture, level, beskrivning, has_status_label, status, body)
  ('sig',)   the e-signature line "Signature reference: d8f7acb7-..." the signing service prints on every page
  ('foot',)  the running line "Samordningsförbundet Göteborg"
body / head_furniture = list of ('text', str) / ('sig',) / ('foot',) in the order the text has them (the page
furniture falls inside some comments, and once between a heading and its level tag: 7.1.1.4).
"""
SIG_LINE = 'Signature reference: d8f7acb7-0ef1-4b10-a8aa-77637835adc0'
FOOT_LINE = 'Samordningsförbundet Göteborg'

SF25 = [('area', '7.1 Område: Insatser för individer i behov av samordnade rehabiliteringsinsatser'),
 ('goal',
  '7.1.1 Centrala mål: Utveckla insatser så att fler individer når eller närmar sig arbete eller studier',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'Viss måluppfyllelse',
  [('text',
    'Förbundet har under 2025 haft fortsatta begränsade möjligheter att följa upp de individinriktade insatserna, '
    'efter att tidigare uppföljningssystem (SUS) har avvecklats och då någon ersättande nationell lösning ännu '
    'inte finns på plats. Detta innebär att möjligheterna att bedöma insatsernas effekter och måluppfyllelse är '
    'begränsade. I avvaktan på en ny nationell struktur samlar förbundet in och sammanställer anonyma uppgifter '
    'för att möjliggöra en övergripande uppföljning av rehabiliteringsinsatserna. Förbundets individinriktade '
    'arbete utgår från målsättningen att personer i behov av samordnade arbetslivsinriktade insatser ska ges '
    'förutsättningar att nå eller närma sig arbete eller studier. Ett tydligt fokus på arbete och studier '
    'genomsyrar samtliga insatser. Arbetet bedrivs i enlighet med styrelsens beslutade riktlinjer avseende '
    'organisering, målgrupp och metoder och vilar på ett rättighetsbaserat förhållningssätt som säkerställer '
    'likvärdigt stöd. Implementeringen av kunskap från BIP-studien (Beskæftigelses Indikator Projekt) utgör en '
    'central del i utvecklingen av arbetet. I studien betonas betydelsen av parallella och samordnade insatser med '
    'ett tydligt jobbfokus, vilket är vägledande i förbundets inriktning och prioriteringar inom det '
    'individinriktade området.')]),
 ('goal',
  '7.1.1.1 Mål/delmål: Öka andelen individer som tar del av parallella insatser.',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'Viss måluppfyllelse',
  [('text',
    'Delmålet har fungerat som en viktig styrsignal inom ramen för förbundets pågående riktningsförändring. '
    'Återkoppling från verksamheten visar att insatserna i allt högre grad samordnas, där verksamhetsledare och '
    'teamsamordnare har tagit ett gemensamt ansvar för att utveckla och integrera parallella insatser i det '
    'ordinarie genomförandet. Parallella insatser utgör en central del av den inriktning som baseras på '
    'BIP-studien'),
   ('sig',),
   ('text',
    'och riktningsförändringen har skapat förutsättningar för implementering. Fortsatt utveckling av '
    'gruppaktiviteter inom områdena hälsa, jobbfokus, kompetens och socialt fokus har bidragit till ökade '
    'möjligheter för deltagare att ta del av interna parallella insatser. Uppföljning i ärendesystemet visar '
    'fortsatt på variation mellan kontoren när det gäller andelen deltagare med tillgång till parallella insatser. '
    'Nuvarande mätning omfattar förbundets interna insatser, medan externa parallella insatser ännu inte fullt ut '
    'kan följas upp inom ramen för befintliga system. Under året har ett digitalt stöd införts för att förbättra '
    'uppföljningen av såväl interna som externa parallella insatser. Det fortsatta utvecklingsarbetet behöver '
    'tydliggöra'),
   ('foot',),
   ('text', 'vilken andel deltagare som, utifrån behov och målgrupp, bör ta del av parallella insatser.')]),
 ('goal',
  '7.1.1.2 Mål/delmål: Arbeta systematiskt med progressionsmätningar som ett verktyg i arbetet med deltagare',
  [],
  'Förvaltning/Bolag',
  None,
  False,
  'Viss måluppfyllelse',
  [('text',
    'Det finns ett fattat beslut om att samtliga medarbetare ska genomföra systematiska progressionsmätningar i '
    'deltagararbetet. Den digitala registreringen och uppföljningen har ännu inte breddinförts, vilket påverkar '
    'möjligheten till en enhetlig och systematisk uppföljning och sammanställning. Genom att samla in, analysera '
    'och sammanställa aggregerade uppgifter från deltagararbetet skapas kunskap om målgruppens behov, genomförda '
    'insatser och uppnådda resultat. Detta stärker det systematiska kvalitetsarbetet och bidrar till en mer '
    'kunskapsbaserad utveckling av verksamheten. Under året har arbetet vidareutvecklats genom ett stegvis '
    'pilotarbete, där funktioner har justerats och förbättrats utifrån medarbetarnas erfarenheter och '
    'återkoppling. Implementeringen av en gemensam arbetsprocess för arbetsspecialisterna har genomförts under '
    'året, vilket har tydliggjort rutinerna för systematiska progressionsmätningar. Utvecklingen av arbetet med '
    'progressionsmätningar är ett fortsatt prioriterat område under 2026.')]),
 ('goal',
  '7.1.1.3 Mål/delmål: Införa en gemensam handlingsplan för förbundets deltagare',
  [],
  'Förvaltning/Bolag',
  None,
  False,
  'Viss måluppfyllelse',
  [('text',
    'Under året har den gemensamma handlingsplanen utvecklats genom ett strukturerat arbete som har involverat en '
    'pilotgrupp av medarbetare. Erfarenheter från verksamheten har tagits tillvara för att förenkla och '
    'kvalitetssäkra kartläggning och planering. Handlingsplanen har integrerats i den gemensamma arbetsprocess som '
    'införts för arbetsspecialister, där progressionsmätning genomförs inledningsvis för att skapa ett nuläge och '
    'ett underlag för uppföljning. Kartläggningen inriktas mot deltagarens specifika behov och stärker '
    'förutsättningarna för individuellt anpassade insatser. Under hösten har handlingsplanen införts i '
    'verksamheten. De medarbetare som deltagit i pilotgruppen har fungerat som ambassadörer på respektive kontor '
    'och bidragit till förankring och spridning av arbetssättet. En gemensam heldag har genomförts för samtliga '
    'arbetsspecialister med fokus på den nya arbetsprocessen, där användningen av den gemensamma handlingsplanen '
    'utgör en bärande del.')]),
 ('goal',
  '7.1.1.4 Mål/delmål: Öka andelen deltagare som tar del av förbundets gruppaktiviteter',
  [('sig',)],
  'Förvaltning/Bolag',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Arbetet med att utveckla gruppaktiviteter initierades tidigt under året och har genomförts enligt plan. '
    'Målsättningen att etablera gruppaktiviteter inom samtliga BIPkategorier och geografiska områden har i '
    'huvudsak uppnåtts. Medarbetarnas delaktighet i utformningen har bidragit till ett brett och behovsanpassat '
    'utbud.'),
   ('foot',),
   ('text',
    'En samlad uppföljning och analys av årets gruppverksamhet, baserad på strukturerade rapporter och '
    'sammanställningar, visar att behovet av hälsoinriktade insatser i stor utsträckning har tillgodosetts. '
    'Samtidigt har behov identifierats vad gäller att lokalt fortsätta utvecklingen av jobbfokuserade '
    'gruppinsatser. Närvarofrekvensen varierar mellan aktiviteterna, vilket bedöms vara förväntat utifrån '
    'målgruppernas förutsättningar. Resultatet av analysen har legat till grund för planering och prioriteringar '
    'inför 2026. Arbetet med att systematiskt kategorisera och klustra gruppaktiviteterna har påbörjats som en del '
    'av utvecklingen av systematiska progressionsmätningar. Syftet är att möjliggöra en mer strukturerad '
    'uppföljning på gruppnivå samt att fånga deltagarnas perspektiv på vilka aktiviteter som är värdeskapande. '
    'Detta utvecklingsarbete är prioriterat inför 2026.')]),
 ('task',
  '7.1.2 Centrala uppdrag: Översyn av kösituationen i förbundets deltagarinsatser',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Avslutad',
  [('text',
    'Ärendet rapporterades vid styrelsemötet den 28 november 2025, § 101, där styrelsen beslutade att godkänna '
    'redovisningen av översynen av kösituationen i förbundets individinsatser.')]),
 ('area', '7.2 Område: Stödja samverkan mellan samverkansparterna (strukturövergripande arbete)'),
 ('goal',
  '7.2.1 Centrala mål: Utveckla det strukturövergripande arbetet inom förbundet',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Under året har det strukturövergripande arbetet stärkts genom ökad systematik och tydligare koppling mellan '
    'individ- och strukturinsatser. Arbetet med progressionsmätningar och parallella insatser har bidragit till en '
    'fördjupad förståelse för hur insatserna samspelar och skapar organisatoriskt lärande. Samtidigt har '
    'hanteringen och analysen av inkomna rapporter enligt lex Heller utvecklats, vilket har förbättrat möjligheten '
    'att identifiera brister och utvecklingsbehov i samverkan mellan parterna. Arbetet har även förtydligats genom '
    'en samlad rapport som beskriver förbundets strukturövergripande arbete inom utbildning och information, '
    'kommunikation, nätverk, analys, uppföljning, utvärdering samt projekt.'),
   ('sig',),
   ('text',
    'Sammantaget har det strukturövergripande arbetet fått en mer integrerad roll i förbundets styrning och '
    'utvecklingsprocesser. Detta ligger i linje med den av styrelsen beslutade färdriktningen och målbilden om '
    'förbundet som en partsgemensam arena som bidrar med kunskap och strategier i samverkan samt är '
    'meningsskapande både för parterna och för individer i behov av samordnade insatser.')]),
 ('foot',),
 ('goal',
  '7.2.1.1 Mål/delmål: Tydliggöra hur arbetet inom individ- och strukturövergripande insatser hänger samman.',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Under året har det interna målarbetet inriktats på att stärka förståelsen för sambandet mellan '
    'individinriktade och strukturövergripande insatser. Detta har bland annat skett genom fortsatt utveckling av '
    'interna arbetssätt och ökad kunskap bland medarbetare om hur olika insatser och metoder kompletterar '
    'varandra. Strukturgruppens arbete har utvecklats genom mer systematisk planering av möten samt ett mer '
    'förberett och aktivt deltagande från gruppens medlemmar. Arbetet med att stärka kopplingen mellan individ- '
    'och strukturinsatser fortsätter inom ramen för införandet av systematiska progressionsmätningar och arbetet '
    'med parallella insatser. Inom detta utvecklingsarbete förväntas lokala analyser genomföras för att '
    'identifiera vad som fungerar väl, respektive behöver utvecklas, där erfarenheter återkopplas för att skapa '
    'ett organisatoriskt mervärde. Utvecklingen märks även i samverkansforum, där kommunikationen kring '
    'medarbetarnas roll i det strukturövergripande arbetet har förtydligats. Detta innefattar bland annat arbete '
    'med Lex Heller-rapporter och progressionsmätningar, vilka utgör viktiga underlag för övergripande analys och '
    'strukturutveckling tillsammans med parterna.')]),
 ('goal',
  '7.2.1.2 Mål/delmål: Identifiera brister och behov av utveckling i samverkan mellan förbundets fyra parter',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Lex Heller utgör ett system för att samla in kunskap om områden där samverkan mellan parterna kan utvecklas. '
    'Under året har arbetet med Lex Heller utvecklats och inriktats på ett gemensamt helhetsperspektiv för '
    'hantering och analys av inkomna rapporter, utöver den administrativa registreringen. Syftet med utvecklingen '
    'är att stärka arbetet som en del av det systematiska kvalitetsarbetet, där analys och lärande integreras i '
    'förbundets interna processer med ett tydligt fokus på parternas gemensamma utvecklingsarbete. Det finns en '
    'etablerad struktur för att systematiskt hantera, sammanställa och analysera inkomna rapporter, både internt '
    'och tillsammans med parterna inom ramen för styrgruppsmöten för förbundets temaområden. Strukturgruppen har '
    'fortsatt att utveckla arbetssätt och tydliggöra ansvarsfördelning, vilket har bidragit till ökad samsyn kring '
    'hur behov och brister i samverkan kan identifieras och hanteras. Arbetet med Lex Heller har även väckt '
    'intresse nationellt och används i dag av flera samordningsförbund. Förbundet bidrar till kunskapsutveckling '
    'genom att dela erfarenheter med förbund som planerar att införa liknande arbetssätt. Samtidigt kvarstår ett '
    'utvecklingsbehov när det gäller att ytterligare fördjupa analysen'),
   ('sig',),
   ('text',
    'av vilken information som är mest relevant att aggregera och följa upp. Det finns även behov av att fortsätta '
    'utveckla hur resultat och analyser från Lex Heller-arbetet återkopplas till styrelsen och integreras i '
    'förbundets övergripande systematiska planerings- och uppföljningsarbete. Detta utgör ett prioriterat område '
    'att fortsätta arbeta med under 2026.')]),
 ('foot',),
 ('goal',
  '7.2.1.3 Mål/delmål: Förtydliga det strukturövergripande arbetet inom förbundet',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Arbetet med att förtydliga det strukturövergripande arbetet inom förbundet har utvecklats under året. Flera '
    'av de områden som ingår i det strukturövergripande arbetet har varit en del av förbundets verksamhet under en '
    'längre tid, och arbetet har därför i huvudsak handlat om att ytterligare systematisera, synliggöra och '
    'tydliggöra redan pågående aktiviteter. Under året har en rapport tagits fram som beskriver förbundets '
    'strukturövergripande arbete utifrån områdena utbildning och information, kommunikation, nätverk, analys, '
    'uppföljning, utvärdering samt projekt. Rapporten syftar till att skapa en samlad, långsiktigt hållbar '
    'struktur för att beskriva, följa upp och utveckla det strukturövergripande arbetet framöver.')]),
 ('task',
  '7.2.2 Centrala uppdrag: Utveckla användandet av det beslutade partsgemensamma analysunderlaget från '
  'Göteborgsregionen (GR)',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Avslutad',
  [('text',
    'Rapporterades vid styrelsemötet den 10 oktober, § 78, där styrelsen beslutade att uppdraget att utveckla det '
    'partsgemensamma analysunderlaget är fullgjort.')]),
 ('task',
  '7.2.3 Uppdrag/deluppdrag: Implementera framtagna förslag från översyn av förbundets arbetsgivararbete.',
  [],
  'Förvaltning/Bolag',
  None,
  True,
  'Pågående',
  [('text',
    'Uppdraget har omhändertagits genom att alla arbetsspecialister genomgått en fördjupad utbildningsinsats, att '
    'en arbetsgivarplattform har etablerats på förbundets hemsida samt att samverkansstrukturer med Förvaltningen '
    'för Arbetsmarknad och utbildning har införts. Uppdraget föreslås därmed kunna avslutas.')]),
 ('sig',),
 ('foot',),
 ('area', '7.3 Område: Uppföljning och utvärdering av rehabiliteringsinsatserna'),
 ('task',
  '7.3.1 Centrala uppdrag: Ta fram förslag på hur förbundets rehabiliteringsinsatser kan utvärderas och följas upp',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Avslutad',
  [('text',
    'Rapporterat vid styrelsemöte den 10 oktober 2025 § 77 där styrelsen fattade beslut om att insamlad '
    'anonymiserad data kan sammanställas för uppföljning och utvärdering av rehabiliteringsinsatserna och att '
    'fortsatt insamling av denna data kan göras utan risk för att personuppgifter blir röjda. Uppdraget föreslås '
    'därmed kunna avslutas.')]),
 ('area', '7.4 Område: Uppdrag från styrelsen'),
 ('goal',
  '7.4.1 Centrala mål: Säkerställa förutsättningar för att jämställdhetsperspektiv integreras i allt arbete '
  '(Jämställdhetsplan)',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Arbetet med att integrera jämställdhetsperspektivet har successivt stärkts under perioden 2023–2025 i takt '
    'med att jämställdhetsplanens olika delar har genomförts. Fokus har under 2025 har fortsatt legat på att '
    'systematiskt stärka upptäckten av våld och att säkerställa att deltagare hänvisas till relevanta stöd- och '
    'insatsmöjligheter. Arbetssättet har under året implementerats i verksamhetens insatser och projekt. Förbundet '
    'fortsätter att ställa frågor om våld i alla insatser. Samtliga medarbetare får utbildning inom området och en '
    'systematik finns för att hålla informationsmaterial uppdaterat. Inom ramen för förbundets rättighetsbaserade '
    'arbetssätt är jämställdhetsperspektivet integrerat i såväl ledning och styrning som i det praktiska arbetet '
    'med deltagare. Inom det strukturövergripande arbetet finns en struktur för att säkerställa att '
    'jämställdhetsperspektivet beaktas. Möjligheterna att utveckla ett gemensamt lärande kring perspektivet har '
    'delvis påverkats av begränsade förutsättningar för uppföljning under tidigare perioder. Förutsättningarna '
    'bedöms dock stärkas genom förbundets möjligheter till sammanställning och analys av anonymiserad data från '
    'start och avslut av insatser.'),
   ('sig',),
   ('text',
    'Detta förväntas på sikt ytterligare stärka möjligheterna att följa och utveckla jämställdhetsperspektivet i '
    'förbundet.')]),
 ('foot',),
 ('goal',
  '7.4.1.1 Mål/delmål: Alla insatser och projekt arbetar systematiskt med att öka upptäckten av våld och att '
  'förmedla adekvata insatser till deltagare',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Förbundet anslöt sig 2022 till Nationella nätverket för samordningsförbunds (NNS) arbete inom ramen för '
    'regeringsuppdraget att öka upptäckten av våld, och under perioden 2022–2024 har deltagare systematiskt '
    'tillfrågats om erfarenhet av våldsutsatthet. Resultaten visar att en hög andel av deltagarna har erfarenhet '
    'av våld och att många inte tidigare blivit tillfrågade om sin utsatthet. Detta har ytterligare understrukit '
    'vikten av ett strukturerat och återkommande arbetssätt. Efter att regeringsuppdraget avslutats har arbetet '
    'integrerats i förbundets ordinarie verksamhet och har varit en del av genomförandet av förbundets '
    'jämställdhetsplan 2023–2025. Arbetssättet har presenterats i samverkansforum och på styrelsemöte. Samtliga '
    'medarbetare får utbildning inom området och en struktur finns för att hålla frågematerial och '
    'informationsmaterial uppdaterat. Arbetet har även bidragit till att tydliggöra parternas ansvar i frågor som '
    'rör våldsutsatthet samt att säkerställt att deltagare vid behov hänvisas till adekvata stödinsatser. '
    'Sammantaget bedöms arbetet vara etablerat och integrerat i förbundets insatser.')]),
 ('goal',
  '7.4.1.2 Mål/delmål: Jämställdhet integreras i styrning och ledning och uppföljning',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Arbetet har successivt stärkts under perioden för förbundets jämställdhetsplan 2023– 2025 och handlingsplanen '
    'har följts enligt beslutad inriktning. En fastställd struktur har säkerställt att samtliga av förbundets '
    'medarbetare genomgått grundutbildning inom jämställdhet. Styrelseledamöter har erbjudits att ta del av '
    'utbildning inom området utifrån behov. Förbundet strävar efter att aktivt arbeta med att integrera köns- och '
    'jämställdhetsperspektiv i uppföljning och utvärdering av verksamheten. Könsuppdelad statistik används både '
    'vid uppföljning av gruppaktiviteter och i analys av deltagarflöden. Verksamhetsberättelsen för '
    'individinsatserna vid årsrapportering innehåller redovisning ur ett köns- och jämställdhetsperspektiv. '
    'Förbundets utvecklade struktur för uppföljning, där anonymiserad data sammanställs vid start och avslut i '
    'individinsatserna, skapar ytterligare förutsättningar för fördjupad analys ur ett jämställdhetsperspektiv. '
    'Sammantaget innebär detta att jämställdhetsperspektivet i högre grad kan integreras i både uppföljning, '
    'analys och utveckling av verksamheten.')]),
 ('sig',),
 ('foot',),
 ('goal',
  '7.4.1.3 Mål/delmål: Alla insatser och projekt arbetar med jämställdhetsintegrering av sin verksamhet',
  [],
  'Nämnd/Styrelse',
  None,
  False,
  'God måluppfyllelse',
  [('text',
    'Arbetet med jämställdhetsintegrering i förbundets insatser och projekt har utvecklats genom framtagandet av '
    'en gemensam grund för utbildningsinsatser. Jämställdhetsmyndighetens utbildning används som gemensam '
    'utbildningsplattform. Utbildningen används redan av flera av förbundets parter, vilket bidrar till ökad '
    'samsyn kring kunskapsnivå och arbetssätt.')]),
 ('task',
  '7.4.2 Centrala uppdrag: Samverkansmodell för målgrupp SGI-0',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Pågående',
  [('text',
    'Uppdraget omhändertas genom det pågående arbetet med implementering och förvaltning av samverkansmodellen för '
    'målgruppen utan sjukpenninggrundande inkomst, i enlighet med de förslag som presenterades i slutrapporten '
    '"Samverkansmodell för målgrupp SGI Noll".')]),
 ('task',
  '7.4.3 Centrala uppdrag: Utreda utlåningstid för inlånad personal i förbundet som vägledande princip över tid',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Avslutad',
  [('text', 'Rapporterat vid styrelsemöte den 10 oktober 2025, § 76, då uppdraget förklarades slutfört.')]),
 ('task',
  '7.4.4 Centrala uppdrag: Se över behov av revision vid delårsredovisning för perioden januari - augusti.',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Pågående',
  [('text',
    'Rapporterat vid styrelsemöte den 31 januari 2025, § 16, då styrelsen fattade beslut om att revision endast '
    'ska genomföras i samband med årsredovisningen och'),
   ('sig',),
   ('text', 'uppdraget föreslås därmed kunna avslutas.')]),
 ('foot',),
 ('task',
  '7.4.5 Centrala uppdrag: Undersöka parternas förutsättningar att vara projektägare för framtida ESF-projekt '
  'kopplat till samordningsförbundet.',
  [],
  'Nämnd/Styrelse',
  None,
  True,
  'Ej påbörjad',
  [('text',
    'Uppdraget att undersöka parternas förutsättningar att vara projektägare för framtida ESF-projekt kopplat till '
    'samordningsförbundet bedöms inte längre vara aktuellt att genomföra. Detta mot bakgrund av Försäkringskassans '
    'nationella uppdrag att utveckla rutiner för att identifiera projektbehov inom det nationella programmet för '
    'ESF+ 2021– 2027 samt att agera projektägare i de fall där ingen annan part kan eller vill ta på sig denna '
    'roll. Försäkringskassan har gjort bedömningen att samordningsförbund inte kan fungera som projektägare för '
    'nya ESF-projekt. Därmed saknas förutsättningar för förbundet att genomföra uppdraget i den form som avsågs '
    'och uppdraget föreslås därför kunna avslutas.')]),
 ('area', '7.5 Område: Finansiella mål'),
 ('goal',
  '7.5.1 Centrala mål: Den ekonomiska förvaltningen ska ske utan ekonomiska risktaganden, med god ordning och ett '
  'eget kapital inom den ram som förbundets styrelse beslutat om.',
  [],
  'Nämnd/Styrelse',
  'Förbundets finansiella mål ska säkerställa en god ekonomisk hushållning.',
  False,
  'Viss måluppfyllelse',
  [('text',
    'Sedan hösten 2021 har förbundet avtal med upphandlad redovisningsbyrå för bokföring och löpande '
    'ekonomihantering. Den interna ekonomiska kompetensen har stärkts genom anställning av ekonom på kansliet. '
    'Under 2024 och 2025 har fokus legat på att utveckla rutiner, strukturer och interna rapporter för att '
    'förbättra den ekonomiska uppföljningen och stärka prognossäkerheten. För att säkerställa att avsatta '
    'samverkansmedel används i enlighet med beslut har uppföljningen av kostnader och bemanning intensifierats. '
    'Den tätare ekonomiska uppföljningen har tydligare synliggjort hur medel disponeras och förbättrat underlaget '
    'för bedömning av ekonomiskt utrymme och prognosarbete. Förbundets medel finns på räntebärande konto och det '
    'finns upparbetade rutiner för ekonomisk hantering.'),
   ('sig',),
   ('text',
    'Det egna kapitalet överskrider styrelsens beslutade övre gräns. I verksamhetsplanen för 2026 är målet att på '
    'tre års sikt komma inom styrelsens beslutade ram för storlek på eget kapital. Årets arbete har stärkt '
    'förbundets förutsättningar för ekonomistyrning. Utifrån ovanstående bedöms den ekonomiska förvaltningen ske '
    'med god ordning och utan ekonomiska risktaganden. Samtidigt kvarstår utmaningar kopplade till anpassningen av '
    'det egna kapitalet och genomförandetakten i verksamheten, varför måluppfyllelsen sammantaget bedöms som '
    'viss.')]),
 ('foot',)]
