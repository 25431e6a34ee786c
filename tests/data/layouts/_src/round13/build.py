"""Regenerate the round-13 layout fixtures 69..72 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round13 && /work/main/.venv/bin/python build.py

Every row below was read from a PDF stored in a public GitHub repository (named in the
fixture's json 'source': repository, path and commit). The text was taken with
`pdftotext -layout`; where the status is an icon (69) or a coloured ball (71) the pages
were also rendered (pdftoppm) and the icon images listed/decoded (pdfimages) to read the
colours. Nothing was added; page furniture was kept where it falls inside the section.
Expected counts were decided by hand from each source's own wording (README.md).
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl.styles import Font, Alignment
from openpyxl.formatting.rule import DataBarRule

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
WHITE_BOLD = Font(bold=True, color='FFFFFF')


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# ------------------------------------------------------------------ 69 Simrishamn KFN årsbokslut 2025
SIM_GREEN = '99CC00'      # colour of the icons and bars in the PDF (decoded from the images)
SIM_HEAD = '1F5FA8'       # blue table header
SIM_ROW = 'DDEBF7'        # light blue row

SIM_BLOCKS = [
    # (section heading or None, [prose], goal header word, [goals], [(group goal, [(activity, done fraction, comment)])])
    (None, [], 'Verksamhetsmål', [
        ('Kommunen ska skapa förutsättningar för ett varierat och rikt utbud inom kultur och fritid för alla.',
         'Nämnden har under året påbörjat en bredare samverkan mellan nämndens egna verksamheter samt andra '
         'förvaltningar för att säkerställa att kultur- och fritidsutbudet är tillräckligt varierat för att nå ut så '
         'brett som möjligt. Utöver det som förvaltningen erbjuder i egen regi genomförs en omvärldsbevakning och en '
         'ständig uppdatering kring vad andra aktörer bidrar med för att på bästa sätt kunna komplettera det befintligt '
         'utbudet och skapa goda förutsättningar för att vara möjliggörare.'),
        ('Vid besparingar av budgetskäl ska kärnverksamhet prioriteras framför administration och ledning.',
         'På kultur- och fritidsnämnden finns för närvarande två och ett halvt årsarbeten av administrativ karaktär. Det '
         'inkluderar en 100% förvaltningschef, en 100% administratör som även fungerar som nämndsekreterare, samt en '
         'tjänst på 50% som ekonom köps in från kommunstyrelseförvaltningen. I verksamheterna finns det inga '
         'administrativa tjänster, utan dessa arbetsuppgifter hanteras av enhetscheferna.'),
    ], []),
    ('04 Hav och marina resurser', [
        'Havet är en förutsättning för mänskligt liv och utgör två tredjedelar av kommunens yta. Kommunens '
        'attraktivitet, näringsliv, kulturarv och identitet är nära sammanflätat med havet och dess resurser. Östersjön '
        'är ett av världens mest förorenade havsområden. Övergödning, syrebrist och syrefria bottnar, algblomningar, '
        'minskad biologisk mångfald och ekosystem i obalans, överfiske, föroreningar och miljögifter av olika slag, '
        'etablering av invasiva arter samt risker för omfattande oljekatastrofer hör till de främsta utmaningarna.',
        'Klimatförändringar bedöms förstärka flera av problemen ytterligare i framtiden. Östersjöns nuvarande '
        'miljötillstånd begränsar tillgången på havets resurser och ekosystemtjänster kraftigt. Fiske samt marin turism '
        'och rekreation är de ekonomiska och sociala aktiviteter som främst påverkas av en försämrad havsmiljö. Det '
        'behövs omfattande och långsiktiga insatser och internationellt samarbete för att återställa en god miljöstatus '
        'i Östersjön. Som kustkommun har Simrishamn ett ansvar att bidra, men också en egennytta av att göra det.'],
     'Nämndmål', [('Verka för kunskapsspridning och beteendeförändring avseende havsmiljöfrågor.', None)],
     [('Verka för kunskapsspridning och beteendeförändring avseende havsmiljöfrågor.', [
         ('Föreläsningar för medborgare och medarbetare. Använda biblioteket som plattform för att nå ut med sakkunskap '
          'och forskning, både internt och externt, om havsmiljöfrågor, bland annat via föreläsningar kring hav och '
          'marina resurser i samarbete med exempelvis Marint centrum.', 1.0,
          'Biblioteket har i samverkan med Marint Centrum haft föredrag om fiskar i Östersjön, där en forskare berättat '
          'om Smörbultens ursprung, ekologi och inverkan på ekosystemen i Östersjön. Även utmaningar och lösningar för '
          'att begränsa dess spridning diskuterades.'),
         ('Skapa verksamhet och föredrag om hotade kulturmijöer längs kusten.  Del av projektet Hotade kulturmiljöer '
          'längs kusten- se nämndsmål 9.3.', 1.0,
          'Hösten 2025 höll fyra föredrag som på olika sätt rapporterade eller informerade om klimatets påverkan på '
          'Simrishamns kust. Samtliga föredrag var fullbokade.')])]),
    ('08 Hållbart samhällsbyggande', [
        'Samhällsbyggande och planering påverkar och påverkas av alla aspekter av hur kommunen vill utvecklas mot ett '
        'hållbart samhälle. Samhällsbyggandet ska möta invånarnas behov av rent vatten, hantering av avfall, ren miljö, '
        'minskad negativ påverkan på klimatet och minskad sårbarhet för klimatförändringar. Kommunens fysiska planering '
        'ska utveckla de tillgångar som finns i kommunen på ett strategiskt medvetet sätt och utgör därmed ett viktigt '
        'verktyg att nå hållbar utveckling.',
        'Vi ska utveckla kommunen genom att vårda våra höga natur- och kulturmiljövärden. Bostadsutvecklingen ska vara '
        'ett prioriterat område med ett breddat utbud som motsvarar behov och förväntningar hos dagens och morgondagens '
        'invånare. Kombinationen av staden, tätorterna och landsbygden är en unik tillgång som måste värnas för att vara '
        'långsiktigt hållbara och ge invånarna ett tryggt liv med hög livskvalité.'],
     'Nämndmål', [('Bevara och utveckla Simrishamns och Österlens attraktivitet genom möjligheterna i kulturarvet, '
                   'kulturmiljön, kulturlivet och landskapets värden.', None),
                  ('Arbeta för en livskraftig landsbygd.', None)],
     [('Arbeta för en livskraftig landsbygd.', [
         ('Utveckla friluftsliv samt kultur- och fritidsaktiviteter för barn och ungdomar i samarbete med föreningar '
          'verksamma på landsbygden.', 0.9,
          'Under året hade fritidsenheten sökt samarbeten med föreningar på landsbygden kopplat till sommarverksamheten '
          'och fortsatte arbetet under hösten 2025 inom ramen för ALF-projektet. Fritidsenheten samverkade även med '
          'befintliga kommunala verksamheter som bedriver aktiviteter för barn och unga på landsbygden samt med '
          'civilsamhället och föreningslivet.'),
         ('Öka tillgängligheten till fler fornlämningar och kulturmiljöer på hela Österlen och därmed sprida '
          'intresserade kommuninvånare och turister i landskapet.', 1.0,
          'Projektet genomfört och avslutat för 2025. Nya medel från länsstyrelsen har sökts inför 2026. Diskussion om '
          'utökat samarbete med Socialförvaltningen och att Se och vårda kan spela en roll i införandet av '
          'aktivitetskravet.'),
         ('Dialogmöten översiktsplanen: Att med biblioteket och bokbussen som plattform erbjuda dialogmöten kring planen '
          'i samarbete med samhällsbyggnadsförvaltningen.', 1.0,
          'Förslaget till ny översiktsplan har ställts ut på biblioteket. Vid dialogmöte presenterade kommunens '
          'översiktsplanerare planen och arbetet framöver. Möjlighet att ställa frågor ge synpunkter gavs. Arrangemanget '
          'var välbesökt. På bokbussen har biblioteket informerat om de olika hållpunkterna för möjlighet till att dels '
          'få information om planen och dels att lämna synpunkter eller delta vid samråd.'),
         ('Landsbygdsbibblan: Undersöka förutsättningar för projektet Landsbygdsbibblan för att nå ut med bibliotekets '
          'tjänster till fler barn, unga och föräldrar utanför centralorten, exempelvis genom så kallat '
          'kapprumsbibliotek på förskolor samt uppsökande och läsfrämjande verksamhet på fritids.', 1.0,
          'Biblioteket har undersökt förutsättningar för Landsbygdsbibblan genom att bland annat besöka fritidshemmen i '
          'kommunen för att arbeta läsfrämjande med barn och unga utanför centralorten. Bokbussen har "poppat upp" på '
          'fritidsgårdar i byar. Inför sommaren besöktes alla fritidsgårdar för att sprida läsglädje via Sommarboken '
          '(ett samarbete med Läsa äger).')]),
      ('Bevara och utveckla Simrishamns och Österlens attraktivitet genom möjligheterna i kulturarvet, kulturmiljön, '
       'kulturlivet och landskapets värden.', [
         ('Lokal litteraturfestival: Undersöka möjligheterna att i samarbete med lokala aktörer inom KKB arrangera en '
          'litteraturfestival.', 1.0,
          'För att stärka den lokala litteraturscenen på Österlen och att skapa ett levande nätverk mellan alla som '
          'arbetar med, eller intresserar sig för, litteratur lokalt på olika sätt har en lokal litteraturfestival '
          'arrangerats under namnet Österlen lyser och läser. Dessa dagar anordnades Bokfika, panelsamtal med '
          'Österlen-författare, Öppen scen för samtal om böcker samt skrivarworkshop. Litteraturfestivalen Östelen Läser '
          'genomfördes enligt plan under evenemanget Österlen Lyser 2025.'),
         ('Tillgängliggöra Österlens materiella och immateriella kulturarv genom digitalisering av samlingarna, svara på '
          'allmänhetens frågor samt öka allmänhetens möjligheter att själva söka i samlingarna. Genom samverkan med '
          'samhällsbyggnadsförvaltningen verka för att kulturmiljön ses som en resurs.', 1.0,
          'Digitaliseringsarbetet har fortsatt och flera nya föremålsgrupper har publicerats på webben. Antalet frågor '
          'från allmänheten har ökat.')])]),
    ('09 Klimatanpassning', [
        'Kommunen måste utvecklas så att en beredskap finns att anpassa sig i lämplig takt till klimatförändringarna '
        'utan att alltför allvarliga skador och förluster sker, samt med bibehållen säkerhet för människors liv och '
        'hälsa. I klimatanpassningsarbetet beskrivs förutsättningar och förväntade effekter av generellt högre '
        'temperatur, tidsvisa torkperioder, ökad nederbörd, plötsliga skyfall, översvämning, stigande havsnivåer och '
        'förändrade vattenflöden, ras, skred och erosion, påverkan på naturmiljöer och mänskliga hälsopåfrestningar.',
        'Extremväder är vanligare idag. Det är tydligt att vi, de senaste decennierna, ser ett både varmare och mer '
        'nederbördsrikt klimat jämfört mot referensperioden 1961–1990. I jämförelse med den globala '
        'temperaturförändringen är förändringen i Sverige ungefär dubbelt så stor. Det har förekommit varma och blöta '
        'perioder i Sverige under 1900-talet men inte i samma utsträckning som skett under 2000-talet. Temperatur- och '
        'nederbördsvariationen har ökat för alla säsonger.'],
     'Nämndmål', [('Skapa bred samverkan mellan lokalkunskap, forskning, näringsliv och utbildning avseende '
                   'klimatanpassning.', None),
                  ('Utbilda och informera om klimatförändringarna, dess orsaker och följder, samt nödvändiga '
                   'samhällsanpassningar till ett förändrat klimat.', None)],
     [('Skapa bred samverkan mellan lokalkunskap, forskning, näringsliv och utbildning avseende klimatanpassning.', [
         ('Hållbar museiträdgård, utställningsproduktion och museibutik genom fokus på torktåliga och lokala '
          'kulturväxter, återbruk samt värnande om hantverk och hantverkstraditioner på Österlen.', 1.0,
          'Planerade delar av museiträdgården har omskapats med torktåliga växter. I byggande av utställningar och '
          'skapande av kreativa verkstäder har andelen återbrukat material ökat.')]),
      ('Utbilda och informera om klimatförändringarna, dess orsaker och följder, samt nödvändiga samhällsanpassningar '
       'till ett förändrat klimat.', [
         ('Anpassning av återvinning: Informera om, och i samarbete med ÖKRAB utbilda om nödvändigheten av den mer '
          'effektiva sopsorteringen och återvinningen som införs i kommunen framöver. Detta genom olika barnaktiviteter '
          'som sagostunder, teater, workshops, samt övrig kunskapsspridning via biblioteket och bokbussen.', 1.0,
          'I biblioteket har genomförts aktiviteter inför det nya sättet att sortera sopor på. Under april månad lästes '
          'sagor om sopsamlarmonster och i Skapa-avdelningen kunde barnen därefter skapa själva. I samarbete med Ökrab '
          'har små sorteringskärl ställts ut för att informera om hur sortering skall ske. Barnteatern SKROT behandlade '
          'ämnet återbruk utifrån ett barnperspektiv.'),
         ('Kartlägga och tillgängliggöra de kulturmiljöer längs med Simrishamns kommuns kust och vid åmynningar som '
          'riskerar att skadas eller försvinna på grund av ett förändrat klimat.', 0.9,
          'Planerad inventering och fyndsammanställning är genomförd enligt plan. Fattas inmatning i kartlager i '
          'kommunens GIS. Detta har inte varit möjligt på grund av resursbrist på samhällsbyggnadsförvaltningen. '
          'Förväntas bli klart under våren 2026.')])]),
    ('10 Hälsa och välbefinnande', [
        'En god hälsa är en grundläggande förutsättning för människors möjlighet att nå sin fulla potential och att '
        'bidra till samhällets hållbara utveckling. Det innebär att alla ska ha samma möjligheter till en god hälsa. '
        'Hälsan är generellt sett god bland befolkningen, men det finns skillnader mellan olika socioekonomiska grupper '
        'sett till hälsa och livslängd. Om fler invånare har en god hälsa ökar deras möjligheter till delaktighet och '
        'att bli en bidragande del i vårt samhälle inom ramen för sina egna förutsättningar. Genom att se till att alla '
        'har likvärdiga möjligheter att nyttja hälsofrämjande service, tjänster, aktiviteter och platser, liksom ett '
        'effektivt förebyggande och hälsofrämjande arbete, kan vi se till att så att alla invånare har en god hälsa och '
        'ett gott välbefinnande.'],
     'Nämndmål', [('Motverka ofrivillig ensamhet och psykisk ohälsa.', None),
                  ('Skapa goda förutsättningar för barn och unga att växa upp till ansvarstagande och demokratiska '
                   'medborgare i syfte att skapa delaktighet och ökad känsla av sammanhang.', None)],
     [('Motverka ofrivillig ensamhet och psykisk ohälsa.', [
         ('Stärka föreningarnas kunskap kring ofrivillig ensamhet och psykisk ohälsa genom dialog och föreläsning om '
          'ledare som lyssnar.', 1.0,
          'Två gemensamma informationsträffar för föreningar genomfördes i samarbete mellan allmänkulturverksamheten och '
          'fritidsenheten och RF-SISU. Den ena - som fokuserade på att motverka ofrivillig ensamhet och psykisk ohälsa - '
          'var en utbildningskväll riktad till ledare som arbetar med barn och unga på fritiden. Utbildningen "Ledare som '
          'lyssnar", framtagen av Folkhälsomyndigheten, syftade till att stärka deltagarna i rollen som viktiga vuxna i '
          'ungas liv. Kvällen varvade föreläsning och workshop med samtal, diskussioner och arbete med fallbeskrivningar. '
          'Fokus låg på att uppmärksamma varningssignaler, stärka aktiva deltagare, belysa könsskillnader i psykiskt '
          'mående samt tydliggöra vad ledare kan och bör göra. Enklare fika erbjöds till deltagarna.'),
         ('Erbjuda aktiviteter där barn och ungdomar som redan har eller skulle kunna utveckla gemensamma '
          'fritidsintressen får möjligheten att träffa varandra och skapa nya kontakter.', 1.0,
          'Inom ramen för pilotprojektet Tillsammans för en aktiv fritid jobbar vi med detta mål sedan februari 2025. '
          'Syftet är att ge barn och unga en aktiv fritid. En meningsfull fritid för barn och unga i årskurs 4-6 som '
          'komplement till vår ordinarie verksamhet med samma syfte och möjligheter. Under hösten är målet att detta '
          'projekt fortsatt ska ledda till att mellanstadiebarn i centrala Simrishamn erbjuds kostnadsfria och '
          'organiserade fritidsaktiviteter efter skoltid en gång per vecka och per skola. Målet är fortsätta samverka '
          'med föreningslivet i denna satsningen för att öka intresset för deras verksamheter och möjliggöra en aktiv '
          'fritid för barn och unga.'),
         ('Initiera långsiktigt projekt med kulturhälsoslingor i Österlens byar. Ett folkhälsoprojekt för att öka lokal '
          'stolthet över platsen, anledning att röra på sig, ge turister och intresserade fler platser att besöka. '
          'Samverkansprojekt med socialförvaltningen, samhällsbyggnadsförvaltningen, kommunledningsförvaltningen och '
          'lokala föreningar och byalag.', 0.9,
          'Museet har under året 2025 fört dialog med invånare från Gärsnäs i form av informationsinsamlingsträffar med '
          'föreningar och skola. Grunden för kulturhälsoslingar är delvis klar. Återstående arbete sker i samarbete med '
          'samhällsbyggnadsförvaltningen som inte haft resurser att slutföra den sista delen av projektet. Förväntas bli '
          'klart i början av 2026.'),
         ('Språksamhet för integration och språkutveckling: Regionalt finansierat projekt för att stärka nyanländas '
          'möjligheter att snabbt och effektivt integreras, genom att etablera en stark stödstruktur för språklig och '
          'kulturell inlärning. Samarbete med bland annat Svenska för invandrare, Komvux, Familjecentralen och '
          'integrationsenheten.', 1.0,
          'Biblioteket har genomfört projekt "Språksamhet i Simrishamn" (med stöd från Region Skåne) som riktat sig till '
          'människor med annat modersmål än svenska med syfte att stödja språkinlärning och kulturell integration. För '
          'att skapa en stark stödstruktur har projektet bedrivits i nära samarbete med SFI, Komvux, Familjecentralen '
          'och kommunens integrationsenhet. I projektet har bland annat anordnats workshops, sagostunder och teater för '
          'barn på arabiska.'),
         ('Möjliggöra och underlätta för sociala verksamheter att nå fler: Underlätta för flera olika verksamheter att '
          'använda biblioteket som plattform för att nå ut med sitt arbete. Exempelvis genom att möjliggöra att olika '
          'tjänster förläggs i biblioteket, som samtalskaféer.', 1.0,
          'Under året har besökare på biblioteket kunnat träffa omsorgshandläggare från socialförvaltningen för att '
          'kunna ställa frågor om t ex hemtjänst, dagverksamhet, särskilt boende med mera. Ett par dagar i veckan har man '
          'också haft möjlighet att mötas kring ett samtalsbord, anordnat av kommunens samordnare för möten och '
          'gemenskap. Varje vecka har Språkcafé genomförts med hjälp av volontärer.')]),
      ('Skapa goda förutsättningar för barn och unga att växa upp till ansvarstagande och demokratiska medborgare i '
       'syfte att skapa delaktighet och ökad känsla av sammanhang.', [
         ('Projekt Livsviktig läsning: Undersöka förutsättningar för genomförandet av ett flerårigt statligt finansierat '
          'projekt (Livsviktig läsning) som syftar till att, via delaktighet och samverkan med både civilsamhälle och '
          'kommunal verksamhet, få 13–25 åringar i områden med socioekonomiska utmaningar att inte bara läsa mer, utan '
          'även att komma fram till att läsning är livsviktigt, för individen likväl som det demokratiska samhället.',
          1.0,
          'Projekt Livsviktig läsning (med stöd från Kulturrådet) har genomförts under året. Fokus har legat på olika '
          'relationsskapande aktiviteter med målgruppen 13-25-åringar där delaktighetsmetoder undersökts, studiebesök '
          'genomförts och målgruppens behov och livsvillkor kartlagts. Metoder för läsfrämjande har tagits fram, där '
          'vikt läggs på både inre motivation (identifikation, medskapande, stolthet, läsande förebilder) och yttre '
          'motivation (att nå insikt om hur stor roll läsning och läsförmåga kan påverka individ och samhälle).\n'
          'Uppsökande, relations- och läsfrämjande verksamhet har genomförts utanför centralorten i de socioekonomiskt '
          'svagare byarna. Bokbussen har besökt fritidsgårdarna i Borrby, Gärsnäs och Hammenhög och har även tillsammans '
          'med Bénka-dí bedrivit uppsökande verksamhet i Gärsnäs och Sankt Olof. Alla fritidshem med ”Läsa '
          'Äger”-ferierarbetare har besökts av bokbussen. Författarsamtal (Norah Khalil) med eftersnack har genomförts '
          'liksom CV-skola.'),
         ('Breddat programutbud för barn och unga samt om barn och ungas villkor genom kulturhistoriska visningar, '
          'kreativa verkstäder, samtidskonst och berättelser om vår tids unga.', 1.0,
          'Utbudet har breddats och de öppna verkstäderna på de olika loven har varit fler och riktats till olika '
          'målgrupper. Ändringen från att åk 8 till att åk 9 ska besöka museiverksamheten har varit mycket positivt. '
          'Samtliga klasser i åk 9 besökte museet 2025.')])]),
    ('17 Partnerskap och samverkan', [
        'Partnerskap och samverkan för hållbarhet har potential att bidra till uppnående av flertalet av de övriga '
        'fokusområdena. Simrishamns kommun ligger i ett av Skånes hörn, och är ett fönster ut mot Östersjön och de andra '
        'länderna runt omkring. Nationellt och regionalt handlar det om att samverka med alla typer av aktörer och '
        'intressenter med samma syften och mål för att få inspiration, kraft och gehör för våra ambitioner. Lokalt '
        'handlar det om att organisera de krafter som finns för att tillsammans effektivt arbeta mot samma mål.'],
     'Nämndmål', [('Söka och utveckla samverkansformer med relevanta offentliga aktörer och intressenter med samma mål.',
                   None),
                  ('Kommunicera hållbarhet med kommunmedlemmar, föreningar, organisationer och företag.', None)],
     [('Söka och utveckla samverkansformer med relevanta offentliga aktörer och intressenter med samma mål.', [
         ('Utveckla samverkan kring kommunens brottsförebyggande åtgärder med fokus på barn och unga.', 1.0,
          'Biblioteket deltar i flera olika samverkansgrupper med fokus på brottsförebyggande arbete gällande barn och '
          'unga. Ett särskilt fokus läggs på Valfisken och möjligheten till att skapa en trygg fysisk miljö för barn och '
          'unga. Vidare har en samverkansgrupp för lovaktiviteter bildats för att samordna de aktiviteter som erbjuds '
          'under årets olika lov.'),
         ('Ökat samarbete kring museifrågor, kulturmiljövård och demokratifrågor i sydöst.', 1.0,
          'Samverkan har skett med med länsstyrelsen, Regionmuseet i Kristianstad, Glimmingehus (staten), klostret i '
          'Ystad och en rad föreningar. Museet har inom samverkan bland annat deltagit i mässa i Danmark samt genomfört '
          'fullbokade aktiviteter i samband med främst byggnadsvårdsåret 2025.')]),
      ('Kommunicera hållbarhet med kommunmedlemmar, föreningar, organisationer och företag.', [
         ('Medborgarhörna: Undersöker kommunens behov av en ”medborgarhörna” där andra kommunala verksamheter, på '
          'biblioteket och med hjälp av biblioteksmedarbetarna, lättare kan nå ut med information om olika kommunala '
          'tjänster för att skapa förståelse och välvilja samt sprida kunskap om hållbarhet och kommunen i stort.', 1.0,
          'Biblioteket har undersökt behov och möjligheter till så kallad Medborgarhörna. Informationsträffar och '
          'dialogmöten har genomförts på biblioteket i samarbete med Samhällsbyggnadsförvaltningen gällande Rörums '
          'strand, Snurringen, Översiktsplanen och Cykelvägar. Träffarna har varit välbesökta och uppskattade av både '
          'besökare och förvaltning. Träffarna har varit ett led i att använda biblioteket som arena för att nå ut med '
          'samhällsinformation.'),
         ('Erbjuda föreläsning och utbildning för föreningar med egen anläggning, inriktning hållbarhet på och i den '
          'egna anläggningen.', 0.8,
          'Klimatrådgivare sjukskriven under hösten. Föreläsning har ej kunna genomföras.')])]),
]


def f69(name):
    wb = Workbook(); s = Sheet(wb, 'Måluppföljning', first=True)
    ws = s.ws
    s.row(['Måluppföljning'], font=Font(bold=True, size=16, color='1F5FA8'))
    s.row(['Ekonomin sätter gränsen för verksamhetens omfattning'], bold=True)
    st = []
    hdr = None
    for heading, prose, goal_word, goals, acts in SIM_BLOCKS:
        if heading:
            s.row([heading], bold=True)
            for p in prose:
                s.row([p], wrap=True)
                s.merge(s.r, 0, s.r, 2)
        s.blank()
        h = s.row([goal_word, None, 'Bedömning'], fills={0: SIM_HEAD, 1: SIM_HEAD, 2: SIM_HEAD})
        for c in (1, 3):
            ws.cell(row=h, column=c).font = WHITE_BOLD
        s.merge(h, 0, h, 1)
        hdr = hdr or h
        for g, comment in goals:
            r = s.row([g], fills={0: SIM_ROW, 1: SIM_ROW, 2: SIM_GREEN}, wrap=True)
            s.merge(r, 0, r, 1)
            st.append('green')
            if comment:
                s.row(['Kommentar:\n' + comment], wrap=True)
                s.merge(s.r, 0, s.r, 2)
        if acts:
            s.blank()
            h = s.row(['Aktivitet', 'Status', 'Färdiggrad'], fills={0: SIM_HEAD, 1: SIM_HEAD, 2: SIM_HEAD})
            for c in (1, 2, 3):
                ws.cell(row=h, column=c).font = WHITE_BOLD
            for group, rows in acts:
                r = s.row([group], bold=True, fills={0: SIM_ROW, 1: SIM_ROW, 2: SIM_ROW}, wrap=True)
                s.merge(r, 0, r, 2)
                for text, done, comment in rows:
                    r = s.row([text, '✓', done], wrap=True, fills={1: SIM_GREEN})
                    ws.cell(row=r, column=2).font = Font(bold=True, color='FFFFFF')
                    ws.cell(row=r, column=2).alignment = Alignment(horizontal='center', vertical='top')
                    ws.cell(row=r, column=3).number_format = ';;;'   # a bar without a printed number
                    st.append('green')
                    s.row(['Kommentar:\n' + comment], wrap=True, fills={0: SIM_ROW, 1: SIM_ROW, 2: SIM_ROW})
                    s.merge(s.r, 0, s.r, 2)
    ws.conditional_formatting.add('C1:C%d' % s.r, DataBarRule(start_type='num', start_value=0, end_type='num',
                                                             end_value=1, color=SIM_GREEN, showValue=False))
    s.widths([80, 10, 16])
    meta = dict(
        source='github:kentlundgren/AI Bokslut_2025/Bokslut_2025.pdf@65d0662fe302715a90e78e93d4cecde36f7c719b '
               '(a copy of Simrishamns kommun, Kultur- och fritidsnämnden, "2025 Årsbokslut", document footer '
               '"2025 ÅRSBOKSLUT 2026-02-01.DOCX"; section "Måluppföljning", PDF pages 25-32 = "SID 24-31 (36)")',
        organisation='Simrishamns kommun, Kultur- och fritidsnämnden',
        country='Sweden', language='sv',
        document='Årsbokslut 2025 för kultur- och fritidsnämnden – Måluppföljning (verksamhetsmål, nämndmål per '
                 'fokusområde, aktiviteter med status och färdiggrad; Stratsys-style export)',
        year=2025, sheet='Måluppföljning', header_row=hdr, status_column=None, item_column='A',
        how_status_is_shown='icons only, no legend in the document: each goal has a green shape in the far-right '
                            '"Bedömning" column (column C here, reproduced as a filled cell without text); each '
                            'activity has a green round icon with a white check in "Status" (column B, reproduced as '
                            'a green cell holding "✓") and a progress bar in "Färdiggrad" (column C, a data bar on a '
                            'hidden fraction: 1.0 full, 0.9 or 0.8 where the bar has a dark tail). Colours decoded from '
                            'the PDF images: #99CC00.',
        vocabulary={'green icon in Bedömning (goal)': 'green', 'green check icon in Status (activity)': 'green',
                    'Färdiggrad bar (progress, not a status)': 'not a status'},
        period_read='2025 (årsbokslut)', expected=counts(st),
        notes=('STATUS ONLY AS ICONS, TWO KINDS OF ITEM IN TWO COLUMNS: the section has two goal tables without '
               'activities (Verksamhetsmål, 2 goals with a "Kommentar:" row each) and five fokusområden (04, 08, 09, 10, '
               '17) each with a heading, prose, a Nämndmål table (1-2 goals, Bedömning in the far-right column) and an '
               'Aktivitet table (Aktivitet | Status | Färdiggrad) in which every goal is repeated as a bold GROUP ROW '
               '(not an item) above its activities, and every activity is followed by a "Kommentar:" row. Items = 11 '
               'goals + 22 activities = 33, all green (pdfimages: the 11 goal icons are one image object, the 22 '
               'status icons another, all #99CC00). TRAPS: (1) goal status is in column C, activity status in column '
               'B, and column C of activity rows is a progress bar; (2) four bars are not full (0.9: friluftsliv, '
               'Kartlägga kulturmiljöer, kulturhälsoslingor; 0.8: "Erbjuda föreläsning ...") but the status icon is '
               'still green - the progress is not the status; (3) the last activity\'s comment says "Föreläsning har ej '
               'kunna genomföras." under a green check - counted green, as the icon says. The bar fractions are '
               'measured from the bar images (159/177 and 142/177 green pixels), the PDF prints no number. '
               'ALTERNATIVES: goals only 11/0/0/0/0; activities only 22/0/0/0/0. Source typos kept ("kulturmijöer", '
               '"Östelen Läser", "med med", "ska ledda"). Page furniture (footers "SID nn (36)", photo captions) left '
               'out; the repeated table headers after page breaks were not kept (they belong to the same table). '
               'Colours of header rows (blue) and shaded rows are approximations of the PDF. Simrishamn is not among '
               '01-68.'))
    save(wb, name, meta)


# ------------------------------------------------------------------ 70 Kauhava, tytäryhteisöjen tavoitteet 2024
def kauhava_card(s, goal, measure, assessment, extra=(), goal2=None):
    """One goal card: Tavoite | Toimenpide/mittari / values / Arviointi .. Tila / assessment .. Valmis / extra lines."""
    s.row(['Tavoite', 'Toimenpide/mittari'], bold=True)
    s.row([goal, measure], wrap=True)
    s.row(['Arviointi', None, 'Tila'], bold=True)
    s.row([assessment, None, 'Valmis'], wrap=True)
    for e in extra:
        s.row([e], wrap=True)
    s.blank()


def f70(name):
    wb = Workbook(); s = Sheet(wb, '2.1 Konserni', first=True)
    s.row(['2 Talousarvion toteutuminen'], font=H1)
    s.row(['2.1 Kuntakonsernille asetettujen tavoitteiden toteutuminen'], font=H2)
    s.row(['Kaupunginvaltuusto on asettanut vuoden 2024 talousarviossa tavoitteet sekä koko kuntakonsernille että '
           'kullekin tytäryhtiölle.'], wrap=True)
    s.row(['Koko konsernille asetettiin tavoitteeksi neljä talouden tunnuslukua tavoitetasoineen. Tunnuslukutavoitteet '
           'asetettiin tarkoituksena varmistaa konsernin talouden tasapaino.'], wrap=True)
    s.row(['Konsernille asetetut tavoitteet', 'TA2024', 'TP2024', 'TP2023', 'TP2022'], bold=True)
    for r in [('Konsernin vuosikate poistoista, %:a', 'yli 80', 142.8, 123.8, 133.5),
              ('Konsernin omavaraisuusaste, %:a', 'yli 25', 31.9, 32.2, 26.0),
              ('Konsernin lainat ja vuokravastuut, €/asukas', 'alle 12.000', 9716, 9228, 11258),
              ('Konsernin laskennallinen lainanhoitokate', 'yli 0,8', 0.9, 1.0, 0.9)]:
        s.row(list(r))
        for c in (3, 4, 5):
            cell = s.ws.cell(row=s.r, column=c)
            cell.number_format = '#,##0' if isinstance(cell.value, int) else '0.0'
    st = ['green'] * 4
    s.row(['Kuten taulukosta näkyy, konsernille asetetut tunnuslukutavoitteet toteutuivat.'])
    s.blank()
    # --- Kauhavan Jäähalli Oy
    s.row(['Kauhavan Jäähalli Oy'], font=H2)
    s.row(['Liikevaihtoa kertyi tilikautena 125 t€. Jäähallin käyttö lisääntyi hieman, jääaikaa myytiin nyt 1140 '
           'tuntia. Toiminnan kulut kasvoivat edellisestä vuodesta 9 t€, ollen nyt 154 t€. Poistojen 34 t€ ja '
           'rahoituskulujen 19 t€ jälkeen tulos painui tappiolle 9 t€.'], wrap=True)
    s.row(['Jääajan myynti ja muut tulot eivät kata edelleenkään hoitokuluja. Yhtiö sai kaupungilta lyhytaikaista '
           'kassalainaa maksuvalmiutensa ylläpitämiseen.'], wrap=True)
    s.row(['Taloudelliset tavoitteet'], bold=True)
    hdr = s.r + 1
    kauhava_card(s, 'Taloudellinen tulos', 'Vähintään nollatulos', 'Ei toteutunut, tappio 8.941 €'); st.append('red')
    kauhava_card(s, 'Käyttötuntihinta', 'Hyväksytään energian korkeaan hintaan perustuen hoitokustannukset\nalittava '
                 'tuntihinta vuodelle 2024.', 'Toteutui'); st.append('green')
    kauhava_card(s, 'Yhtiön vakavaraisuus vahvistuu', 'Omavaraisuusaste vähintään 22 % vuonna 2025.', 'Toteutui')
    st.append('green')
    s.row([None, None, '57/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    kauhava_card(s, 'Yhtiön maksuvalmius on hyvä', 'Quick ratio – tunnusluvun arvo vähintään 0,5.', 'Ei toteutunut')
    st.append('red')
    s.row(['Toiminnalliset tavoitteet'], bold=True)
    kauhava_card(s, 'Käyttötunnit: vähintään 1100 tun-\ntia.', None, 'Toteutui, nyt 1140 tuntia'); st.append('green')
    # --- Kauhavan Vesi Oy
    s.row(['Kauhavan Vesi Oy'], font=H2)
    s.row(['Tarkastelujakso on ollut yhtiön toiminnan kannalta kiireinen suurien investointien ja useiden muiden '
           'hankkeiden myötä.'], wrap=True)
    s.row(['Yhteistyössä Kauhavan kaupungin kanssa yhtiö on osallistunut kaava-alueiden infra-rakennushankkeisiin, '
           'merkittävin kaava-alueiden rakennushankkeista on ollut Rengon alueen rakentamisen kolmas vaihe. Neljännen '
           'vaiheen rakennustyöt alkoivat kesällä.'], wrap=True)
    s.row([None, None, '58/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    s.row(['Taloudelliset tavoitteet'], bold=True)
    kauhava_card(s, 'Taloudellinen tulos', 'Voitollinen.\n\nTuottotavoite: 5 % sijoitetulle pääomalle.\n\nYhtiö maksaa '
                 'osinkoa 6 % sijoitetulle pääomalle.', 'Tavoitteet toteutuvat'); st.append('green')
    kauhava_card(s, 'Yhtiön vakavaraisuus', 'Omavaraisuusaste yli 20 %.', 'Toteutuu.', ['Omaraisuusaste n. 60 %'])
    st.append('green')
    kauhava_card(s, 'Yhtiön tulorahoitus riittää lainoihin\nja korvausinvestointeihin', 'Rahoitustulos positiivinen.',
                 'Toteutuu'); st.append('green')
    kauhava_card(s, 'Yhtiön maksuvalmius on hyvä', 'Quick ratio–tunnusluvun arvo on vähintään 1,0.', 'Toteutuu-',
                 ['Quick ratio 2,6']); st.append('green')
    s.row([None, None, '59/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    kauhava_card(s, 'Investoinnit', 'Tavanomaiset, vuotuiset investoinnit rahoitetaan tulorahoituksella.\n\n'
                 'Merkittävät toiminnan laajennus-, laitos- yms. investoinnit voidaan rahoittaa lainalla.\n\nKaupunki ei '
                 'osallistu yhtiön investointien rahoittamiseen lukuun ottamatta kaupungin vesihuolto-omaisuuden '
                 'mahdollista siirtämistä yhtiölle.', 'Toteutuu.',
                 ['Tavanomaiset, vuotuiset investoinnit rahoitetaan tulorahoituksella.\nInvestoinnit ovat toteutuneet '
                  'tavoitteiden mukaisesti.\nYhtiön tavanomaiset vuotuiset investoinnit on pääsääntöisesti rahoitettu '
                  'tulorahoituksella. Myös suurin osa tavanomaisesta poikkeavista uudisrakentamiskohteista ja '
                  'saneerauskohteista on rahoitettu tulorahoituksella.',
                  'Merkittävät toiminnan laajennus-, laitos- yms. investoinnit voidaan rahoittaa lainalla.\nYhtiö on '
                  'rahoittanut kahta suurinta hanketta lainalla.',
                  'Kaupunki ei osallistu yhtiön investointien rahoittamiseen.\nKaupunki ei ole osallistunut yhtiön '
                  'investointien rahoittamiseen.']); st.append('green')
    s.row(['Toiminnalliset tavoitteet'], bold=True)
    kauhava_card(s, 'Toimintavarmuus', 'Yksittäisen vedenjakelukatkoksen enimmäispituus 12 tuntia.', 'Toteutuu.',
                 ['Yksittäisten vedenjakelukatkoksen enimmäispituus on ollut alle 12 tuntia.']); st.append('green')
    kauhava_card(s, 'Veden laatu', 'Talousvesi täyttää talousvesiasetuksen (461/2000) mukaiset terveysperusteiset sekä '
                 'laatusuosituksien mukaiset laatuvaatimukset.',
                 'Pääsääntöisesti toteutuu Kauhavan Vesi Oy:n ja Lappavesi Oy:n laitoksilla tuotetun talousveden osalta. '
                 'Jatkuvan tai jaksoittaiset verkostonäytteet ovat olleet talousveden laatuvaatimuksien mukaisia. '
                 'Laatusuosituksien mukaisia raja-arvoissa on ollut hetkellisiä ylityksiä raudan ja mangaanin osalta. '
                 'Poikkeamiin on reagoitu välittömästi prosessimuutoksin.'); st.append('yellow')
    kauhava_card(s, 'Jätevedenpuhdistamojen toiminta', 'Puhdistettu jätevesi täyttää viranomaisten ja lupaehtojen '
                 'vaatimukset.', 'Puhdistettu jätevesi on pääsääntöisesti täyttänyt viranomaisten ja lupaehtojen '
                 'vaatimukset. Jätevedenpuhdistamot täyttävät Valtioneuvoston asetuksessa 888/2006 esitettyjä '
                 'vaatimuksia jätevesien käsittelylle.'); st.append('yellow')
    s.row([None, None, '60/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    kauhava_card(s, 'Vuotovesien määrää pyritään vähentämään', 'Jätevesiverkostoja saneerataan Kauhavan, Kortesjärven '
                 'ja Voltin puhdistamojen käsittelypiirissä olevien verkostojen osalta vuotovesimäärän pienentämiseksi.'
                 '\n\nMittari vuotovesikerroin, tavoitearvo 2.', 'Tavoite ei kaikilta osin toteudu.',
                 ['Vuotovesimääriä ja niiden syitä on kartoitettu. Yhtiö on kartoittanut alueellisista vuotovesimääriä ja '
                  'syitä jätevesipumppaamojen virtaamatrendien sekä sadanta- ja lumitietoihin perusteella. '
                  'Jätevesiverkoston tarkempi mallinnus on aloitettu toimintavuoden aikana.\nJätevedenpuhdistamojen '
                  'piirissä oleviin jätevesiverkostoihin on tehty mm. kuvantamisia ja savukokeita, joiden perusteella '
                  'jätevesiverkostoja on kunnostettu ja tullaan jatkossa saneeraamaan.\nYhtiö yhdessä Kauhavan kaupungin '
                  'kanssa suorittanut asuntoalueiden aluesaneerauksia. Saneerauksissa uusitaan vesi-, jätevesi- ja '
                  'hulevesiverkostot. Lisäksi kiinteistöjen liitynnät po. verkostoihin uusitaan kokonaisuudessaan. '
                  'Viemäriverkostoa on saneerattu mm. sujuttamalla. Tulevaisuudessa yhtiö tulee jatkamaan '
                  'viemäriverkoston saneerauksia sujuttamalla.\nSuurimmat vuotovedet eivät Kauhavan Vesi Oy:n '
                  'näkemyksen mukaan johdu viemäriverkoston kunnosta vaan viemäriverkostoon johdetuista kuivatus- ja '
                  'hulevesistä.']); st.append('yellow')
    # --- Kauhavan Vuokra-asunnot Oy
    s.row(['Kauhavan Vuokra-asunnot Oy'], font=H2)
    s.row(['Kauhavan Vuokra-asunnot Oy vastaa konsernin vuokra-asuntokannasta.'], wrap=True)
    s.row(['Yhtiön haasteena on toiminnan sopeuttaminen alenevan käyttöasteen tilanteeseen ja samanaikaisesti vastata '
           'asuntokannan modernisointitarpeeseen.'], wrap=True)
    s.row(['Yhtiölle asetetut tavoitteet koskevat myös Kauhavan Vuokra-asunnot Oy:n tytäryhtiötä As Oy Kau-havan '
           'Jokihovi, As Oy Tilhentupa 1 ja 2 sekä As Oy Kauhavan Jokiniityntie 23.'], wrap=True)
    s.row(['Taloudelliset tavoitteet'], bold=True)
    kauhava_card(s, 'Tilikauden tulos', 'Lievästi voitollinen.\n\nYhtiöillä ei ole lakisääteistä velvollisuutta maksaa '
                 'osinkoa kaupungille.\nMahdolliset tuotot käytetään asuntokannan modernisointiin',
                 'Toteutui, tulos 6.299 €'); st.append('green')
    s.row([None, None, '61/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    kauhava_card(s, 'Yhtiön vakavaraisuus paranee', 'Omavaraisuusaste yli 12 % vuonna 2025.', 'Toteutui, nyt 12,1 %')
    st.append('green')
    kauhava_card(s, 'Yhtiöiden maksuvalmius on hyvä', 'Quick ratio – tunnusluvun tavoitearvo vähintään 0,5.',
                 'Ei toteutunut, quick ratio alle 0,1'); st.append('red')
    kauhava_card(s, 'Yhtiön tulorahoitus riittää lainoihin\nja korvausinvestointeihin', 'Rahoitustulos vähintään nolla.',
                 'Toteutui, rahoitustulos 690 t€'); st.append('green')
    kauhava_card(s, 'Vieraan pääoman määrä', 'Enintään 500 euroa / vuokrattu m²',
                 'Toteutui, lainamäärä nyt 421 €/vuokrattava m2'); st.append('green')
    s.row(['Toiminnalliset tavoitteet'], bold=True)
    kauhava_card(s, 'Asukkaille tarjotaan viihtyisä ja\nturvallinen asuinympäristö', 'Asuntokannan modernisointi.',
                 'Toteutui, mitattu KOVA:n toteuttamalla asiakastyytyväisyyskyselyllä'); st.append('green')
    kauhava_card(s, 'Tilojen käyttöaste', 'Käyttöaste pidetään yli 90 %:ssa.', 'Toteutui, käyttöaste 2024 vuonna 91,6%')
    st.append('green')
    kauhava_card(s, 'Päätöksen saaminen asuntohake-\nmukseen', 'Enintään 7 päivää hakemuksen jättämisestä.', 'Toteutui')
    st.append('green')
    s.row([None, None, '62/157']); s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    kauhava_card(s, 'Yhtiö pyrkii kiihdyttämään asunto-\ntuotantoa hankkimalla asuntoja al-\nkavista kohteista.', None,
                 'Toteutui, 2024 vuonna valmistui/ostettiin 7 asunto-osaketta'); st.append('green')
    kauhava_card(s, 'Yhtiö tarjoaa asumispalveluita\nmaahanmuuttajille.', None, 'Toteutui, asiakaspalvelussa 2 henkilöä')
    st.append('green')
    s.widths([55, 60, 12, 10, 10])
    meta = dict(
        source='github:FoxRav/kuntaparse data/Kauhava-Tilinpaatos-2024.pdf@4bc6e9722ef85b8f5a0e86a6d5918e9f8f909036 '
               '(a copy of Kauhavan kaupunki, Tilinpäätös 2024; section 2.1, pages 57-62 of 157)',
        organisation='Kauhavan kaupunki (City of Kauhava) – konserni and three subsidiaries',
        country='Finland', language='fi',
        document='Tilinpäätös 2024 – 2.1 Kuntakonsernille asetettujen tavoitteiden toteutuminen (group targets and the '
                 'goals set for Kauhavan Jäähalli Oy, Kauhavan Vesi Oy and Kauhavan Vuokra-asunnot Oy)',
        year=2024, sheet='2.1 Konserni', header_row=hdr, status_column=None, item_column='A',
        how_status_is_shown='each goal is a small card: header "Tavoite | Toimenpide/mittari", the goal and its measure, '
                            'header "Arviointi ... Tila", then the assessment as a sentence in column A ("Toteutui", '
                            '"Ei toteutunut, tappio 8.941 €", "Toteutuu-", "Pääsääntöisesti toteutuu ...", "Tavoite ei '
                            'kaikilta osin toteudu.") and "Valmis" under "Tila" in column C. The four group targets are '
                            'a table with TA2024 vs TP2024 and one sentence saying all were met.',
        vocabulary={'Toteutui / Toteutuu / Toteutuu. / Toteutuu- / Tavoitteet toteutuvat (+ result)': 'green',
                    'Pääsääntöisesti toteutuu / on pääsääntöisesti täyttänyt': 'yellow',
                    'Tavoite ei kaikilta osin toteudu.': 'yellow',
                    'Ei toteutunut (+ result)': 'red',
                    'Tila: Valmis (the entry is finished - a stage, not an assessment)': 'not a status'},
        period_read='2024 (tilinpäätös; TA2024 vs TP2024)', expected=counts(st),
        notes=('CARDS WITH A SENTENCE STATUS AND A TRAP "TILA" COLUMN: 24 goal cards under three company headings, '
               'split into "Taloudelliset tavoitteet" and "Toiminnalliset tavoitteet", each card with its own two header '
               'rows; plus the group table of 4 key-figure targets. Items = 4 + 24 = 28: 22 green, 3 yellow, 3 red. '
               'The column headed "Tila" (= status!) holds "Valmis" on every card: it says the entry is done, not '
               'whether the goal was met - a reader taking "Tila" as the status column gets 28 x the same word. '
               'JUDGEMENT: (1) the 4 group rows are green from the sentence "konsernille asetetut '
               'tunnuslukutavoitteet toteutuivat" (the values agree: 142,8 > 80, 31,9 > 25, 9.716 < 12.000, 0,9 > 0,8); '
               'without them 24 items 18/3/3/0/0. (2) "Pääsääntöisesti toteutuu" (water quality, short exceedances of '
               'iron and manganese) and "on pääsääntöisesti täyttänyt" (waste water) read as partly met -> yellow; '
               'green is defensible (then 24/1/3/0/0). (3) "Tavoite ei kaikilta osin toteudu." -> yellow. (4) "Toteutuu-" '
               '(stray dash) and "Omaraisuusaste" (typo) kept as printed; "Ei toteunut" typo appears only in the next '
               'company (left out). Items whose measure cell is empty (the goal sentence fills the Tavoite cell and '
               'wraps) are kept with hyphenated line breaks as printed ("tun-\\ntia"). Page footers "57/157" and '
               'running heads "Tilinpäätös 2024" kept where they fall; the company prose was shortened only where '
               'a paragraph runs on after the ones shown for Vesi Oy (its long narrative paragraphs before the first '
               'card were left out) - no goal rows were left out between the first and the last card. The section '
               'goes on with Kauhavan Yrityskiinteistöt Oy and other companies (left out). Kauhava is not among 01-68.'))
    save(wb, name, meta)


# ------------------------------------------------------------------ 71 Seinäjoki, toteutumisvertailu, coloured balls
BALL = {1: '00B050', 2: 'FFA500', 3: 'FF0000', 4: '000000'}


def money(s, title, rows):
    s.row(['Tulosalue', title], font=H2)
    s.row([title.upper()], bold=True)
    s.row(['Talous', None, 'Talousarvio €', 'Toteutuma €', 'Poikkeama €'], bold=True)
    for r in rows:
        s.row(list(r))


def goal_block(s, valinta, tavoite, ta_goal, tilanne, measures, st):
    s.row(['Strateginen valinta', valinta, 'Strateginen tavoite', tavoite], bold=False, fills={0: 'B4C6E7', 2: 'B4C6E7'},
          wrap=True)
    s.ws.cell(row=s.r, column=1).font = BOLD; s.ws.cell(row=s.r, column=3).font = BOLD
    s.row(['Talousarviotavoite', None, 'Tilannekuvaus ja riskiarvio'], bold=True, fills={0: 'B4C6E7', 2: 'B4C6E7'})
    s.row([ta_goal, None, tilanne], wrap=True)
    s.merge(s.r, 0, s.r, 1)
    s.row(['Mittari/mittarit', 'Nykyarvo', 'Tavoitearvo', 'Toteuma-arvo'], bold=True,
          fills={0: 'B4C6E7', 1: 'B4C6E7', 2: 'B4C6E7', 3: 'B4C6E7'})
    for m, nyk, tav, tot, ball, status in measures:
        fills = {4: BALL[ball]} if ball else None
        s.row([m, nyk, tav, tot, None, ball], fills=fills, wrap=True)
        st.append(status)
    s.blank()


def f71(name):
    wb = Workbook(); s = Sheet(wb, '8.1 Konsernipalvelut', first=True)
    s.row(['II TOTEUTUMISVERTAILU'], font=H1)
    s.row(['8.1 Käyttötalouden ja tavoitteiden toteutumiset'], font=H2)
    s.blank()
    s.row(['Palvelukeskus', 'KONSERNIPALVELUT'], bold=True)
    st = []
    money(s, '100 Vaalit', [('Toimintatulot', 'Alkuperäinen', 420000), (None, 'Yhteensä', 420000, 368762, -51238),
                            ('Toimintamenot', 'Alkuperäinen', 605700), (None, 'Yhteensä', 605700, 529973, 75727),
                            ('Netto (Toimintakate)', None, -185700, -161211, 24489)])
    s.row(['Toiminta-ajatus'], bold=True)
    s.row([None, 'Vaalit hoidetaan vaalilainsäädännön edellyttämällä tavalla.'])
    hdr = s.r + 4
    goal_block(s, None, None, 'Vuoden 2024 Presidentinvaalien ja Eu-parlamenttivaalien toteuttaminen vaalilain '
               'säädösten edellyttämällä tavalla.', 'Molemmat vaalit toteutettu vaalilainsäädännön edellyttämällä '
               'tavalla.', [('…', '…', '…', '…', 1, 'green')], st)
    money(s, '120 Tarkastustoimi', [('Toimintatulot', 'Alkuperäinen', 200), (None, 'Yhteensä', 200, 375, 175),
                                    ('Toimintamenot', 'Alkuperäinen', 192100), ('Kv 22.4. §26', 'Muutos', -4000),
                                    ('Kv 9.12. §98', 'Muutos', 3100), (None, 'Yhteensä', 191200, 203437, -12237),
                                    ('Netto (Toimintakate)', None, -191000, -203062, -12062)])
    s.row([None, None, None, None, None, 76]); s.row(['Toteutumisvertailu'], font=ITALIC)
    s.row(['Toiminta-ajatus'], bold=True)
    s.row([None, 'Tarkastuslautakunnan tehtävät määritellään kuntalaissa ja Seinäjoen kaupungin hallintosäännössä. '
                 'Tarkastustoimi valmistelee ja esittelee asiat tarkastuslautakunnalle sekä suorittaa sisäistä '
                 'tarkastusta ja konsultointia.'], wrap=True)
    goal_block(s, 'Hyvän johtamisen ja tasapainoisen talouden Seinäjoki', 'Kaupunkikonsernin palvelut tukevat koko '
               'kaupungin onnistumista', 'Arviointikertomuksen vaikuttavuus. Arviointikertomuksessa esitetyt havainnot '
               'johtavat toiminnan tuloksellisuutta kehittäviin toimenpiteisiin.',
               'Kaupunginhallitus antoi vastauksen arviointikertomuksessa 2023 esitettyihin havaintoihin ja suosituksiin '
               'kokouksessaan 28.10.2024. Annettujen vastausten perusteella voidaan todeta, että 77 % raportoiduista '
               'havainnoista ja suosituksista johtivat konkreettisiin toimenpiteisiin. Arviointikertomuksen 2022 osalta '
               'vastaava osuus oli 75 % ja taulukossa esitetty nykyarvo 77 % perustuu arviointikertomukseen 2021.',
               [('Suhteellinen osuus arviointikertomuksen havainnoista, jotka ovat johtaneet kehitystoimenpiteisiin.',
                 '77 %', '70–100 %', '77 %', 1, 'green')], st)
    goal_block(s, 'Hyvän johtamisen ja tasapainoisen talouden Seinäjoki', 'Kaupunkikonsernin palvelut tukevat koko '
               'kaupungin onnistumista', 'Sisäisen tarkastuksen vaikuttavuus. Sisäisen tarkastuksen raportoinnissa '
               'esitetyt merkittävät havainnot johtavat sisäistä valvontaa kehittäviin toimenpiteisiin vuoden sisällä '
               'raportoinnista.',
               'Tilikauden 2023 aikana raportoiduista sisäisen tarkastuksen havainnoista ja suosituksista on laadittu '
               'jälkiseuranta tilikauden 2024 alussa ja saatujen vastausten mukaan 50 % raportoiduista havainnoista ovat '
               'johtaneet sisäisen tarkastuksen antamien suositusten mukaisiin toimenpiteisiin. Toteuma-arvo ei '
               'kuitenkaan anna täysin oikeaa kuvaa, koska niissä havainnoissa ja suosituksissa, jotka eivät ole '
               'johtaneet toimenpiteisiin tai toimenpiteet on suoritettu vain osittain, perusteena on ollut '
               'tarkastuskohteen aikataululliset haasteet ja toimenpiteet suoritetaan vuoden 2025 aikana tai myöhemmin. '
               'Sisäisen tarkastuksen antamat suositukset tultaneen siten toteuttamaan 100 %:sti, mikäli seuranta-aika '
               'olisi pidempi kuin vuosi.\n\nVuonna 2023 raportoiduista sisäisen tarkastuksen havainnoista '
               'jatkoseurantaan jääneistä 75 % johti suositusten mukaisiin toimenpiteisiin.',
               [('Suhteellinen osuus niistä sisäisen tarkastuksen raportoimista havainnoista, jotka ovat johtaneet '
                 'kehitystoimenpiteisiin.', '…', '70–100 %', '50 %', 3, 'red')], st)
    s.row([None, None, None, None, None, 77]); s.row(['Toteutumisvertailu'], font=ITALIC)
    money(s, '130 Yleishallinto', [('Toimintatulot', 'Alkuperäinen', 2000400), ('Kv 27.5. §45', 'Muutos', -1000000),
                                   ('Kv 9.12. §98', 'Muutos', 4722000), (None, 'Yhteensä', 5722400, 5805607, 83207),
                                   ('Toimintamenot', 'Alkuperäinen', 6024800), ('Kv 22.4. §26', 'Muutos', -31000),
                                   ('Kv 9.12. §98', 'Muutos', 333000), (None, 'Yhteensä', 6326800, 5445916, 880884),
                                   ('Netto (Toimintakate)', None, -604400, 359691, 964091)])
    s.row(['Toiminta-ajatus'], bold=True)
    s.row([None, 'Valtuusto vastaa kaupungin toiminnasta ja taloudesta sekä käyttää päätösvaltaa kuntalain '
                 'edellyttämällä tavalla. Kaupunginhallitus vastaa kaupungin hallinnosta ja taloudenpidosta ja muista '
                 'kuntalain edellyttämistä tehtävistä.'], wrap=True)
    goal_block(s, None, None, 'Velkaantumisen ja toimintakatteen kasvun taittaminen. Talous on kestävällä tasolla.',
               'Talous ei ole vielä kestävällä tasolla. Vuonna 2024 talouden tunnusluvuissa kehitys on ollut '
               'sopeutustoimien toteutusten myötä parempaa kuin edellisvuonna, mutta tulos on yhä alijäämäinen '
               'emokaupungissa ja vain hieman ylijäämäinen kaupunkikonsernissa.\n\nLainamäärä on yhä korkealla tasolla '
               'sekä määrällisesti että asukaskasta kohden.\n\nTalouden vahvistamista on tärkeää jatkaa 2025–2028 sekä '
               'tuloskehityksen parantamiseksi että lainamäärän vähentämiseksi.',
               [('Toimintakate, muutos %', 'Vuotuinen toimintakate-kasvu on ollut vuoden 2019 jälkeen n. 4 %/vuosi',
                 'Enint. 2,0 %:n vuotuinen toimintakate-kasvu', 'Oikaistu toimintakate vahvistunut noin 1,9 %. '
                 'Oikaisussa huomioitu kertaluontoinen, merkittävä alaskirjaus Aallokosta (TP2023).', 1, 'green'),
                ('Emokaupungin velkamäärä euroa/asukas', '4 970 (TP2022)', '4 900', '5 529', 2, 'yellow'),
                ('Konsernin velkamäärä euroa/ asukas', '9 335 (TP2022)', '9 900', '9179', None, 'missing')], st)
    s.row([None, None, None, None, None, 78]); s.row(['Toteutumisvertailu'], font=ITALIC)
    money(s, '140 Hallintopalvelut', [('Toimintatulot', 'Alkuperäinen', 483400), (None, 'Yhteensä', 483400, 518588, 35188),
                                      ('Toimintamenot', 'Alkuperäinen', 1431000), ('Kv 22.4. §26', 'Muutos', -25000),
                                      (None, 'Yhteensä', 1406000, 1326448, 79552),
                                      ('Netto (Toimintakate)', None, -922600, -807860, 114740)])
    s.row(['Toiminta-ajatus'], bold=True)
    s.row([None, 'Tulosalueen tehtävänä on valtuuston ja kaupunginhallituksen asioiden valmistelu sekä päätösten '
                 'laillisuusvalvonta ja täytäntöönpano. Tulosalue tarjoaa kaupunkikonsernille yleishallinnon ja '
                 'lakiasiain palveluja sekä toimistopalveluja. Lisäksi tulosalue huolehtii omistajapolitiikan- ja '
                 'ohjauksen tehtävistä.\n\nMaaseutupalvelujen tehtävänä on maaseudun elinvoimaisuuden säilyttäminen ja '
                 'kehittäminen hoitamalla sille laissa säädetyt maaseutuelinkeinoviranomaisen tehtävät. Seinäjoen '
                 'yhteistoiminta-alueeseen kuuluvat Seinäjoen lisäksi Lapua, Ilmajoki, Isokyrö ja Kuortane.\n\n'
                 'Viljelijätukihallinnossa toimitaan EU:n ohjelmakausien mukaisessa toimintaympäristössä. Seinäjoen '
                 'kaupungin maaseutupalvelut käsittelee ja maksaa maataloustukia EU:n ja valtion varoista noin 83 milj. '
                 'euroa vuodessa, josta Seinäjoen kaupungin osuus 30,2 milj. euroa.'], wrap=True)
    goal_block(s, 'Hyvän johtamisen Seinäjoki', 'Laadukkaat palvelut, hyvän johtamisen kaupunki',
               'Päätösvalmistelun tavoitteena ovat laadukkaat palvelut ja asianhallinnan korkea taso.\n\n'
               'Omistajaohjauksen toteuttaminen kaupungin kokonaisetu huomioiden.\n\nMonistus-, postitus ja '
               'puhelinpalveluiden toteuttaminen määräaikoja noudattaen.\n\nMaaseutupalveluiden tuottaminen '
               'lainsäädännön mukaisesti.',
               'Uusia ohjelmia ja järjestelmiä on hankittu laadun lisäämiseksi ja sähköisen asianhallinnan '
               'kehittämiseksi.\n\nKonsernin sisäistä yhteistyötä on parannettu kaupunkikonsernin kokonaisedun '
               'huomioimiseksi.\n\nPalvelut on tuotettu sovitussa aikataulussa.\n\nMaaseutupalvelut on tuotettu '
               'lainsäädännön edellyttämällä tavalla ja maataloustuet maksettu säädösten mukaisesti',
               [('…', '…', '…', '…', 1, 'green')], st)
    s.row([None, None, None, None, None, 79]); s.row(['Toteutumisvertailu'], font=ITALIC)
    money(s, '150 Henkilöstöpalvelut', [('Toimintatulot', 'Alkuperäinen', 114800), ('Kv 22.4. §26', 'Muutos', 15000),
                                        (None, 'Yhteensä', 129800, 105443, -24357),
                                        ('Toimintamenot', 'Alkuperäinen', 2838400), ('Kv 22.4. §26', 'Muutos', -50000),
                                        ('Kv 21.10. §81', 'Muutos', -6800), (None, 'Yhteensä', 2781600, 2621832, 159768),
                                        ('Netto (Toimintakate)', None, -2651800, -2516389, 135411)])
    s.row(['Toiminta-ajatus'], bold=True)
    s.row([None, 'Henkilöstöpalvelut- tulosalueen tehtävänä on kaupungin ja kaupunkikonsernin henkilöstöpolitiikan '
                 'koordinointi, keskitettyjen henkilöstöhallinnon palvelujen tuottaminen, henkilöstösuunnittelu, '
                 'henkilöstöjaoston asioiden valmistelu, esittely ja pöytäkirjanpitäminen. Tulosalueen tehtävä on '
                 'virka- ja työehtosopimusten edellyttämä paikallinen neuvottelutoiminta ja sopiminen. Lisäksi '
                 'tulosalueen tehtävänä on työsuojelun yhteistoiminnan järjestäminen, kehittäminen ja ylläpitäminen sekä '
                 'työturvallisuuden koordinointi ja kehittäminen.'], wrap=True)
    hv = 'Hyvän johtamisen ja tasapainoisen talouden Seinäjoki'
    osaava = 'Osaava henkilöstö tekee yhdessä työtä kuntalaisten parhaaksi hyvin johdetussa organisaatiossa.'
    goal_block(s, hv, osaava, 'Uusi alkava esihenkilökoulutus ryhmä vuosittain', None,
               [('Uusi esihenkilökoulutusryhmä alkaa', 'kyllä', 'kyllä', 'kyllä', 1, 'green')], st)
    goal_block(s, hv, osaava, 'Henkilöstön kouluttautumista tuetaan vahvasti ja tarkoituksenmukaisesti', None,
               [('Ka. 3 koulutuspäivää/työntekijä', 'alle 1', '3', '2,84', 2, 'yellow'),
                ('Hyödynnetään sidosryhmien tarjoamia koulutuksia aktiivisesti', 'kyllä', 'kyllä', 'kyllä', 1, 'green')],
               st)
    s.row([None, None, None, None, None, 80]); s.row(['Toteutumisvertailu'], font=ITALIC)
    goal_block(s, hv, 'Henkilöstön varhainen tukeminen on työpaikan jokapäiväistä toimintaa, jossa johtaminen on '
               'keskeisessä asemassa.', 'Työkyvyttömyyskustannusten osuus alle 2 %palkkakustannuksista', None,
               [('Työkyvyttömyyskustannusten osuus alle 2 %palkkakustannuksista', '1,7 %', 'alle 2 %', '…', 4,
                 'missing')], st)
    goal_block(s, hv, 'Seinäjoen kaupungilla on tekemisen meininki. Jokaisella työntekijällä on mahdollisuus ilmaista '
               'itseään, tuoda esiin asiantuntijuuttaan ja kehittää omaa osaamistaan', 'Tyytyväinen henkilöstö', None,
               [('NPS yli 10', '9', '10', '11', 1, 'green')], st)
    s.widths([44, 22, 24, 26, 4, 4])
    meta = dict(
        source='github:FoxRav/kuntaparse data/Seinäjoki-Tilinpaatos-2024.pdf@4bc6e9722ef85b8f5a0e86a6d5918e9f8f909036 '
               '(a copy of Seinäjoen kaupunki, Tilinpäätös 2024; "8.1 Käyttötalouden ja tavoitteiden toteutumiset", '
               'Konsernipalvelut tulosalueet 100-150, printed pages 75-80; the ball legend is on printed page 17)',
        organisation='Seinäjoen kaupunki (City of Seinäjoki) – palvelukeskus Konsernipalvelut',
        country='Finland', language='fi',
        document='Tilinpäätös 2024 – II Toteutumisvertailu, 8.1 Käyttötalouden ja tavoitteiden toteutumiset '
                 '(per tulosalue: money table, toiminta-ajatus, goal blocks with measures)',
        year=2024, sheet='8.1 Konsernipalvelut', header_row=hdr, status_column='F', item_column='A',
        how_status_is_shown='a coloured ball (column E, reproduced as a fill) followed by its number (column F): 1 green, '
                            '2 orange, 3 red, 4 black. The legend is NOT in this section; it is on page 17 of the same '
                            'report: "Vihreä (1) = Toteutunut v. 2024 / Oranssi (2) = Toteuma hieman alle tavoitteen v. '
                            '2024 / Punainen (3) = Toteuma merkittävästi alle tavoitteen v. 2024" (no 4).',
        vocabulary={'1 (vihreä)': 'green', '2 (oranssi)': 'yellow', '3 (punainen)': 'red',
                    '4 (black ball, not in the legend; Toteuma-arvo "…")': 'missing',
                    '(no ball, no number)': 'missing'},
        period_read='2024 (Toteuma-arvo)', expected=counts(st),
        notes=('REPEATED BLOCK LAYOUT WITH A BALL + NUMBER: five tulosalueet (100 Vaalit, 120 Tarkastustoimi, 130 '
               'Yleishallinto, 140 Hallintopalvelut, 150 Henkilöstöpalvelut), each a money table (Talous | Talousarvio € '
               '| Toteutuma € | Poikkeama €, with "Kv 22.4. §26 Muutos" amendment rows) followed by one or more goal '
               'blocks (Strateginen valinta / Strateginen tavoite / Talousarviotavoite / Tilannekuvaus ja riskiarvio / '
               'Mittari/mittarit | Nykyarvo | Tavoitearvo | Toteuma-arvo). Items = measure rows = 12: 7 green, 2 yellow, '
               '1 red, 2 missing. JUDGEMENT: (1) two measure rows are only "…" in every cell but carry ball 1 (Vaalit, '
               'Hallintopalvelut) - counted as items (green): the ball assesses the talousarviotavoite above; (2) '
               '"Konsernin velkamäärä euroa/ asukas" 9179 vs 9 900 has NO ball and no number in the PDF -> missing '
               '(the value would be green if computed); (3) ball 4 (black) is not in the legend and its Toteuma-arvo is '
               '"…" -> missing; (4) 2 = "slightly below target" -> yellow. The money tables hold numbers (Poikkeama '
               'with signs) that must not be read as statuses; the number column F holds only 1-4. Text kept as '
               'printed: "asukaskasta", "%palkkakustannuksista", "Henkilöstöpalvelut- tulosalueen", "Eu-parlamenttivaalien" '
               '(hyphen from a line break kept as printed: "Eu-"). Page numbers and the running head "Toteutumisvertailu" '
               'kept where they fall (as rows). Empty Strateginen valinta/tavoite values in the Vaalit and Yleishallinto '
               'blocks are empty in the PDF. The next tulosalue (160 Talouspalvelut, statuses "Ei toteutunut: ... '
               'Toteutunut: ..." inside the value cell) was left out. Seinäjoki is not among 01-68.'))
    save(wb, name, meta)


# ------------------------------------------------------------------ 72 Kauhava, tarkastuslautakunta: status in prose lines
def f72(name):
    wb = Workbook(); s = Sheet(wb, 'Tarkastuslautakunta', first=True)
    s.row([None, None, None, None, None, None, '73/157'])
    s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    s.row(['Tarkastuslautakunta'], font=H1)
    s.row(['Talousarvion toteutuminen'], font=H2)
    s.row([None, None, None, None, 'TA', None, None], bold=True)
    s.row([None, 'Alkuperäinen', None, None, 'muutosten', None, None], bold=True)
    s.row([None, 'TA', 'TA Muutokset', None, 'jälkeen', 'Toteutuma', 'Poikkeama'], bold=True)
    for r in [('TOIMINTATUOTOT', 0, 0, None, 0, 0, 0), ('Myyntituotot', 0, 0, None, 0, 0, 0),
              ('Maksutuotot', 0, 0, None, 0, 0, 0), ('Tuet ja avustukset', 0, 0, None, 0, 0, 0),
              ('Muut toimintatuotot', 0, 0, None, 0, 0, 0),
              ('TOIMINTAKULUT', -42170, 0, None, -42170, -44842, -2672),
              ('Henkilöstökulut', -16570, 0, None, -16570, -11829, 4741),
              ('Palkat ja palkkiot', -13200, 0, None, -13200, -10850, 2350),
              ('Henkilösivukulut', -3370, 0, None, -3370, -979, 2391),
              ('Palvelujen ostot', -24800, 0, None, -24800, -32656, -7856),
              ('Aineet, tarvikkeet ja tava-\nrat', 0, 0, None, 0, 0, 0), ('Avustukset', 0, 0, None, 0, 0, 0),
              ('Muut toimintakulut', -800, 0, None, -800, -357, 443)]:
        s.row(list(r))
    s.blank()
    s.row(['Tarkastuslautakunnan määräraha ylittyi 2.671,77 eurolla. Toteumaan sisältyy tilikauden 2023 tarkastuksesta '
           'KPMG Oy:lle maksettu palkkio kokonaisuudessaan ja marraskuun 2024 loppuun mennessä kertynyt tilikauden 2024 '
           'tarkastuspalkkio sekä tarkastuslautakunnan sihteerin palkkio.'], wrap=True)
    s.row(['Valtuustoon nähden tilivelvollinen viranhaltija on hallintojohtaja.'])
    s.row([None, None, None, None, None, None, '74/157'])
    s.row([None, 'Tilinpäätös 2024'], font=ITALIC)
    hdr = s.row(['Tavoitteiden toteutuminen ja toiminta'], font=H2)
    st = []
    s.row(['1. Jatkuvasti laadukas ja hyödyllinen arviointitoiminta (=arviointiprosessi)'])
    for b in ['·     Vuoden 2023 arviointikertomuksen laadinta ja tilintarkastuksen toteuttaminen sekä tilinpäätöksen '
              'hyväksymisen valmistelu kaupunginvaltuustolle kesäkuun 2024 kokoukseen',
              '·     Arviointikertomus valmistuu 25.5. mennessä', '·     ”Puhdas” tilintarkastuskertomus']:
        s.row([None, b], wrap=True)
    s.blank()
    s.row([None, 'Toteutuminen: Toteutui osittain']); st.append('yellow')
    s.row([None, '− Tarkastuslautakunta on allekirjoittanut ja käsitellyt arviointikertomuksen kokouksessaan 29.5.2024. '
                 'Tilinpäätöksen hyväksymistä, tilintarkastuskertomusta sekä vastuuvapauden myöntämistä tilivelvollisille '
                 'tarkastuslautakunta käsitteli 4.6.2024. Arviointikertomus, tilinpäätös ja vastuuvapauden myöntäminen on '
                 'käsitelty valtuustossa 17.6.2024.'], wrap=True)
    s.row([None, '− Kaupunki sai vuodelta 2023 "puhtaan" tilintarkastuskertomuksen.'])
    s.blank()
    s.row(['2. Tilintarkastustoiminnan ohjaaminen'])
    for b in ['·   Lakisääteisen tilintarkastuksen toteutuksen varmistaminen',
              '·   Vähintään 40 % tarkastuksesta on vastuunalaiseksi nimetyn tilintarkastajan suorittamaa']:
        s.row([None, b], wrap=True)
    s.blank()
    s.row([None, 'Toteutuminen: Ei toteutunut kaikilta osin.']); st.append('yellow')
    s.row([None, '− Lakisääteinen tilintarkastuksen toteutuksen varmistaminen toteutui.'])
    s.row([None, '− Tilikauden 2023 tilintarkastuksesta vain 17,7 prosenttia toteutettiin vastuunalaisen '
                 'tilintarkastajan suorittamana. Tarkastus laskutettiin kokonaan vuoden 2024 puolella. Tilikauden 2024 '
                 'tarkastuksesta ajalla 8-12/2024 suoritettiin vain 14,7 prosenttia vastuunalaisen tarkastajan toimesta. '
                 'Näin ollen tilintarkastussopimukseenkin sisältyvä tavoite ei toteutunut.'], wrap=True)
    s.blank()
    s.row(['3. Tilintarkastuspalvelua koskevan sopimuksen ehtojen toteutuminen'])
    s.row([None, '· Sopimusehtojen toteutumisen tarkastelu vuosittain'])
    s.blank()
    s.row([None, 'Toteutuminen: Tarkastuslautakunta ei vielä ole tarkastellut sopimusehtojen toteutumista.\nOn kuitenkin '
                 'todennettavissa, että sopimusehdot eivät kaikilta osin toteudu.'], wrap=True); st.append('yellow')
    s.blank()
    s.row(['Toimintasuunnitelman toteutuminen'], font=H2)
    for p in ['Tarkastuslautakunta kokoontui vuoden aikana yhdeksän kertaa ja käsitteli 50 asiaa.',
              'Tarkastuslautakunnan keskeisin hanke keväällä oli kesäkuussa valtuuston käsittelyssä olleen vuoden 2023 '
              'arviointikertomuksen valmistelu.',
              'Kaupungin saama ”puhdas” tilintarkastuskertomus vuodelta 2023 on lautakunnan tavoitteiden mukainen.',
              'Kaupungin tilintarkastajana toimii KPMG Oy Ab. Sopimus kattaa tilikaudet 2023–2026. Tarkastuslautakunnan '
              'sihteeripalvelu on ostettu tilintarkastusyhteisöltä. Sopimus on voimassa 30.6.2027 saakka.',
              'Kaupungin vastuunalaisena tilintarkastajana on toiminut 31.7.2024 saakka JHT, HM Helena Järvenpää sekä '
              'siitä alkaen JHT, KHT Elina Hämäläinen. Tilikauden 2024 tarkastuksesta on vastannut myös JHT, KHT Elina '
              'Pesonen, joka aloitti vastuunalaisena tilintarkastajana 1.3.2025.']:
        s.row([p], wrap=True)
    s.row([None, None, None, None, None, None, '75/157'])
    s.widths([60, 70, 12, 4, 12, 12, 12])
    meta = dict(
        source='github:FoxRav/kuntaparse data/Kauhava-Tilinpaatos-2024.pdf@4bc6e9722ef85b8f5a0e86a6d5918e9f8f909036 '
               '(a copy of Kauhavan kaupunki, Tilinpäätös 2024; 2.2 Käyttötalouden toteutuminen, '
               'Tarkastuslautakunta, pages 74-75 of 157)',
        organisation='Kauhavan kaupunki – Tarkastuslautakunta (audit committee)',
        country='Finland', language='fi',
        document='Tilinpäätös 2024 – 2.2 Käyttötalouden toteutuminen, Tarkastuslautakunta: Talousarvion toteutuminen, '
                 'Tavoitteiden toteutuminen ja toiminta',
        year=2024, sheet='Tarkastuslautakunta', header_row=None, status_column=None, item_column='A',
        how_status_is_shown='no table: each goal is a numbered line ("1. ...") with bullet lines, then an indented line '
                            '"Toteutuminen: <verdict>" (column B) and dash lines of explanation; the verdicts are '
                            '"Toteutui osittain", "Ei toteutunut kaikilta osin." and a two-sentence answer that the '
                            'committee has not yet reviewed it but the terms are evidently not met in all respects',
        vocabulary={'Toteutui osittain': 'yellow', 'Ei toteutunut kaikilta osin.': 'yellow',
                    'ei vielä ole tarkastellut ... eivät kaikilta osin toteudu': 'yellow',
                    'Toteutui / Toteutuu (not on this sheet)': 'green', 'Ei toteutunut (not on this sheet)': 'red'},
        period_read='2024', expected=counts(st),
        notes=('GOALS AS A NUMBERED LIST WITH "Toteutuminen:" LINES, UNDER A MONEY TABLE: the sheet opens with the '
               'committee\'s budget table (three-line header "TA / Alkuperäinen ... muutosten jälkeen / Toteutuma / '
               'Poikkeama", signed amounts) - no items there. Items = the 3 numbered goals. JUDGEMENT: (1) "Toteutui '
               'osittain" -> yellow; (2) "Ei toteutunut kaikilta osin." (one part met, the 40 % share not: 17,7 % and '
               '14,7 %) -> yellow as "not met in all respects"; red is defensible because the dash line ends "tavoite ei '
               'toteutunut" (then 0/2/1/0/0); (3) "not yet reviewed, but evidently not met in all respects" -> yellow; '
               'missing is defensible (then 0/2/0/0/1). Bullets "·" and dashes "−" kept as printed, with their spaces; the '
               'indented lines are put in column B. Page numbers "73/157" ... and the running head "Tilinpäätös 2024" '
               'kept as rows. The budget table header cells are placed as the three printed header lines. Same report '
               'as 70, other section and layout. Kauhava is not among 01-68.'))
    save(wb, name, meta)


if __name__ == '__main__':
    f69('69_simrishamn-kfn-maluppfoljning-ikoner-2025')
    f70('70_kauhava-tytaryhteisot-tavoitteet-2024')
    f71('71_seinajoki-toteutumisvertailu-pallot-2024')
    f72('72_kauhava-tarkastuslautakunta-toteutuminen-2024')
