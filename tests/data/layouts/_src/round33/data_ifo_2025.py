"""Kungsbacka kommun, Nämnden för Individ & Familjeomsorg, "Nämndens årsredovisning 2025", as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/ifo/2026/2026-02-19/handlingar.md
@39c88596e88d694444e3bcaaacaf1f36d5baa38d (Markdown conversion of kungsbacka.se "Nämnden för Individ &
Familjeomsorg handlingar 2026-02-19", ärende 12; PDF pages 114-130 = report pages 6-22, section 3 "Uppföljning mål").

Conventions (as round 27 and data_bygg_2025.py): verbatim text; PDF line breaks inside a paragraph read as spaces;
paragraph breaks kept; letter-spaced headings collapsed. Headings, labels, status rows, page breaks and indicator
tables are complete; the long prose paragraphs (Nämndens formulering, Sammanfattning, Kommentar) are shortened to
their first sentence(s), " …" marks each cut (a paragraph that a page break cuts is shortened on each side of the
break). The Markdown escapes of the stored text are undone ("\\- I Kungsbacka ..." -> "- I Kungsbacka ...",
"2026\\." -> "2026."). Source slips kept as printed ("att får ett stabilt bemanningsläge", "skapa förbättra
företagsklimatet", "psykosutibldning", "vi arbetare med rätt saker", "har har varit på plats"). The heading of 3.1.3
wraps in the PDF with an empty line inside it; it is kept as one heading with a line break.

Indicator tables: plain space-aligned text in the PDF; names joined from their wrapped lines; values put into the
Utfall columns from the left, except the IFO brukarbedömning ("88 %               95 %" -> Utfall 2022 and 2024).
Indicators carry no status.
"""

HEAD = ('Nämnden för Individ & Familjeomsorg', 'Kungsbacka kommun', 'Nämndens årsredovisning 2025')
NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
KFLAB = 'Kommunövergripande bedömning'
NLAB = 'Nämndens bedömning'
SAMM = 'Sammanfattning av nämndens arbete med målet'
KOMM = 'Kommentar på nämndmål'
FORM = 'Nämndens formulering'
IND4 = ['Indikatorer', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024', 'Utfall 2025']
ELEV = ('Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, ')

# Record kinds: ('h1', text) | ('goal', num, name, level KF/N) | ('kv', label, value) | ('cont', text)
#               ('ind', header, [rows]) | ('page', printed page number: foot + running head of the next page)
IF = [
    ('h1', '3 Uppföljning mål'),
    # ------------------------------------------------------------------------------------------ 3.1 (KF)
    ('goal', '3.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
     '- Kungsbacka har välkomnande och trygga miljöer.\n'
     '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
     '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
     'Kungsbacka kommun har boendebistånd som ett led i en boendekedja/vårdkedja efter stödboende eller '
     'behandlingshem. …\n\n'
     'Insatser kan exempelvis vara referensboende för den som kommit långt i boendekedjan och endast behöver '
     'referenser och därefter kan vara en kandidat för ett eget kontrakt i den särskilda bostadsförsörjningen. …\n'
     'Vi fortsätter skruva i hur vi arbetar med stöd kring boendefrågan för att möjliggöra ett nära stöd på '
     'hemmaplan. …\n'
     'Sedan 2024 pågår ett pilotprojekt där nämnden för Individ & Familjeomsorg tillsammans med nämnden för '
     'Gymnasium och Arbetsmarknad och Göteborgs stadsmission testar metoden ”Bostad först” mot hemlöshet. …\n\n'
     'Tidigare har alla boendeinsatser som Kungsbacka tillhandahåller inneburit ett krav på nykterhet och '
     'drogfrihet. …\n'
     'Pilotprojektet omfattar tre bostäder. …\n'
     'I juni fattade nämnden beslut om att förlänga befintligt idéburet offentliga partnerskapet med Göteborgs '
     'stadsmission till och med 30 september 2026. Metoden ska utvärderas innan eventuellt beslut om införande '
     '2026.'),
    ('page', 6),
    ('cont',
     '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera\n\n'
     'Under hösten har brukarundersökningar genomförts inom de flesta av våra verksamheter, både på '
     'myndighetssidan och inom utförarverksamheterna. …\n'
     'Enligt prognoser kommer vi att ta emot fler brukare som har behov av stöd på ett annat sätt än vad vi '
     'tidigare har gett, vilket kräver andra metoder. …\n\n'
     'Boendestödet och Bostad med särskild service (Bmss) har fortsatt sitt samarbete, vilket lett till att brukare '
     'med stora och komplexa behov får sitt stöd från närliggande gruppbostäder. …\n'
     'Under november startade ett nytt uppdrag på beställning av verksamhetschef. …\n'
     'I övrigt har nämnden omhändertagit fokusområdet i egna fokusområden, se uppföljning under kap 3.1.1, 3.1.2 '
     'och 3.1.3.'),
    ('ind', IND4, [
        ['Antal påbörjade bostäder', '848', '165', '213'],
        ['Antal färdigställda bostäder', '363', '319', '324'],
        ['Anmälda brott mot brottsbalken per invånare antal/100 000 invånare (BRÅ)', '5 691', '6 475', '6 541'],
        ['Brukarbedömning hemtjänst äldreomsorg, helhetssyn', '90 %', '91 %', '88 %', '88 %'],
        ['Brukarbedömning särskilt boende äldreomsorg, helhetssyn', '74 %', '76 %', '76 %', '78 %'],
        ['Brukarbedömning individ- och familjeomsorg totalt - helhetssyn', '88 %', None, '95 %'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.1.1 (N)
    ('goal', '3.1.1', 'Fokusområde: Rätt kompetens i rätt tid', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', FORM,
     'Det som tog oss hit kommer inte ta oss dit. …\n'
     'Genom att nyttja kompetenser och resurser effektivt på hela förvaltningen och utveckla nya arbetssätt och'),
    ('page', 7),
    ('cont',
     'digitala lösningar möjliggörs medarbetares tid och omsorg där den behövs som mest. …\n\n'
     '2024 tillsattes en förvaltningsgemensam styrgrupp för bemanningsfrågor. Uppdraget består i att får ett '
     'stabilt bemanningsläge oavsett säsong och att få en effektiv användning av våra gemensamma resurser. …\n\n'
     'Flera av våra serviceboenden har under 2024 tagit bort sovande jour i syfte att nyttja våra resurser där och '
     'när de behövs som mest. …\n\n'
     'Olika initiativ pågår också ute i verksamheterna för att se hur vi bäst kan använda resurstiden. …\n\n'
     'Inom myndighetsutövande verksamheter görs olika tester för att förbättra och effektivisera våra arbetssätt. '
     '…\n\n'
     'På hela förvaltningen pågår arbete med att undersöka vad som anses vara en attraktiv arbetsgivare för våra '
     'medarbetare. …'),
    ('kv', NLAB, NOT),
    ('kv', KOMM,
     'Rätt kompetens i rätt tid är en förutsättning för att vi ska kunna fortsätta leverera välfärd med god '
     'kvalitet när det blir svårare att hitta de kompetenser vi behöver. …\n'
     'I januari 2025 genomfördes en organisationsförändring där personlig assistans (PA) organiserades tillsammans '
     'med Bostad med särskild service (Bmss) och daglig verksamhet (DV) inom Stöd i hemmet och sysselsättning '
     '(SHS). …\n\n'
     'Bmss och boendestöd har fortsatt utveckla sitt samarbete, vilket har resulterat i att brukare med '
     'omfattande och komplexa behov får sitt stöd tillgodosett där de bor, genom närliggande gruppbostäder. …\n'
     'Vi undersöker möjligheterna till att införa ett resursteam i form av ambulerande dagpersonal som kan bemanna '
     'olika enheter utifrån behov. …'),
    ('page', 8),
    ('cont',
     'Ett antal förändringar har genomförts för att säkerställa att vi använder våra resurser så effektivt som '
     'möjligt. …\n\n'
     'Förvaltningen innehar ordförandeposten i det lokala Vård och Omsorgscollege som ska göra IF till ett '
     'tydligare arbetsgivaralternativ för eleverna på Vård- och omsorgsprogrammen på gymnasieskolorna och '
     'vuxenutbildningen. …\n'
     'I slutet på 2024 formerades ett ”eventteam” bestående av representanter från hela förvaltningen. …'),
    # ------------------------------------------------------------------------------------------ 3.1.2 (N)
    ('goal', '3.1.2', 'Fokusområde: Hållbar socialtjänst', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', FORM,
     'För att möta framtidens behov och utmaningar behöver nämnden utveckla och forma en hållbar socialtjänst som '
     'säkerställer vår förmåga att fullgöra vårt välfärdsuppdrag nu och framåt.\n\n'
     'Genom att myndighet, utförarverksamheter och stödfunktioner arbetar tillsammans kan vi bättre möta behov hos '
     'de vi är till för och gemensamt möta kommande förändringar och utmaningar. …\n\n'
     'Mycket arbete sker i förvaltningen för att säkerställa att vi kan vara en hållbar och kvalitativ socialtjänst '
     'i nutid'),
    ('page', 9),
    ('cont',
     'och i framtid.\n\n'
     'I somras presenterades lagrådsremissen till ny socialtjänstlag "En förebyggande socialtjänstlag – för ökade '
     'rättigheter, skyldigheter och möjligheter". …\n\n'
     'Inom ramen för Främjande Fyran har Individ & Familjeomsorg tillsammans med FG, GA och KFT beslutat att satsa '
     'gemensamma resurser för att förbättra möjligheterna för barn och unga i Kungsbacka kommun. …\n\n'
     'För att möta den nya socialtjänstens krav på vetenskap och beprövad erfarenhet utvecklar förvaltningen nya '
     'sätt att granska och analysera vår verksamhet. …\n\n'
     'En modell för att nyttorealisering håller på att utvecklas tillsammans med Vård & Omsorg och Service, för att '
     'kunna beräkna nytta och effekthemtagning på planerade förändringar innan de införs i verksamheten.\n\n'
     'Genom arbetet kring Trygghet på hemmaplan utvecklar vi hemmaplanslösningar över enhetsgränser för att hitta '
     'sätt att undvika kostsamma placeringar utanför den kända närmiljön för barn, unga och vuxna i Kungsbacka '
     'kommun.'),
    ('kv', NLAB, NOT),
    ('kv', KOMM,
     'Under våren har förvaltningen haft stort fokus på omställningen till en mer tillgänglig och förebyggande '
     'socialtjänst i enlighet med den nya socialtjänstlagen. …\n'
     'En av nyheterna i den nya lagen är att nämnden ges en möjlighet att tillhandahålla insatser utan individuell '
     'behovsprövning (IUB) för att ge socialtjänsten bättre förutsättningar att erbjuda tidiga och förebyggande '
     'insatser. …\n\n'
     'Ökad samverkan\n'
     'En majoritet av det utvecklingsarbete som pågår sker tillsammans med andra förvaltningar i kommunen men '
     'också med andra aktörer. …\n\n'
     'Arbetet har i år präglats av Främjande fyrans tydliga riktning att vi ska arbeta tillsammans med de '
     'utmaningar som uppkommer för att förbättra möjligheterna för barn och unga i Kungsbacka kommun. …'),
    ('page', 10),
    ('cont',
     'Trygghet på hemmaplan - utökat team är ett nära samarbete med FG, GA och KFT där vi tillsammans tittar på '
     'behov hos barn som är nära placering eller på väg hem från placering. … Även om det är för tidigt att bedöma '
     'effekterna visar de hittills handlagda ärendena att teamets samordnade insatser kan leda till konkreta '
     'förbättringar såsom anpassad skolgång, förändrad transportlösning eller stärkt samverkan. På sikt bedöms '
     'arbetet bidra till färre externa placeringar och kortare varaktighet när placeringar ändå krävs.\n\n'
     'I mars i år tillsattes tjänsten socionom i samverkan med polisen för att förbättra samarbetet mellan '
     'socialtjänst och polisen för att på ett bättre sätt möta behovet hos ungdomar i riskzon.\n'
     'Daglig verksamhet har under våren implementerat ett nytt arbetssätt som syftar till ökad samverkan mellan '
     'skola, myndighet och daglig verksamhet. …\n'
     'Kunskapsbaserad socialtjänst\n\n'
     'För att arbeta kunskapsbaserat på verksamhetsnivå behöver vi granska och analysera den egna verksamheten. …\n'
     'Myndighet, stöd och behandling medverkar i en rad forskningsprojekt, utvecklings-, samverkans- och '
     'utbildningsarbeten vilket genererar en mängd viktig och användbar kunskap och data för '
     'kunskapsutveckling.\n\n'
     'I nuläge pågår tre ISU - uppdrag (individbaserad systematisk uppföljning). …'),
    # ------------------------------------------------------------------------------------------ 3.1.3 (N)
    ('goal', '3.1.3', 'Fokusområde: Innovation och nya arbetssätt för att säkerställa leverans av våra\n'
     'tjänster i nutid och framtid', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', FORM,
     'Vi kommer inte klara framtidens utmaningar genom att bibehålla befintliga arbetssätt. …\n\n'
     'Genom att skapa förutsättningar för medarbetare att vara delaktiga i att tänka kring behov och lösningar '
     'bygger vi en kultur som främjar innovation och där vi vågar testa nytt. …'),
    ('page', 11),
    ('cont',
     'Förvaltningen fortsätter att skruva i struktur och bygga kultur som skapar förutsättningar för våra '
     'verksamheter att skala upp sitt innovationsarbete. …\n\n'
     'Det pågår försök att använda en så kallad digital robot, i vårt verksamhetssystem. …\n\n'
     'Ett projekt om AI inom socialtjänsten ska startas inom ramen för utvecklingsportföljen ”Framtidens '
     'socialtjänst”.\n\n'
     'Vi provar nya arbetssätt i samverkan med brukarrörelsen för att främja återhämtning och välmående för '
     'brukare med psykisk ohälsa. …\n\n'
     'De digitala verktygen SES och SES NXT är exempel på hur vi genom nya digitala arbetssätt möjliggör '
     'förbättrad självservice till kommunens invånare samtidigt som vi frigör tid för våra verksamheter och '
     'därigenom förväntas korta handläggningstider och köer till familjerådgivningen.\n\n'
     'Att genomföra användarresor för att få en djupare förståelse för brukares erfarenheter och upplevelser är '
     'nytt för förvaltningen och ska nu testas exempelvis i en användarresa från ansökan till verkställande av '
     'insats inom funktionsstödsverksamheter. …'),
    ('kv', NLAB, NOT),
    ('kv', KOMM, 'Se uppföljning av direktiv "Innovation och omställning till nya arbetssätt", kapitel 4.1.'),
    # ------------------------------------------------------------------------------------------ 3.2 (KF)
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
     'Nämnden har tilldelats en miljon kronor från den kommungemensamma satsningen för att motverka psykisk ohälsa '
     'och främja fysisk aktivitet. … I år fördelas'),
    ('page', 12),
    ('cont',
     'medlen mellan bostad med särskild service, daglig verksamhet och korttidsverksamhet.\n\n'
     'Under året har korttidshemmen på korttidsvistelsen planerat och genomfört aktiviteter och utflykter för '
     'brukarna med hjälp av dessa medel. …\n'
     'Inom lägerverksamheten har deltagarna själva varit med och önskat aktiviteter och fler meningsfulla och '
     'stimulerande aktiviteter har genomförts i närområdet. …\n\n'
     'Inom daglig verksamhet har särskild satsning gjorts på sinnesstimulering. …\n'
     'Brukarråd inom Bmss har involverats inför planering av årets aktiviteter. …\n'
     'Daglig verksamhet har under året fortsatt med hälsofrämjande aktiviteter inom Hälsoprojektet, ett samarbete '
     'mellan Individ & familjeomsorg och Vård & omsorg. …\n\n'
     'Häng med oss ut" är en metod utvecklad av Friluftsfrämjandet som använder friluftsliv för att främja psykisk '
     'hälsa. …'),
    ('ind', IND4, [
        [ELEV + 'ÅK 4 i % - Flickor.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '88 %', '85 %', '85 %', '87 %'],
        [ELEV + 'ÅK 4 i % - Pojkar. (Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '90 %', '91 %', '89 %', '88 %'],
        [ELEV + 'ÅK 8 i % - Flickor.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '72 %', '79 %', '73 %', '75 %'],
    ]),
    ('page', 13),
    ('ind', IND4, [
        [ELEV + 'ÅK 8 i % - Pojkar.(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)',
         '93 %', '92 %', '89 %', '89 %'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - flickor.', '65 %', '73 %', '75 %'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - pojkar.', '85 %', '86 %', '88 %'],
        ['Avfall från hushåll ska minska med 30% per invånare från 2020 till 2030. Startvärde 100, målvärde 2030 '
         'är 70.', '103', '92'],
        ['Avfall från kommunens verksamheter ska minska med 40 % per heltidsanställd. Startvärde 100, målvärde '
         '2030 är 60.', '115', '223'],
        ['Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv (Kolada)', '2,27'],
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
        ['Kommunens verksamheters elförbrukning, total (kWh)', '121 886', '110 482', '111 941', '107 577'],
    ]),
    ('page', 14),
    # ------------------------------------------------------------------------------------------ 3.3 (KF)
    ('goal', '3.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
     '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom '
     'samverkan mellan näringsliv och utbildning.'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     'Vårt fokus ligger inte i första hand på att skapa förbättra företagsklimatet. …\n\n'
     'Individ & Familjeomsorg bidrar också genom att fungera som en länk mellan individ och näringsliv för att '
     'stödja individer med behov, till självständighet och självförsörjning. …\n'
     'Två arbetskonsulenter har under året arbetat uppsökande för att stödja personer med psykisk '
     'funktionsnedsättning som står långt från arbetsmarknaden. …\n'
     'Arbetskonsulenterna har under året hanterat 74 ärenden vilken är en ökning från förra årets 66 ärenden. …\n\n'
     'Beslut har fattats om att stöd avseende sysselsättning SoL nu ges som en insats utan behovsprövning.\n'
     'Även daglig verksamhet arbetar med att erbjuda deltagare arbete utanför vår egen verksamhet för att bidra '
     'till delaktighet och personlig utveckling genom meningsfull sysselsättning och på sikt möjliggöra för vissa '
     'att närma sig den öppna arbetsmarknaden.\n\n'
     'Under året har förvaltningen i samverkan med Serviceförvaltningen startat upp ett café på stadshuset. …'),
    ('ind', IND4, [
        ['Insikt, SKRs servicemätning av kommunernas myndighetsutövning för företag. Nöjd-kund-index utifrån '
         'sammanvägt betygsindex 0-100, för hur företag i kommunen bedömer Kungsbacka kommuns myndighetsutövning, '
         'vilket är en viktig del av företagsklimatet.', '70', '67', '64', '61'],
    ]),
    ('page', 15),
    ('ind', IND4, [
        ['Svenskt Näringslivs attitydundersökning av kommuners företagsklimat. Medelvärde utifrån skala 1-6, där '
         'företag bedömer företagsklimatet i Kungsbacka kommun.', '3,4', '3,4', '3,8', '3,6'],
        ['Sysselsatt dagbefolkning, antal', '28 494', '28 586', '28 426'],
        ['Andel av sysselsatt dagbefolkning inom Göteborgsregionen', '4,9 %', '4,9 %', '4,9 %'],
        ['Företagsamhet, andel av invånare 16–74 år', '18 %', '19 %'],
        ['Antal nystartade företag per 1 000 invånare 16–64 år (etableringsfrekvens)', '12,8', '10,3', '12,3'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.4 (KF)
    ('goal', '3.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
     '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.'),
    ('kv', KFLAB, NOT),
    ('kv', SAMM,
     'Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n\n'
     'Förvaltningen har fortsatt utveckla samarbetet med Förskola & Grundskola, Gymnasium & Arbetsmarknad och '
     'Kultur & Fritid för att gemensamt arbeta för att främja att alla barn och unga i Kungsbacka får bästa '
     'möjliga livschanser. …\n'
     'I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.\n\n'
     'Likt förra året har det varit fler unga vuxna (19–29 år) än tidigare som kommer i kontakt med '
     'arbetskonsulenter (26 st 2025 jämfört med 16st 2024) och 43 brukare under 29 år har en pågående insats på '
     'boendestödet (48 st 2024).\n'
     'Förra året startade Regnbågen en särskild riktad träffpunkt för unga vuxna en gång i veckan. …\n'
     'Eftersom antalet besökare har varit lågt kommer vi nu ersätta träffpunkten med en ny aktivitet. …\n'
     'Vi har gjort satsningar för att förbättra stödet till brukare med komplex problematik. Material för '
     'psykosutibldning och handledning i socialpsykiatriska frågor har tagits fram och cirka 60 medarbetare har '
     'genomgått utbildningen och flertalet enheter har haft handledning. … Förväntade effekter är att hyresgäster '
     'med komplex'),
    ('page', 16),
    ('cont',
     'problematik, som ex samsjuklighet, självskadebeteende och PTSD, ska få rätt stöd. …'),
    ('ind', IND4, [
        ['Genomsnittligt meritvärde för grundskolans i årskurs 9 (hemkommun). Meritvärdet utgörs av summan av de 17 '
         'bästa betygen i elevens slutbetyg och kan max vara 340.', '239', '241', '242', '237'],
        ['Arbetslöshet för ungdomar 16–24 år i kommunen. (Källa: Arbetsförmedlingen och SCB)',
         '1,7 %', '1,7 %', '2,3 %'],
        ['Genomsnittlig betygspoäng gymnasieelever med examen (hemkommun) som kan vara max 20.',
         '14,5', '14,3', '14', '14'],
        ['Andel vuxna personer som inte återkommit till försörjningsstöd inom ett år efter avslutat '
         'försörjningsstöd (%)', '69 %', '73 %', '75 %'],
        ['Kostnad utbetalt ekonomiskt bistånd, kr/invånare (Kolada)', '376', '325', '306'],
    ]),
    # ------------------------------------------------------------------------------------------ 3.5 (KF)
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
     '- Kungsbacka kommun är en attraktiv arbetsgivare med modiga och medskapande medarbetare och ledare.\n\n'
     'Det pågår många olika aktiviteter som ska bidra till att vi är en attraktiv arbetsgivare. …\n'
     'För att uppmärksamma och lyfta medarbetare som bidrar till samarbete med fokus på de vi är till för delade '
     'vi på förvaltningen i år ut ett pris till ”årets samarbetare” och ”årets möjliggörare”. …'),
    ('page', 17),
    ('cont',
     '… Därefter röstades vinnarna fram av Förvaltningsledningen.\n\n'
     'Olika utbildnings – och kompetensutvecklingssatsningar har genomförts. …\n'
     'Under våren har Omställningsfonden beviljat medel att finansiera en utbildningssatsning inom socialrätt för '
     'enhetschefer i utförarverksamheten. …\n\n'
     'Under året har chefer och medarbetare gjorts delaktiga och medskapat kring den nya socialtjänstlagen och den '
     'omorganisation som sedan sjösattes i september i år. …\n'
     'Workshops har genomförts med förvaltningens medarbetare där deltagarna först fick information om den nya '
     'socialtjänstlagen och omställningen till god och nära vård. …\n'
     'Inom Myndighet, stöd och behandling har arbetsledare och chefer varit delaktiga inför höstens '
     'omorganisation. …\n\n'
     'Invånare, företag och besökare känner sig alltid välkomna, sedda och korrekt bemötta i kontakt med '
     'kommunen.\n'
     'Satsningar pågår för att öka medvetenheten och kompetensen inom jämlikhet och jämställdhet. …\n\n'
     'Nämnden omhändertar också målet genom fokusområdena "Kommunikation som främjar transparens, tillit och '
     'delaktighet" samt fokusområde "Medskapande- från fokus på individen till individens fokus". Rapportering av '
     'dessa finns i kapitel 3.5.1 och 3.5.2.'),
    ('ind', IND4, [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.',
         '78', '76', '75'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1–20.',
         '114', '124'],
    ]),
    ('page', 18),
    # ------------------------------------------------------------------------------------------ 3.5.1 (N)
    ('goal', '3.5.1', 'Fokusområde: Kommunikation som främjar transparens, tillit och delaktighet', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', FORM,
     'Många påverkas av våra insatser direkt och indirekt. …\n'
     'Vårt sätt att kommunicera ska bidra till att invånare, brukare och intressenter får det de behöver för att '
     'känna tillit till oss som välfärdsaktör.\n\n'
     'Vi ska vara en kommunikativ organisation där vi på alla nivåer i förvaltningen uppmuntrar till transparens '
     'och kommunikation, både internt och extern.\n\n'
     'Ett sätt att samtala direkt med invånare är på Kungsbacka Live på Kungsmässan. … Under 2024 har vi bland '
     'annat lyft insatserna bostad med särskild service och daglig verksamhet, Familjerätten har har varit på plats '
     'för att informera om SES och ett Levande bibliotek där besökare kan ”låna” en person med egenupplevd psykisk '
     'ohälsa/sjukdom har genomförts.\n'
     'Ibland behöver vi vara proaktiva i vår kommunikation. …\n\n'
     'Genom att utveckla förvaltningens interna kommunikation ska vi skapa tydlighet och bidra till en gemensam '
     'förvaltningskultur. …'),
    ('kv', NLAB, NOT),
    ('kv', KOMM,
     'Vi har på olika sätt sett över och skruvat i hur vi kommunicerar med invånare, brukare och anhöriga under '
     'året. …\n'
     'Under året har bildstöd tagits fram till informationsbroschyrer för flera av våra insatser. …\n'
     'Metodutvecklare har vidareutvecklat grund- och en fördjupningsutbildning i Alternativ och kompletterande '
     'kommunikation och Tydliggörande pedagogik. …\n\n'
     'Under våren hade förvaltningen en VFU-student som studerade "klarspråk" och vi fick hjälp att gå igenom '
     'brevmallar och extern kommunikation till kommuninvånare. …'),
    ('page', 19),
    ('cont',
     'vilket i förlängning kommer att öka tilliten till socialtjänst som myndighet.\n\n'
     'Flera av våra utförarverksamheter funktionsstöd har via brukarundersökningar identifierat att det finns '
     'brister i att inte alla brukare vet vart de ska vända sig om något inte är bra/fungerar i sin insats. …\n'
     'Utifrån förra årets brukarundersökningar identifierades ett behov av att förbättra kommunikationen på våra '
     'bostäder med särskild service. …\n\n'
     'Med syfte att öka brukarnas möjligheter att vara delaktiga i att förenkla kommunikation och relationsskapande '
     'har vi påbörjat ett arbete vi för att breddinföra kommunikationspass inom bostad med särskild service. …\n'
     'Ett sätt att samtala direkt med invånare har varit att befinna oss i Kungsbacka Live på Kungsmässan. …\n\n'
     'Under en vecka i mars bemannade vi Kungsbacka Live tillsammans med Teknik. …\n'
     'Under en vecka i maj bemannade vi rummet och passade då på att fira svenska teckenspråkets dag och '
     'uppmärksamma AKK (alternativ kompletterande kommunikation). …\n\n'
     'Under året har vår digitala koordinator också funnit på plats vid flera tillfällen för att visa och prata om '
     'våra digitala verktyg och teknik.\n'
     'Tillsammans med Friluftsfrämjandet höll vi ett mycket välbesökt event om metoden ”Häng med oss ut” där '
     'friluftsliv används som metod för ökad psykisk hälsa. …'),
    # ------------------------------------------------------------------------------------------ 3.5.2 (N)
    ('goal', '3.5.2', 'Fokusområde: Medskapande - från fokus på individen till individens fokus', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', FORM,
     'Genom att medskapa kan vi lära av varandra, säkerställa att vi arbetar med rätt saker och tillsammans med '
     'kommuninvånare hitta smarta lösningar. Medskapande bidrar både till en bättre verksamhet och större '
     'delaktighet för kommunens invånare.'),
    ('page', 20),
    ('cont',
     'Genom att involvera berörda målgrupper kan vi lära av varandra. Vi säkerställer inflytande och att vi '
     'arbetare med rätt saker och hittar lösningar som leder oss på rätt väg. …\n\n'
     'Förvaltningen ska fortsätta utveckla hur vi arbetar med brukar- och anhörigmedverkan på både strategisk och '
     'operativ nivå.\n\n'
     'I Rådet för dialog, det övergripande forumet för samarbete mellan brukarorganisationer och förvaltningen, '
     'diskuteras frågor av övergripande karaktär. …\n\n'
     'Medskapandeverkstäder har implementerats som ett arbetssätt för samarbete med brukarrepresentanter i '
     'avgränsade frågor och består av representanter för brukare och verksamheten. …\n\n'
     'Arbetssättet att involvera brukarorganisationer när vi utvecklar och förändrar verksamheten har varit mycket '
     'positivt.'),
    ('kv', 'Fokusområde', 'I Kungsbacka är invånare, kunder, företag och föreningar medskapande i att utforma det '
     'goda livet.'),
    ('kv', NLAB, NOT),
    ('kv', KOMM,
     'Sedan ett par års tid finns ett övergripande forum för samarbete med brukarorganisation som ses fyra gånger '
     'per år. …\n'
     'Vi har under året arbetat vidare utifrån initiativet som kallas "Brukarens resa" där vi utgått ifrån '
     'invånarens upplevelse och perspektiv på det som IF erbjuder personer med funktionsnedsättning. …\n'
     'Bostad med särskild service har olika forum för att göra hyresgäster delaktiga och för att inhämta '
     'synpunkter från brukare. …'),
    ('page', 21),
    ('cont',
     'Bomöten genomförs för hyresgäster på enskilda Bmss. …\n\n'
     'Två gånger per termin genomförs brukarråd där hyresgäster från samtliga Bmss har möjlighet att delta. …\n'
     'Under året har daglig verksamhet arbetat för att fler grupper ska ha igång deltagarmöten. …\n\n'
     'Korttidsvistelse har identifierat ett behov av ett nytt verktyg för att mer regelbundet och i konkreta '
     'frågor få reda på vad brukarna tycker om olika saker. …\n'
     'Peer supportrar fortsätter att utveckla sitt arbete i våra verksamheter vilket innebär att personer med egen '
     'erfarenhet av psykisk ohälsa blir professionellt verksamma för att stötta brukare i deras '
     'återhämtningsprocess. …'),
    ('page', 22),
]
