"""Kungsbacka kommun, Nämnden för Förskola & Grundskola, "Delårsrapport augusti 2025", as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/fg/2025/2025-09-17/handlingar.md
@39c88596e88d694444e3bcaaacaf1f36d5baa38d (Markdown conversion of kungsbacka.se "Förskola & Grundskola nämnd
handlingar 2025-09-17.pdf", ärende 5 "Delårsrapport augusti", PDF pages 18 and 20-33 = report pages 2 and 4-17).

Same conventions and record kinds as data_fg_arsredovisning_2024.py. Source slips kept as printed: "Gymnasie &
Arbetsmarknad", "rektors teamen", "Fjärås Bräckaskolan.Projektet", "omvärldsbevakats", "krishanteringsssystem",
"kompetensutveckling av seende krisledning", "Som arbetsgivaren ska vi verka ge", "ett särskilt fokus inom Förskola &
Grundskola perioden 2020-2025", the stray run-in heading "Sammanfattning av nämndens arbete med direktivet" before 3.1,
and "meritvärdet blev 232 ." (space before the full stop).
"""

HEAD = ('Nämnden för Förskola & Grundskola', 'Kungsbacka kommun', 'Delårsrapport augusti 2025')
NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'
KFLAB = 'Kommunövergripande bedömning'
NLAB = 'Nämndens bedömning'

TOC = [  # Innehållsförteckning, report page 2 (PDF page 18), as printed
    ('1 Inledning', 3),
    ('2 Uppföljning mål', 4),
    ('2.1 En attraktiv kommun att bo, verka och vistas i', 4),
    ('2.2 En hållbar utveckling och en hälsosam miljö', 5),
    ('2.3 Bästa företagsklimatet i Västsverige', 8),
    ('2.4 I Kungsbacka utvecklas vi hela livet', 9),
    ('2.5 Ett medskapande samhälle och öppen attityd', 11),
    ('3 Uppföljning direktiv', 13),
    ('3.1 Direktiv - Innovation och omställning till nya arbetssätt', 13),
    ('3.2 Direktiv - Civil beredskap', 14),
    ('3.3 Skola/arbetsliv', 15),
    ('3.4 Stärka skolan samt förebygga utanförskap och kriminalitet', 16),
    ('3.5 Stärka lärarens roll', 16),
    ('4 Verksamhetsmått', 18),
    ('4.1 Analys verksamhetsmått', 18),
    ('4.2 Resursmått', 19),
    ('4.3 Prestationsmått', 20),
    ('4.4 Effektmått', 21),
    ('5 Personal', 23),
    ('5.1 Kompetensförsörjning', 23),
    ('5.2 Analys personalmått', 24),
    ('5.3 Resursmått', 25),
    ('5.4 Effektmått', 25),
    ('6 Ekonomi', 27),
    ('6.1 Uppföljning drift delår', 27),
    ('6.2 Uppföljning investeringsbudget delår', 30),
    ('7 Viten och rättstvister', 32),
]

IND5 = ['Indikatorer', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024', 'Utfall 2025', 'Målvärde 2025']
ELEV = ('Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, ')
ELEVHALSAN = '(Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.)'
GYMN = ('Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
        'elevhälsosamtalet, Gymnasiet ÅK 1 i% - ')

INTRO = [  # section 2 lead-in, report p. 4
    'Kommunens främsta styrdokument är visionen. Där har kommunfullmäktige gett uttryck för hur politikerna vill se '
    'kommunens långsiktiga utveckling. …',
    'Måluppfyllelse baseras dels på den kvantitativa mätningen genom indikatorerna, dels på en kvalitativ uppföljning '
    'som samlas in från nämnderna i samband med delårsrapportering och årsredovisning.',
    'Kommunstyrelsen har en samordnande roll med ett särskilt ansvar för varje mål. Övriga nämnder, med undantag för '
    'valnämnden, överförmyndare i samverkan och revisionen, arbetar aktivt för att bidra till måluppfyllelse.',
]

FG25 = [
    ('h1', '2 Uppföljning mål'),
    ('para', INTRO),
    # ------------------------------------------------------------------------------------ 2.1 (KF) report p. 4
    ('goal', '2.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
     '- Kungsbacka har välkomnande och trygga miljöer.\n'
     '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
     '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera'),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Kungsbackas förskolor och skolor har i jämförelse med rikssnitt och omkringliggande regioner mycket goda '
     'skolresultat. Även om resultaten är goda ser vi att fler elever inte når behörighet till gymnasieskolan, främst '
     'inom matematik. Dock förefaller det här finnas en nationell trend. Förvaltningen analyserar resultaten och kommer '
     'initiera riktade insatser inom området.\n'
     'Under året har förvaltningen jobbat vidare med olika uppdrag såsom att stärka närvaron i skolan och motverka '
     'frånvaro. …\n'
     'Våra förskolor och skolor ska vara lärmiljöer som främjar lärande, som är trygga och fria från kränkningar. …\n\n'
     'Inom ramen för vårt systematiska kvalitetsarbete görs nu vissa justeringar bland annat förändras rapporteringen '
     'till nämnden av resultat och analys samt att huvudmannens beslut tas vid senare tillfälle. …\n'
     'Som en del i att våra förskolor och skolor ska vara trygga platser har förvaltningen fortsatt och fördjupat '
     'arbete med krisledning samt att alla verksamheter ska ha övat olika scenarier. Förvaltningen genomför en större '
     'föreläsning 16 september på temat om säkerhet och beredskap. Förvaltningen ser även över behov och möjlighet till '
     'ökad grad av att kunna stänga eller sektionera lokaler. Förvaltningen Förskola & Grundskola har'),
    ('page', 4),
    ('cont',
     'tillsammans med förvaltningen för Gymnasie & Arbetsmarknad initierat upphandling av system för larm och då med '
     'larmfunktion kopplat till olika situationer.\n\n'
     'Under våren har nämnden för förskola & grundskola tagit beslut om Lokalresursplan. Tillsammans med '
     'serviceförvaltningen har Förskola & Grundskola tagit fram en genomförandeplan.\n'
     'Inom ramen för det arbete som kallas Främjande Fyran är nu flera initiativ igång och fler planeras. …'),
    ('ind', IND5, [
        ['Jag känner mig trygg i skolan (åk 5)', '84 %', '85 %', '84 %'],
        ['Jag känner mig trygg i skolan (åk 8)', '81 %', '82 %', '84 %'],
    ]),
    # ------------------------------------------------------------------------------------ 2.2 (KF) report p. 5
    ('goal', '2.2', 'En hållbar utveckling och en hälsosam miljö', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kungsbacka växer med en långsiktigt hållbar ekonomi.\n'
     '- Kungsbacka ska verka för ett fossilfritt och cirkulärt samhälle som också skyddar och främjar biologisk '
     'mångfald.\n'
     '- Kungsbacka ska verka för ett socialt hållbart samhälle.\n'
     '- Unga i Kungsbacka mår bra såväl fysiskt som psykiskt.'),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Arbetet med att skapa bättre villkor för hållbar utveckling och en hälsosam miljö handlar för Förskola och '
     'Grundskola framför allt om att i alla verksamheter stimulera till fysisk aktivitet, stärka tryggheten och främja '
     'studiero.\n'
     'Förvaltningen ger stöd i metodutveckling och att ge kompetensutbildning.\n\n'
     'Mötesplats idrott, användandet av mobiltelefoner och organiserade rastaktiviteter är exempel på detta som '
     'beskrivs i nämndmålet: "Utbildningen ska stimulera till ökad trygghet, glädje och fysisk aktivitet".\n'
     'För att barn och elever ska ha en harmonisk och stimulerande uppväxt behöver framförallt våra kärnverksamheter '
     'i alla förskolor och skolor fungera så exemplariskt som det bara går. Varje rektor leder utvecklingsarbetet på '
     'sin enhet. Förvaltningens stödfunktioner stöttar rektors teamen vid behov och om problem uppstår.\n'
     'Förvaltningen fördelar under hösten 2025 medel motsvarande bemanning av en speciallärare eller specialpedagog '
     'per högstadieskola, avsedda för undervisning i särskild undervisningsgrupp med syfte att erbjuda en mer '
     'individanpassad och trygg miljö för elever med omfattande stödbehov.\n\n'
     'Därtill utvärderar förvaltningen den socioekonomiska modellen, tilläggsstödet samt statsbidragen – stärkt '
     'kunskapsutveckling och kvalitetshöjande åtgärder i förskolan. …'),
    ('page', 5),
    ('ind', IND5, [
        [ELEV + 'ÅK 4 i % - Flickor.' + ELEVHALSAN, '88 %', '85 %'],
        [ELEV + 'ÅK 4 i % - Pojkar. ' + ELEVHALSAN, '90 %', '91 %'],
        [ELEV + 'ÅK 8 i % - Flickor.' + ELEVHALSAN, '72 %', '79 %'],
        [ELEV + 'ÅK 8 i % - Pojkar.' + ELEVHALSAN, '93 %', '92 %'],
        [GYMN + 'flickor.', '65 %', '73 %'],
        [GYMN + 'pojkar.', '85 %', '86 %'],
    ]),
    # ------------------------------------------------------------------------------------ 2.2.1 (N) report p. 6
    ('goal', '2.2.1', 'Utbildningen ska stimulera till ökad trygghet, glädje och fysisk aktivitet', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Kungsbackas lärmiljöer ska präglas av trygghet, glädje och studiero. Fysisk aktivitet och social interaktion '
     'mellan elever ska prioriteras.\n\n'
     'Alla våra skolor ska erbjuda organiserade rastaktiviteter.\n\n'
     'Mobiltelefoner, smartklockor och motsvarande enheter ska inte vara tillåtna på våra skolor, varken på '
     'lektionstid eller under rast.'),
    ('kv', 'Fokusområde', '- Trygghet och studiero\n- Fysisk aktivitet\n- Social interaktion'),
    ('page', 6),
    ('kv', NLAB, NOT),
    ('kv', 'Kommentar på nämndmål',
     'Arbetet bedrivs med ett helhetsperspektiv där fokus ligger på att stärka elevernas psykiska hälsa och '
     'välbefinnande. …\n\n'
     'Minskad frånvaro och förbättrad närvaro\n'
     'Syftet är att skapa förutsättningar för högre närvaro genom förbättrad rapportering, tydligare rutiner samt '
     'stärkt samverkan mellan skola, elevhälsa och externa aktörer såsom socialtjänst och BUP. …\n\n'
     'Förebyggande arbete mot våld i nära relationer och hedersrelaterat våld\n'
     'Syftet med detta målområde är att höja kompetensen inom förskola och skola för att tidigt upptäcka och '
     'förebygga utsatthet samt bidra till trygghet och hälsa för barn och unga. …\n'
     'Främjande av fysisk aktivitet\n'
     'Syftet är att stärka elevernas välbefinnande och hälsa genom att öka rörelse i vardagen. …\n\n'
     'Arbetet har lett till en ökad medvetenhet bland elever kring rörelsens betydelse för välmående och indikationer '
     'finns på positiva effekter från mätningar i mellanstadieklasser. Förväntade långsiktiga effekter är att eleverna '
     'utvecklar hälsosamma rörelsevanor, att koncentrationen under lektionerna förbättras, att den sociala '
     'interaktionen ökar och att kränkningar minskar. De allra flesta skolor har mobilförbud under hela skoldagen.'),
    ('page', 7),
    ('cont',
     'Skolor som inte har detta förbud har mobilfria lektioner och områden.\n\n'
     'Skolsociala aktiviteter\n'
     'Syftet är att utveckla en modell för skolsociala aktiviteter som stärker gemenskap och trivsel i skolmiljön. …\n'
     'Sammanfattande slutsats\n'
     'Genom ett systematiskt, kunskapsbaserat och tvärsektoriellt arbetssätt skapas förutsättningar för att långsiktigt '
     'främja elevers närvaro, trygghet och hälsa. Arbetet bygger på dokumenterade effekter, kontinuerlig '
     'kompetensutveckling och nära samverkan mellan kommunens olika aktörer'),
    # ------------------------------------------------------------------------------------ 2.3 (KF) report p. 8
    ('goal', '2.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
     '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom samverkan '
     'mellan näringsliv och utbildning.'),
    ('kv', KFLAB, NADD),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vi arbetar långsiktigt med att bygga en struktur för ett stärkt samarbete mellan skola och arbetsliv. …\n\n'
     'Arbetet har särskilt fokuserat på att utveckla och höja kvaliteten i vår Prao-process. …\n'
     'Resultat och pågående utveckling\n\n'
     '• En ny struktur för prao infördes vårterminen 2024 som innebär att eleverna genomför en vecka i offentlig '
     'verksamhet och en vecka i näringslivet.\n'
     '• Stöd för arbetsplatser utvecklas genom moduler och material som sänker trösklarna för att ta emot elever.\n'
     '• Förankring i undervisningen, en referensgrupp arbetar med utveckling av före-, under- och efterarbetet.\n'
     '• En plan för Skola–Arbetsliv är framtagen och förankringsarbete pågår. …\n'
     'Arbetet sker i nära samverkan med flera aktörer:\n\n'
     '• Näringslivet i Kungsbacka,\n'
     '• Förvaltningen för Gymnasium & Arbetsmarknad samt studie- och yrkesvägledarna,\n'
     '• Hallandsnätverket – gemensamt arbete i Hallands kommuner kring prao, skola–näringsliv och studievägledning,\n'
     '• Regional strategisk rådgivande grupp i Göteborgsregionen (GR) med fokus på skola–arbetsliv,\n'
     '• VFU-beredningen, en strategisk samverkansgrupp med Göteborgs universitet och GR som ger'),
    ('page', 8),
    ('cont',
     'skolhuvudmännen möjlighet att påverka lärarutbildningens innehåll och upplägg.\n'
     '• Ett fördjupat arbete sker nu på södra områdets grundskolor med processtöd gällande skola/arbetsliv\n\n'
     'Vi ser att arbetet bidrar till:\n'
     '• att eleverna tidigt får stärkt valkompetens,\n'
     '• att undervisningen i högre grad kopplas till verkliga erfarenheter och därmed upplevs mer relevant,\n'
     '• att elevernas framtidstro stärks genom att de får inblick i vilka yrkesmöjligheter som faktiskt finns.'),
    # ------------------------------------------------------------------------------------ 2.4 (KF) report p. 9
    ('goal', '2.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden',
     '- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
     '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.'),
    ('kv', KFLAB, NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Betygsutfall\n'
     'Andelen elever som blev behöriga till gymnasieskolan vårterminen 2025 var 86,3% och det genomsnittliga '
     'meritvärdet blev 232 . Det är en viss minskning jämfört med föregående år. …\n'
     'En framgångsrik skolutveckling förutsätter tydligt pedagogiskt ledarskap, systematisk kompetensutveckling, '
     'samspel i förbättringsarbetet, utveckling av lärande professionella gemenskaper och ständig utveckling av '
     'undervisningen. …\n\n'
     'Fokusarbete\n'
     'Utifrån analys av tidigare resultat i det systematiska kvalitetsarbetet och aktuell forskning har tre områden '
     'identifierats som ett särskilt fokus inom Förskola & Grundskola perioden 2020-2025. Det handlar om Jämställd '
     'utbildning, Undervisningens kvalitet samt Matematiskt lärande. Detta är nu avslutat och det pågår ett arbete med '
     'att formulera nya fokusområden.\n'
     'Pedagogiskt ledarskap\n'
     'Syftet med insatsen är att bidra till ett vetenskapligt förankrat och vidareutvecklat skolförbättringsarbete. …\n'
     'Dialog för utveckling\n'
     'Under flera år har dialogen varit en uttalad metod i Förskola & Grundskola för ökad måluppfyllelse. …'),
    ('page', 9),
    ('cont',
     'Innovationsarbete riktat och differentierat stöd\n'
     'I syfte att öka måluppfyllelsen och bättre kunna ge enheterna stöd har ett innovationsarbete kring hur stöd '
     'utformats genomförts. …'),
    ('ind', IND5, [
        ['Genomsnittligt meritvärde för grundskolans i årskurs 9 (hemkommun). Meritvärdet utgörs av summan av de 17 '
         'bästa betygen i elevens slutbetyg och kan max vara 340.', '237', '237', '238'],
    ]),
    # ------------------------------------------------------------------------------------ 2.4.1 (N) report p. 10
    ('goal', '2.4.1', 'Öka undervisningskvaliteten', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Våra skolor ska arbeta systematiskt med utformning av lärmiljöer och struktur i lärandet, för att göra '
     'undervisningen tillgänglig för alla elever.\n\n'
     'Vi ska i högre utsträckning än i dag samarbeta över skolgränser och gemensamt skapa lärmiljöer anpassade för '
     'barn i behov av särskilt stöd, genom till exempel mindre undervisningsgrupper.\n\n'
     'Våra lärare ska bli bättre rustade i att undervisa elever med neuropsykiatriska funktionsnedsättningar (NPF).'),
    ('kv', 'Fokusområde',
     '- Lärmiljö anpassad efter elevens behov\n'
     '- Kompetenshöjning hos pedagogisk personal inom undervisning av elever med NPF\n'
     '- Stärka arbetet för särskilt begåvade elever i samarbete med gymnasieskolorna'),
    ('kv', NLAB, NOT),
    ('kv', 'Kommentar på nämndmål',
     'Pedagogiskt ledarskap, kollegialt lärande och hur vet du det?\n'
     'I det systematiska kvalitetsarbetet har ett förbättringsområde framträtt som utgår från att bättre stödja det '
     'pedagogiska ledarskapet för både rektorer och mellanledare. …\n'
     'För att kunna bedöma och ge stöd för en förbättrad undervisningspraktik har användning av det gemensamt '
     'framtagna stödmaterialet Hur vet du det? utarbetats sedan tidigare. …\n\n'
     'Tillgång till skolbibliotek\n'
     'Från och med den 1 juli 2022 gäller en ny bestämmelse i skollagen (2010:800) som förstärker elevers rätt till '
     'tillgång på skolbibliotek. Enligt denna bestämmelse ska varje skola ha tillgång till ett skolbibliotek som är '
     'öppet för eleverna under skoltid och att eleverna ska ha möjlighet att använda biblioteket under lektionstid.'),
    ('page', 10),
    ('cont',
     'Skolbiblioteket ska vara bemannat med en lärarbibliotekarier, som kan stödja eleverna i deras lärande och ge '
     'vägledning i informationskompetens. Från hösten 2025 har sex skolbibliotekarier anställts som ger stöd till '
     'skolorna i de geografiska områdena.'),
    # ------------------------------------------------------------------------------------ 2.5 (KF) report p. 11
    ('goal', '2.5', 'Ett medskapande samhälle och öppen attityd', 'KF'),
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
     'Barn och elevinflytande i undervisningen\n'
     'Ett stödmaterial för ökat inflytande i undervisningen är framtaget för lärare att arbeta med i sina '
     'arbetsgrupper. …\n'
     'Innovationsprojektet "Elevinflytande genom digital lösning" är avslutat. …\n\n'
     'Barnrättsligt perspektiv i beslut\n'
     'Planering pågår för att följa upp och utvärdera det stödmaterial som tagits fram för att säkerställa det '
     'barnrättsliga perspektivet inför beslut.\n'
     'Utveckla arbetet med ändamålsenlig arbetsorganisation\n'
     'Inom förskolan har det tidigare pilotprojektet där några förskolor införde digital schemaläggning samt flexibel '
     'arbetstid avslutats med goda erfarenheter. …'),
    ('page', 11),
    ('ind', IND5, [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.', '78', '76',
         '75'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1–20.',
         '114', '124'],
    ]),
    ('page', 12),
    # ------------------------------------------------------------------------------------ 3 direktiv, report p. 13
    ('h1', '3 Uppföljning direktiv'),
    ('para', [
        'Kommunfullmäktige har beslutat om tre direktiv för budgetåret. Direktiv används för att styra inom ett '
        'särskilt, utpekat område där det krävs förändring. Tjänstepersonerna ska redovisa för politikerna i nämnden '
        'hur man har arbetat med direktivet. Nämnden redovisar till kommunfullmäktige hur nämnden har arbetat med '
        'fullmäktiges direktiv i samband med delårsbokslut och årsbokslut.\n'
        'Även nämnd kan besluta om direktiv till förvaltningen.',
    ]),
    ('label', 'Sammanfattning av nämndens arbete med direktivet'),
    ('goal', '3.1', 'Direktiv - Innovation och omställning till nya arbetssätt', 'DIR'),
    ('cont',
     'Nämnderna och kommunstyrelsen har i uppdrag att öka tempot med att förnya verksamheten genom att:\n\n'
     '• Bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
     '• Aktivt samverka med invånare, civilsamhälle, näringsliv, akademi samt andra offentliga aktörer för att hitta '
     'lösningar\n'
     '• Öka andelen målsökande utvecklingsinitiativ med fokus på förnyelse och extern nytta\n'
     '• Skala upp nya arbetssätt och säkerställa att nyttan realiseras\n'
     '• Utgå från digitalt först\n'
     '• Kompetensutveckla och förstärka med nya kompetenser\n'
     '• Skapa ändamålsenliga tekniska förutsättningar\n'
     '• Säkerställa att tillräckliga medel inom tilldelad ram öronmärks för innovationsarbete och digitalisering som '
     'bidrar till framtidens välfärd.\n\n'
     'Förskola & Grundskola har under det senaste året stärkt sin förmåga för innovation genom strukturella och '
     'taktiska satsningar. …\n'
     'Kulturförändring …'),
    ('page', 13),
    ('cont',
     'Fyra expeditioner:\n'
     'Framtidsskolan – ämnesveckor på Kapareskolan. …\n'
     'Proaktivitet – tidigt varningssystem mot skolfrånvaro på Fjärås Bräckaskolan.Projektet stötte på flera hinder '
     'där ett var vårdnadshavares vilja att delta. Resultat är tyvärr inte tillförlitligt då underlaget är litet.\n\n'
     'AI-pluggkompis – undersöker AI som stöd i elevernas lärande.\n'
     'Projektet drivs tillsammans med Rise och andra kommuner. Projektet har avstannat i brist på medfinansiärer och '
     'vi arbetar aktivt för att få medel att gå vidare och utveckla en prototyp.\n'
     'Rättning av uppgifter/prov med AI. …\n'
     'Idétorget och innovationsrådet\n'
     'Idetorget är förvaltningens process för att fånga och driva förnyelsearbete och processen har utvecklats under '
     'året. Just nu drivs 14 aktiva projekt. 6 projekt är avslutade, 4 projekt är pausade och 2 projekt är '
     'outforskade. …'),
    ('goal', '3.2', 'Direktiv - Civil beredskap', 'DIR'),
    ('cont',
     'Under 2025 förväntas samtliga nämnder :\n'
     '• Driva ett aktivt arbete med att både planera och investera i civil beredskap utifrån sina behov.\n'
     '• Påbörja samverkan med frivilligorganisationer och civilsamhället. …\n'
     'Det finns flera pågående aktiviteter som bidrar till direktivet.\n'
     'Uppdaterad kontinuitetshantering, tillgängliggörande av material på Insidan, Underlag beställning till lokala '
     'beredskapslager, framtagande av lokal krisledningsförmåga (utbildning/material) samt kompetensutveckling för all '
     'personal. Samtliga aktiviteter pågår enligt plan och bedömningen är att Förskola & Grundskola uppnår målen för '
     '2025.\n\n'
     'De gemensamma effekterna i aktiviteterna handlar om ökad kunskap och förmåga att hantera och agera vid '
     'samhällsstörningar. Dessa är ännu ej möjliga att se. Däremot uppskattar rektorer som genomfört '
     'kompetensutveckling av seende krisledning en ökad kunskap i krishanteringsssystem och stabsmetodik.'),
    ('page', 14),
    ('goal', '3.3', 'Skola/arbetsliv', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Kungsbackas skolor behöver stärka samarbetet med arbetslivet. Elever ska tidigt få en god insyn i '
     'arbetsmarknaden i både offentlig och privat sektor.\n\n'
     'Vi ska stärka elevernas kompetens och ge dem goda möjligheter att fatta självständiga val för sin framtid.'),
    ('kv', 'Fokusområde', '- Stärkt framtidstro\n- Undervisning kopplad till konkreta arbetsuppgifter'),
    ('kv', 'Kommentar',
     'Det pågår flera aktiviteter i samband med direktivet.\n\n'
     '• Ett nytt praktiksystem, Praxo, har implementerats, med kontaktuppgifter och listor på företag och '
     'förvaltningar som tar emot prao-elever.\n'
     '• Utbildning har genomförts för praosamordnare, och de flesta har börjat informera och vägleda elever i det nya '
     'systemet.\n'
     '• Utvecklingsarbete pågår för att förbättra systemet, bland annat för att sortera ut kommunala och privata '
     'företag.\n'
     'Utmaningar har funnits med att få tag i prao-platser inom kommunal verksamhet, och det behövs en tydligare '
     'kommunikation med förvaltningarna. …\n\n'
     'Samverkan Skola - Omvärld …\n\n'
     'Skola-arbetsliv …\n\n'
     'Nästa steg är att fortsätta utveckla och förbättra systemen och aktiviteterna för att säkerställa en bra '
     'kvalitet och en tydlig kommunikation med alla inblandade parter.'),
    ('page', 15),
    ('goal', '3.4', 'Stärka skolan samt förebygga utanförskap och kriminalitet', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Kungsbacka skolor ska stärkas i arbetet med att rusta våra elever för framtiden och förebygga utanförskap och '
     'normbrytande beteende. …'),
    ('kv', 'Fokusområde',
     '- Utökat arbete mot narkotika och normbrytande beteende.\n'
     '- Tidiga insatser mot skolfrånvaro\n'
     '- Ökat samarbete med vårdnadshavare'),
    ('kv', 'Kommentar',
     'Nämnden antog under våren riktlinje gällande ANDTS för kommunala förskolor och grundskolor i Kungsbacka '
     'kommun. ( ANDTS står för alkohol, narkotika, dopning, tobak och spel om pengar)\n'
     'Riktlinjerna görs kända och implementeras under hösten. En viktigt del i riktlinjerna är nolltolerans mot '
     'användning av all form av nikotin.\n\n'
     'Det finns några likheter i de förslag till åtgärder som föreslås inom samtliga aktiviteter kopplat till '
     'direktivet …'),
    ('goal', '3.5', 'Stärka lärarens roll', 'DIR'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Nämndens formulering',
     'Lärarens roll ska stärkas i Kungsbacka. Som arbetsgivaren ska vi verka ge ett tydligt handlingsutrymme för vår '
     'pedagogiska personal som i sin tur kan skapa studiero och trygghet på förskolor och skolor.'),
    ('page', 16),
    ('cont',
     'Samtidigt behöver den kollektiva likvärdigheten stärkas i vår organisation. Våra normer och vårt agerande vid '
     'till exempel grovt språk eller begynnande kränkningar ska vara konsekvent och likvärdigt i våra skolor.'),
    ('kv', 'Fokusområde',
     '- Starkare lärarroll\n- Enhetliga normer och arbetssätt\n- Utbildning och kollegialt arbete'),
    ('kv', 'Kommentar',
     'I den partsgemensamma arbetsgruppen med Sveriges lärare är det nu framtaget en plan för kunskapshöjande insatser '
     'kring bl. a ledarskap i klassrummet, Relationellt ledarskap och gemensam tolkning av den juridiska vägledning av '
     'skollagen från Skolverket.\n\n'
     'Inom aktiviteten att främja lärares förutsättning för ett tydligt ledarskap i klassrummet har förvaltningen nu '
     'gått från pilotprojekt kring lärarträning med VR-teknik till att nu ha en leverantör upphandlad för att utveckla '
     'en virtuell träningsmiljö för lärare. …\n'
     'Under våren har ett arbete påbörjats med att kartlägga eventuella samband mellan anmälda kränkningar enligt '
     'skollag, olycksfall och tillbud enligt arbetsmiljölagstiftningen samt sjukfrånvaro. …'),
    ('foot', 17),
]
