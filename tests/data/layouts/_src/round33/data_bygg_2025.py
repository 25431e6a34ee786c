"""Kungsbacka kommun, Byggnadsnämnden, "Nämndens årsredovisning 2025", as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/bygg/2026/2026-02-19/handlingar.md
@13425e148c370bb716541ff27a7466c8ad882792 (Markdown conversion of kungsbacka.se "Byggnadsnämndens handlingar
2026-02-19.pdf", ärende 5; PDF pages 20-36 = the cover and report pages 2 and 6-17).

Conventions (as round 27): verbatim text; PDF line breaks inside a paragraph read as spaces; paragraph breaks kept
("\n", and "\n\n" where the text has an empty line); letter-spaced headings collapsed ("3 Uppföljning   mål" ->
"3 Uppföljning mål"). Section 3 (the goals, the items) is complete. In section 4 (direktiv, no bedömning) long
paragraphs are shortened to their first sentence(s), " …" marks each cut; the last paragraph of the 4.2 comment is
kept whole. Source slips kept as printed: "välkomnade" (3.1, "Kungsbacka har välkomnade och trygga miljöer."),
"säkerställ god hälsa" (3.1), "att vi det är enkelt" and "Framtiden tillståndsprocess" (3.3), "Alla delar av
direktivet är inte aktuellt" (4.2). The Flickor/Pojkar indicator names keep their printed spacing ("- Flickor.(Elev"
against "- Pojkar. (Elev").

Indicator tables: in this PDF the indicator tables were not recognised as tables; the names wrap over several
lines and the values stand on one line, space-aligned. Names are joined here; values are put into the Utfall
columns from the left (the convention of round 27), except where the stored text leaves a visibly wide gap between
two values (IFO brukarbedömning: "88 %               95 %" -> Utfall 2022 and Utfall 2024). Indicators carry no
status.
"""

HEAD = ('Byggnadsnämnden', 'Kungsbacka kommun', 'Nämndens årsredovisning 2025')
NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
KFLAB = 'Kommunövergripande bedömning'
SAMM = 'Sammanfattning av nämndens arbete med målet'
IND4 = ['Indikatorer', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024', 'Utfall 2025']

TOC = [  # Innehållsförteckning, report page 2 (PDF page 21), as printed
    ('1 Året som gått', 3),
    ('1.1 Ekonomiskt utfall', 3),
    ('1.2 Händelser av väsentlig betydelse', 4),
    ('2 Faktorer i omvärlden som påverkat oss under året', 5),
    ('3 Uppföljning mål', 6),
    ('3.1 En attraktiv kommun att bo, verka och vistas i', 6),
    ('3.2 En hållbar utveckling och en hälsosam miljö', 7),
    ('3.3 Bästa företagsklimatet i Västsverige', 9),
    ('3.4 I Kungsbacka utvecklas vi hela livet', 10),
    ('3.5 Ett medskapande samhälle och öppen attityd', 11),
    ('4 Uppföljning direktiv', 13),
    ('4.1 Direktiv - Innovation och omställning till nya arbetssätt', 13),
    ('4.2 Direktiv - Civil beredskap', 15),
    ('4.3 Direktiv - Bättre friskvård i Kungsbacka kommun', 17),
    ('5 Personal', 18),
    ('5.1 Arbetsmiljö', 18),
    ('5.2 Kompetensförsörjning', 19),
    ('5.3 Analys personalmått', 20),
    ('5.4 Resursmått', 20),
    ('5.5 Effektmått', 21),
    ('6 Ekonomi', 23),
    ('6.1 Uppföljning driftbudget', 23),
    ('6.2 Uppföljning investeringsbudget', 26),
    ('7 Hållbarhetsuppföljning', 28),
    ('8 Viten och rättstvister', 29),
]

ELEV = ('Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, ')

# Record kinds: ('h1', text) | ('goal', num, name, level KF/DIR) | ('kv', label, value) | ('cont', text)
#               ('ind', header, [rows]) | ('page', printed page number: foot + running head of the next page)
BN = [
    ('h1', '3 Uppföljning mål'),
    # ------------------------------------------------------------------------------------------ 3.1
    ('goal', '3.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
     '- Kungsbacka har välkomnande och trygga miljöer.\n'
     '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
     '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera'),
    ('kv', KFLAB, NADD),
    ('kv', SAMM,
     'Byggnadsnämnden och nämnden för Miljö & Hälsoskydd har bidragit till målet främst inom de tre första '
     'fokusområdena.\n\n'
     'I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar. I Kungsbacka finns '
     'mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
     'Utifrån Byggnadsnämndens ansvar för beslut som är kopplade till Plan- och bygglagen främst i frågor om '
     'förhandsbesked, bygglov och remisshantering bidrar nämnden aktivt till att det ska finnas "attraktiva bostäder '
     'med inspirerande byggnadsmiljö för olika behov, generationer och livsstilar" samt "mötesplatser för samvaro, '
     'rekreation, upplevelser och kreativa utbyten".\n'
     'Kungsbacka har välkomnade och trygga miljöer.\n\n'
     'Under 2025 har vi förflyttat oss närmare målet och fokusområdet att Kungsbacka kommun ska ha välkomnande '
     'och trygga miljöer genom flera olika aktiviteter. Kungsbackas invånare och besökare märker detta bland annat '
     'genom att nämnden genom sin tillsyn bidrar till en trygg krogmiljö och minskad tillgänglighet till tobak, '
     'särskilt för unga.\n'
     'Nytta för invånarna märks också genom tillsyn med syfte att säkerställ god hälsa och välbefinnande till '
     'exempel inom hygieniska verksamheter och inomhusmiljöer. Särskild vikt har lagts vid att tillsynen ska gynna '
     'grupper som inte kan värna sina egna rättigheter, såsom barn, unga och äldre.\n\n'
     'Genom att förvaltningen utför strandskyddstillsyn säkerställs också allmänhetens tillgång till kust och '
     'stränder.\n'
     'Nämnden för Miljö & Hälsoskydd har också fortsatt det strategiska långsiktiga arbetet för att hantera '
     'förorenade områden i kommunen. Arbetet är en viktig del för att uppnå miljömålet "Giftfri miljö" där en '
     'nationell målsättning är att alla prioriterade förorenade områden ska vara åtgärdade till år 2050.'),
    ('ind', IND4, [
        ['Antal påbörjade bostäder', '848', '165', '213'],
        ['Antal färdigställda bostäder', '363', '319', '324'],
        ['Anmälda brott mot brottsbalken per invånare antal/100 000 invånare (BRÅ)', '5 691', '6 475', '6 541'],
        ['Brukarbedömning hemtjänst äldreomsorg, helhetssyn', '90 %', '91 %', '88 %', '88 %'],
    ]),
    ('page', 6),
    ('ind', IND4, [
        ['Brukarbedömning särskilt boende äldreomsorg, helhetssyn', '74 %', '76 %', '76 %', '78 %'],
        ['Brukarbedömning individ- och familjeomsorg totalt - helhetssyn', '88 %', None, '95 %'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.2
    ('goal', '3.2', 'En hållbar utveckling och en hälsosam miljö', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kungsbacka växer med en långsiktigt hållbar ekonomi.\n'
     '- Kungsbacka ska verka för ett fossilfritt och cirkulärt samhälle som också skyddar och främjar biologisk '
     'mångfald.\n'
     '- Kungsbacka ska verka för ett socialt hållbart samhälle.\n'
     '- Unga i Kungsbacka mår bra såväl fysiskt som psykiskt.'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     'Nämnden har i första hand bidragit till målet utifrån fokusområdet "Kungsbacka ska verka för ett fossilfritt '
     'och cirkulärt samhälle som också skyddar och främjar biologisk mångfald". Detta fokusområde ligger väl i '
     'linje med grunduppdraget som tillsynsmyndighet inom miljöbalken med flera lagar.\n'
     'Tillsyn har bedrivits i enlighet med beslutad tillsynsplan inom flera områden för att främja god hälsa och '
     'välbefinnande för Kungsbackas invånare. Det omfattar bland annat tillsyn av kosmetiska solarium, hygieniska '
     'verksamheter, rökfria miljöer samt inomhusmiljöer för boende, till exempel vård- och omsorgsboenden. Ett '
     'viktigt fokus är att tillsynen ska gynna grupper som inte kan värna sina egna rättigheter som barn, unga och '
     'äldre i Kungsbacka.\n'
     'Även dricksvatten och livsmedel har kontrollerats enligt plan för att säkerställa att livsmedel är säkra att '
     'konsumera. Inom alkohol- och tobaksområdet har tillsyn utförts för att bidra att skapa trygga krogmiljöer och '
     'minska tillgängligheten till tobak, särskilt för unga. Samverkan med andra myndigheter stärker arbetet med '
     'trygga krogmiljöer.\n\n'
     'Nämnden har också identifierat inom vilka av de globala målen verksamheterna främst bidrar till positiv '
     'förflyttning som också ligger i linje med det kommunövergripande målet "En hållbar utveckling och en '
     'hälsosam miljö":\n'
     '11: Hållbara städer och samhällen Nämnden har sett över lagkravet att byggherren ska redovisa vilka '
     'byggprodukter som kan återanvändas och hur de tas om hand, med fokus på hur identifieringen av avfall och '
     'återanvändbara produkter har gjorts. Fler klimatdeklarationer har inkommit, vilket innebär en redovisning av '
     'byggnadens klimatpåverkan under byggskedet.\n'
     'Mål 13: Bekämpa klimatförändringarna Under året har förvaltningen arbetat aktivt för att motverka illegal '
     'avfallshantering och motverka dumpning av avfall genom tillsyn så att Kungsbacka inte blir en kommun där '
     'systematisk brottslighet tillåts etableras. Förvaltningen har också aktivt samverkat med andra myndigheter '
     'samt internt inom kommunen för att tillsammans främja en positiv utveckling i kommunen där det ska löna sig '
     'att göra rätt. Arbetet med förorenade områden pågår enligt plan där de mest förorenade områden i kommunen '
     'ska vara sanerade till 2050 vilket bidrar till en långsiktig och giftfri miljö för kommande generationer.'),
    ('page', 7),
    ('cont',
     'Mål 14: Hav och marina resurser Under året har förebyggande tillsynsinsatser prioriterats för verksamheter '
     'med stor risk för utsläpp som kan försämra vattenkvaliteten. Syftet är att skydda kommunens vattendrag och '
     'bidra till en hållbar dricksvattenförsörjning. Tillsynen har omfattat bland annat små avloppsanläggningar, '
     'hästgårdar samt inventering av vattenskyddsområden. Strandskyddstillsyn har också utförts med syftet att '
     'bevara djur- och växtlivet samt säkerställa allmänhetens tillgång till stränder. Tillsynen av '
     'vattenskyddsområde och strandskyddet har utförts med hjälp av drönare vilket möjliggjort större och mer '
     'svårtillgängliga områden.\n\n'
     'Mål 17: Partnerskap för att nå målen Deltagit i olika projekt som Nationell hub för digital tvilling, CU, '
     'DASH som alla syftar till att kunna ta beslut för att skapa mer hållbara samhällen. Effekten av deltagandet '
     'är främst lärande och nätverkande med andra kommuner och organisationer.'),
    ('ind', IND4, [
        [ELEV + 'ÅK 4 i % - Flickor.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '88 %', '85 %', '85 %'],
        [ELEV + 'ÅK 4 i % - Pojkar. (Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '90 %', '91 %', '89 %'],
        [ELEV + 'ÅK 8 i % - Flickor.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '72 %', '79 %', '73 %'],
        [ELEV + 'ÅK 8 i % - Pojkar.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '93 %', '92 %', '89 %'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - flickor.', '65 %', '73 %', '75 %'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - pojkar.', '85 %', '86 %', '88 %'],
        ['Avfall från hushåll ska minska med 30% per invånare från 2020 till 2030. Startvärde 100, målvärde 2030 '
         'är 70.', '103', '92'],
        ['Avfall från kommunens verksamheter ska minska med 40 % per heltidsanställd. Startvärde 100, målvärde '
         '2030 är 60.', '115', '223'],
        ['Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv (Kolada)', '2,27'],
    ]),
    ('page', 8),
    ('ind', IND4, [
        ['Fossiloberoende personbilar, andel av totalt antal bilar i det geografiska området, (Kolada)',
         '21,2 %', '24,1 %', '26,5 %'],
        ['Slutanvändning av energi inom det geografiska området, MWh/inv (Kolada)', '15', '15'],
        ['Matens klimatpåverkan från de offentliga måltiderna ska minska räknat i kg CO2-ekv/kg livsmedel. '
         'Målsättningen är 1,0 år 2030.', '1,86', '1,79', '1,85'],
        ['Antal kemiska produkter med utfasningsämnen, inklusive hormonstörande ämnen på SIN-listan ska minska i '
         'kommunens verksamheter. 2021 var antalet 124 (KEMgroup PRO)', '113', '115', '151'],
        ['Ekologisk status i Kungsbackafjorden (VISS)'],
        ['Skyddad natur totalt, andel (Kolada)', '7,4 %', '7,4 %'],
        ['Vattendrag med god ekologisk status, andel (Kolada)', '18,5'],
        ['Fossiloberoende personbilar i kommunorganisationen, andel (%)', '94,6 %', '96,2 %', '97,5 %', '97,5 %'],
        ['Andelen återbrukade möbler'],
        ['Kommunens verksamheters elförbrukning, total (kWh)'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.3
    ('goal', '3.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
     '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom '
     'samverkan mellan näringsliv och utbildning.'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     'Bygg- och miljöförvaltningen har sedan uppstarten av Lätt & Rätt 2020 genom olika initiativ arbetat aktivt '
     'för att bidra till Västsveriges bästa företagsklimat. Sedan 2024 har nämnden till exempel en strategi med tre '
     'identifierade nyttor som alla är fokuserade på kundnytta:\n\n'
     'Kundcentrerad service (nytta #1) ”Kunderna upplever att vi det är enkelt, tydligt och givande när de har '
     'kontakt med oss, eftersom vi är en service-organisation.”\n'
     'Snabbare till lösning (nytta #2) ”Kunderna upplever att de snabbt får korrekta svar tack vare våra effektiva '
     'tjänster.”'),
    ('page', 9),
    ('cont',
     'Förutsägbarhet och förtroende (nytta #3) ”Kunderna är trygga i sina processer och förstår vad som kommer ske '
     'när, tack vare våra tydliga och transparenta processer.”\n\n'
     'Utifrån dessa bedriver förvaltningen fler långsiktiga utvecklingsprojekt för att möjliggöra dessa nyttor hos '
     'våra kunder. Under året har förvaltningen till exempel arbetat med projekt som Framtidens tillsynsprocess, '
     'Framtiden tillståndsprocess för servering, samt Hästgårdar implementering av nya arbetssätt.\n'
     'Då flertalet av utvecklingsprojekten är just långsiktiga, ser vi inte än något resultat i form av bättre '
     'värden i NKI-mätningen. Dock finns flera andra indikationer som till exempel olika feedback från kunder att '
     'förvaltningen gör bedömningen att vi är på rätt spår, och behöver hålla i och hålla ut.'),
    ('ind', IND4, [
        ['Insikt, SKRs servicemätning av kommunernas myndighetsutövning för företag. Nöjd-kund-index utifrån '
         'sammanvägt betygsindex 0-100, för hur företag i kommunen bedömer Kungsbacka kommuns myndighetsutövning, '
         'vilket är en viktig del av företagsklimatet.', '70', '67', '64', '61'],
        ['Svenskt Näringslivs attitydundersökning av kommuners företagsklimat. Medelvärde utifrån skala 1-6, där '
         'företag bedömer företagsklimatet i Kungsbacka kommun.', '3,4', '3,4', '3,8', '3,6'],
        ['Sysselsatt dagbefolkning, antal', '28 494', '28 586', '28 426'],
        ['Andel av sysselsatt dagbefolkning inom Göteborgsregionen', '4,9 %', '4,9 %', '4,9 %'],
        ['Företagsamhet, andel av invånare 16–74 år', '18 %', '19 %'],
        ['Antal nystartade företag per 1 000 invånare 16–64 år (etableringsfrekvens)', '12,8', '10,3', '12,3'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.4
    ('goal', '3.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
     '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.'),
    ('kv', KFLAB, NADD),
    ('kv', SAMM,
     'Nämnden har i första hand bidragit till målet under fokusområdet "barn och ungdomar utvecklas för att nå sin '
     'fulla kapacitet och god självkänsla" genom att ta emot prao-elever och andra praktikanter.\n\n'
     'Att ta emot praktikanter och prao-elever är ett effektivt sätt att marknadsföra kommunen, förvaltningen och '
     'våra yrken samtidigt som vi bäddar för en framtida god kompetensförsörjning. En annan positiv effekt av att '
     'erbjuda olika typer av praktikplatser är att det innebär en kompetenshöjning hos de medarbetare som är '
     'handledare.\n'
     'Under 2025 har praoprocessen förbättrats och vi har tagit emot fler praoelever än tidigare år. Under året har '
     'vi också haft två LIA-studenter (Lärande I Arbete) inom Mätenheten och två inom Bygglov. Under året har en'),
    ('page', 10),
    ('cont',
     'praktikant inom livsmedelskontroll fått möjligheten att arbeta under sommaren och har också erbjudits ett '
     'vikariat under 2026.'),
    ('ind', IND4, [
        ['Genomsnittligt meritvärde för grundskolans i årskurs 9 (hemkommun). Meritvärdet utgörs av summan av de 17 '
         'bästa betygen i elevens slutbetyg och kan max vara 340.', '237', '237', '238'],
        ['Arbetslöshet för ungdomar 16–24 år i kommunen. (Källa: Arbetsförmedlingen och SCB)',
         '1,7 %', '1,7 %', '2,3 %'],
        ['Genomsnittlig betygspoäng gymnasieelever med examen (hemkommun) som kan vara max 20.',
         '14,5', '14,3', '14', '14'],
        ['Andel vuxna personer som inte återkommit till försörjningsstöd inom ett år efter avslutat '
         'försörjningsstöd (%)', '69 %', '73 %', '75 %'],
        ['Kostnad utbetalt ekonomiskt bistånd, kr/invånare (Kolada)', '376', '325', '306'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.5
    ('goal', '3.5', 'Ett medskapande samhälle och öppen attityd', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka skapar vi förutsättningar för invånare, kunder och företag att vara medskapande i att utforma '
     'det goda livet.\n'
     '- Invånare, företag och besökare känner sig alltid välkomna, sedda och korrekt bemötta i kontakt med '
     'kommunen.\n'
     '- Kungsbacka kommun är en attraktiv arbetsgivare med modiga och medskapande medarbetare och ledare.'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     'Medskapande för invånare, kunder och företag\n\n'
     'Nämnden har under året arbetat aktivt med medskapande tillsammans med invånare, kunder och företag. Nämnden '
     'har deltagit i kommunens företagslots och genomfört flera dialog- och mötestillfällen, bland annat i '
     'Kungsbacka Live, där invånare och företagare har mötts. Evenemang har även genomförts tillsammans med '
     'gårdsförsäljare. Vidare har flera projekt i nämndens projektportfölj inkluderat företagare i syfte att bättre '
     'anpassa servicen samt utveckla och förnya arbetssätt utifrån användarnas behov.\n'
     'Välkomnande och korrekt bemötande\n'
     'Arbetet med ett gott, likvärdigt och professionellt bemötande har fortsatt och utvecklats under året. Målet '
     'är att varje kund, företag och invånare ska känna sig välkommen i kontakten med nämndens verksamheter. En '
     'gedigen förstudie kring kundbemötande har genomförts och kommer att utgöra grund för det fortsatta '
     'utvecklingsarbetet med service och bemötande, i linje med de nyttor som nämnden arbetar mot.'),
    ('page', 11),
    ('cont',
     'Kungsbacka kommun som attraktiv arbetsgivare\n\n'
     'Nämnden har under året genomfört flera insatser kopplade till utvecklande medarbetarskap. Flera nya chefer '
     'har deltagit i utbildning i utvecklande ledarskap. Arbetet med nämndens strategi har bidragit till att både '
     'chefer och medarbetare har fått en tydlig gemensam riktning för uppdraget, vilket har skapat ökat engagemang '
     'och delaktighet i verksamhetens utveckling.'),
    ('ind', IND4, [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.',
         '78', '76', '75'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1–20.',
         '114', '124'],
    ]),
    ('page', 12),
    # ------------------------------------------------------------------------------------------ 4
    ('h1', '4 Uppföljning direktiv'),
    ('goal', '4.1', 'Direktiv - Innovation och omställning till nya arbetssätt', 'DIR'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Kommunfullmäktiges formulering',
     'Kungsbacka kommun står inför stora utmaningar kommande decennier. …\n\n'
     'Nämnderna och kommunstyrelsen får i uppdrag att öka tempot med att förnya verksamheten genom att:\n'
     '• bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
     '• aktivt samverka med invånare, civilsamhälle, näringsliv, akademi samt andra offentliga aktörer för att hitta '
     'lösningar\n'
     '• öka andelen målsökande utvecklingsinitiativ med fokus på förnyelse och extern nytta\n'
     '• skala upp nya arbetssätt och säkerställa att nyttan realiseras\n'
     '• utgå från digitalt först\n'
     '• kompetensutveckla och förstärka med nya kompetenser\n'
     '• skapa ändamålsenliga tekniska förutsättningar\n'
     '• säkerställa att tillräckliga medel inom tilldelad ram öronmärks för innovationsarbete och digitalisering '
     'som bidrar till framtidens välfärd'),
    ('kv', 'Kommentar',
     'Bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
     'Under året har förvaltningen fortsatt att kompetensutveckla chefer och medarbetare inom utvecklande '
     'ledarskap, utvecklande medarbetarskap och arbetsplatskultur. …\n\n'
     'Aktivt samverka med invånare, civilsamhälle, näringsliv, akademi samt andra offentliga aktörer för att hitta '
     'lösningar\n'
     'Under året har nämnden och förvaltningen arbetat aktivt med samverkan tillsammans med invånare, näringsliv, '
     'akademi och andra offentliga aktörer. …'),
    ('page', 13),
    ('cont',
     '… Projekt Hästgårdar har under året avslutats och implementerats i ordinarie verksamhet med goda resultat.\n'
     'Inom projektet Framtidens köldmedieprocess har samverkan skett med både andra kommuner och näringsliv.\n'
     'Projektet har avbrutits, men har gett nämnden värdefulla insikter och lärdomar som tas med i fortsatt '
     'utvecklingsarbete.\n'
     'Öka andelen målsökande utvecklingsinitiativ med fokus på förnyelse och extern nytta\n\n'
     'Under året har förvaltningen fortsatt att söka externa partnerskap och extern finansiering för att stärka '
     'utvecklingskraften och möjliggöra fler utvecklingsinitiativ. …\n\n'
     'Skala upp nya arbetssätt och säkerställa att nyttan realiseras\n'
     'Under året har nämnden haft ett tydligt fokus på att skala upp nya arbetssätt och säkerställa '
     'nyttorealisering. …\n\n'
     'Utgå från digitalt först\n'
     'Under året har förvaltningen utgått från principen digitalt först i innovations- och utvecklingsarbetet. …\n'
     'Digitalisera äldre detaljplaner\n\n'
     'Under året har arbetet med att digitalisera äldre detaljplaner bedrivits med hög takt. …'),
    ('page', 14),
    ('cont',
     'Kompetensutveckla och förstärka med nya kompetenser\n\n'
     'Under året har förvaltningsledningen arbetat strategiskt med kompetensförsörjning och löpande analyserat '
     'vilka kompetenser och förmågor som behöver stärkas. …\n\n'
     'Skapa ändamålsenliga tekniska förutsättningar\n'
     'Under året har förvaltningen arbetat med att stärka de tekniska förutsättningarna för verksamheten. …\n'
     'Säkerställa att tillräckliga medel inom tilldelad ram öronmärks för innovationsarbete och digitalisering som '
     'bidrar till framtidens välfärd\n\n'
     'Under året har nämnden avsatt 14,0 miljoner kronor för utvecklings-, innovations- och digitaliseringsarbete, '
     'vilket motsvarar cirka 15 procent av bruttobudgeten. …'),
    ('ind', ['Indikatorer', 'Utfall 2024', 'Utfall 2025'], [
        ['Andel innovationsprojekt som drivits under året', '0,35'],
        ['Andel av bruttokostnaden som avsätts för innovationsarbete och digitalisering', '0,13', '0,15'],
    ]),
    ('goal', '4.2', 'Direktiv - Civil beredskap', 'DIR'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Kommunfullmäktiges formulering',
     'Kungsbacka har i många år arbetat framgångsrikt med krisberedskap och krisledningsförmåga. …\n\n'
     'Civil beredskap handlar om förmågan att förebygga och hantera fredstida krissituationer, krigsfara och '
     'ytterst krig. …'),
    ('page', 15),
    ('cont',
     '… Under 2025 förväntas samtliga nämnder därför:\n\n'
     '• Driva ett aktivt arbete med att både planera och investera i civil beredskap utifrån sina behov.\n'
     '• Påbörja samverkan med frivilligorganisationer och civilsamhället.\n'
     '• I förekommande fall påbörja samverkan med näringslivet.\n'
     '• Säkerställa att tillämpliga upphandlingar och nya leverantörsavtal är utformade så att de omhändertar '
     'behovet av lagerhållning och redundans kopplat till en kris- eller krigssituation.\n'
     '• I förekommande fall lokalisera, peka ut och påbörja upprustning av trygghetspunkter.\n'
     '• För att påskynda arbetet med att höja den civila beredskapen avsätter Alliansen i Kungsbacka tio miljoner '
     'kronor till kommunens finansverksamhet under budgetåret 2025'),
    ('kv', 'Kommentar',
     'Bygg- och miljöförvaltningens arbete med Direktiv - Civil beredskap\n'
     'Bygg- och miljöförvaltningen driver ett aktivt arbete utifrån verksamheternas behov. Alla delar av direktivet '
     'är inte aktuellt för nämnderna. …\n'
     'Förvaltningen deltar på nätverksträffar inom området och samordnar oss med de andra förvaltningarna till '
     'exempel när det gäller upphandling och nya leverantörsavtal för robusta lokaler i Stadshuset samt '
     'lagerhållning och redundans kopplat till en kris- eller krigssituation i Stadshuset.\n\n'
     'Förvaltningen har tagit del av centralt avsatt budget för att bygga robusthet i verksamheten och satsa på '
     'utbildning. …\n'
     'Under året har ett antal utbildningar och övningar genomförts.\n\n'
     '• Förvaltningens stabsfunktion har haft en lärande övning i krisberedskap samt en utbildning i '
     'stabsmetodik.\n'
     '• Utbildning om Kärnenergiberedskap i ledningsgruppen och miljö och hälsoskyddsinspektörer gjordes under '
     'våren.\n'
     '• Förvaltningens samordnare har gått utbildning i processledning och Kontinuitetshantering.\n'
     'Under 2025 har ett arbete med kontinuitetshantering också startat. …\n'
     'Sammanfattningsvis har det systematiska arbetet börjat ta form men förvaltningen bedömer att vi inte är '
     'framme utan behöver fortsätta arbetet med att bygga robusthet och kunna upprätthålla våra samhällsviktiga '
     'verksamheter vid samhällsstörning, kris eller ytterst krig.'),
    ('page', 16),
    ('goal', '4.3', 'Direktiv - Bättre friskvård i Kungsbacka kommun', 'DIR'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Kommunfullmäktiges formulering',
     'Kungsbacka kommun är, och ska fortsatt vara, en attraktiv arbetsgivare med trygga och friska medarbetare. …\n\n'
     '• Friskvårdsbidraget höjs med 500 kronor till 2 000 kronor, vilket ska finansieras inom ram.\n'
     '• Kommunstyrelsen får i uppdrag att genomföra en särskild satsning för att möjliggöra träning eller '
     'motsvarande friskvårdsaktivitet i anslutning till arbetsdagen. …'),
    ('kv', 'Kommentar',
     'Inom förvaltningen har medarbetarna under året haft tillgång till kommunens samlade friskvårdssatsningar, i '
     'linje med kommunfullmäktiges mål om att Kungsbacka kommun ska vara en attraktiv arbetsgivare med trygga och '
     'friska medarbetare. …\n\n'
     'Den riktade satsningen för träning i anslutning till arbetsdagen har i huvudsak riktats mot yttre '
     'verksamheter. Bygg- och miljöförvaltningen, som inte bedriver sådan verksamhet, har därför inte varit i fokus '
     'för denna del av satsningen. …'),
    ('page', 17),
]
