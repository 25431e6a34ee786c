"""Regenerate the round-16 layout fixtures 81..82 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round16 && /work/main/.venv/bin/python build.py

Both fixtures come from Kungsbacka kommun, Nämnden för Kultur & Fritid, as kept in the public
repository github:moggleif/kommunhandlingar (Markdown conversions of the PDFs published on
kungsbacka.se: the committee's 'handlingar' for 2024-02-21 and 2025-02-19, each holding the
committee's årsredovisning). The text below was read from the stored Markdown (read_file); the
status words are the source's own. Long comment paragraphs are shortened to their first
sentence(s) and end in ' …' where cut (see README.md). Expected counts were decided by hand.
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)
HEAD = 'D9E1F2'     # light blue header of indicator tables (approximation)
LABEL = 'F2F2F2'    # grey label cells of the key-value blocks (approximation)

NOT = 'Vi har inte nått målet men är på rätt väg'
NADD = 'Vi har nått målet'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


VOCAB = {NADD: 'green', NOT: 'yellow'}

KF_GOALS = {
    '3.1': ('En attraktiv kommun att bo, verka och vistas i',
            '- I Kungsbacka finns attraktiva bostäder för olika behov, generationer och livsstilar.\n'
            '- Kungsbacka har välkomnande och trygga miljöer.\n'
            '- I Kungsbacka finns mötesplatser för samvaro, rekreation, upplevelser och kreativa utbyten.\n'
            '- I Kungsbacka är man trygg och får en god omsorg när man behöver stöd för att få livet att fungera'),
    '3.2': ('En hållbar utveckling och en hälsosam miljö',
            '- Kungsbacka växer med en långsiktigt hållbar ekonomi.\n'
            '- Kungsbacka ska verka för ett fossilfritt och cirkulärt samhälle\nsom också skyddar och främjar biologisk mångfald.\n'
            '- Kungsbacka ska verka för ett socialt hållbart samhälle.\n'
            '- Unga i Kungsbacka mår bra såväl fysiskt som psykiskt.'),
    '3.3': ('Bästa företagsklimatet i Västsverige',
            '- Kommunen är en möjliggörare för entreprenörer och företagsamma människor.\n'
            '- I Kungsbacka får vi nya arbetstillfällen och snabb etablering både för individer och företag genom samverkan\nmellan näringsliv och utbildning.'),
    '3.4': ('I Kungsbacka utvecklas vi hela livet',
            '- Barn och ungdomar utvecklas för att nå sin fulla kapacitet och god självkänsla.\n'
            '- I Kungsbacka stärks individens och familjens egen förmåga att ta hand om sitt liv.'),
    '3.5': ('Ett medskapande samhälle och öppen attityd',
            '- I Kungsbacka skapar vi förutsättningar för invånare, kunder och företag att vara medskapande i att utforma det\ngoda livet.\n'
            '- Invånare, företag och besökare känner sig alltid välkomna, sedda och korrekt bemötta i kontakt med\nkommunen.\n'
            '- Digitaliseringen gör att vi hittar smartare tjänster och effektivare arbetssätt.\n'
            '- Kungsbacka kommun är en attraktiv arbetsgivare med modiga och medskapande medarbetare och ledare.'),
}


def kv(s, label, value, status=False):
    r = s.row([label, value], fills={0: LABEL}, wrap=True)
    s.ws.cell(row=r, column=1).font = Font(bold=True)
    return r


def indicator_table(s, header, rows):
    s.row(header, bold=True, fills={i: HEAD for i in range(len(header))})
    for row in rows:
        s.row(row, wrap=True)


def kf_block(s, num, status, summary):
    name, fokus = KF_GOALS[num]
    s.row([f'{num} {name}'], font=H2)
    kv(s, 'Beslutats av', 'Kommunfullmäktige')
    kv(s, 'Fokusområden', fokus)
    kv(s, 'Kommunövergripande bedömning', status)
    kv(s, 'Sammanfattning av nämndens arbete med målet', summary)


def nmd_block(s, num, name, formulering, status, comment):
    s.row([f'{num} {name}'], font=Font(bold=True))
    kv(s, 'Beslutats av', 'Nämnd')
    kv(s, 'Nämndens formulering', formulering)
    kv(s, 'Nämndens bedömning', status)
    kv(s, 'Kommentar på nämndmål', comment)


# ------------------------------------------------------------------ 81 Kungsbacka KFT årsredovisning 2023
def build_81():
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([46, 90, 10, 10, 10, 10, 10])
    s.row(['Nämnden för Kultur & Fritid                      Kungsbacka kommun'], font=ITALIC)
    s.row(['Nämndens årsredovisning 2023'], font=ITALIC)
    s.row(['3 Uppföljning mål'], font=H1)
    st = []
    H5 = ['Indikatorer', 'Utfall 2020', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Målvärde 2023']

    kf_block(s, '3.1', NOT,
             '•  Ung i Kungsbacka har startat mötesplats idrott och hälsa för årskurs 7-9 på flera skolor i kommunen;\n'
             'Åsa, Varla, Kolla och Skårby. …\n'
             '•  Vi erbjuder också Mötesplats idrott junior där äldre ungdomar, men handledning av\n'
             'ungdomskonsulenter, leder yngre barn från 7 år i spontana fysiska aktiviteter på några skolor i\nkommunen. …\n'
             '•  Vi behöver utöka herrgruppen inom Senior i Kungsbacka, på grund av ökat besökarantal. …\n'
             '•  Unga deltagare i Friskvårds- & Aktivitetsgruppen har varit med som referensgrupp i\n'
             'samhällsplaneringen för en ny parkmiljö i kommunen, … \n'
             '•  Barn och unga i Friskvårds- & Aktivitetsgruppen, kan efter bedömning, få förtur till aktiviteter på\nKulturskolan.\n'
             '•  För att även de med särskilda behov ska känna sig välkomna har biblioteken arbetat med riktade insatser\n'
             'i rummet och programverksamheten. …\n'
             '•  I januari projektanställdes en evenemangsansvarig, med syfte att genomlysa och utveckla\nevenemangsfrågan och planera inför den nya arenan. …\n'
             '•  Under hela året 2023 har Kultur & Fritid arrangerat utbildningar kring hbtqi och ett jämlikt och icke-\n'
             'diskriminerande bemötande. …\n'
             '•  Inom ramen för BRÅ-samordningen har Kultur & Fritid tillsammans med polisen och andra\n'
             'förvaltningar gjort särskilda satsningar runt området Särö i Kungsbacka kommun, … ')
    st.append('yellow')
    indicator_table(s, H5, [
        ['Bäst att leva, Kungsbackas placering i\nranking av Sveriges kommuner enligt\nTidningen Fokus.', 5, 3],
        ['Antal påbörjade bostäder', 234, 216, 848],
        ['Antal färdigställda bostäder', 248, 430, 363],
        ['Anmälda brott per invånare (antal/100 000\ninvånare)', '5 075', '5 321', '5 691'],
        ['Brukarbedömning hemtjänst äldreomsorg,\nhelhetssyn', '88%', '90%', '91%'],
        ['Brukarbedömning särskilt boende\näldreomsorg, helhetssyn', '81%', '74%', '76%'],
        ['Brukarbedömning individ- och familjeomsorg\ntotalt - helhetssyn', '76%', '88%'],
    ])
    nmd_block(s, '3.1.1', 'Vi ska implementera platsvarumärket utifrån Ett Kungsbacka och med invånar- och\nbesöksperspektiv',
              'Kultur & Fritid tar täten i kommunens arbete med platsvarumärket för Kungsbacka. Platsvarumärket är de\n'
              'samlade associationer, tankar och värden som finns runt en plats. …',
              NOT,
              'Vi har kraftsamlat kring marknadsföring och därför utökat vår personal tillfälligt för att kunna ta ett större steg,\n'
              'då vi ser att den behöver bli mer tydlig.\n'
              'Ett destinationsutvecklingsarbete har startats upp i Åsa och Onsala tillsammans med förvaltningen för Teknik,\n'
              'Näringslivsenheten på Kommunstyrelsens förvaltning och lokalt näringsliv. …')
    st.append('yellow')
    nmd_block(s, '3.1.2', 'Vi ska bli än mer möjliggörare för andra. Vi skapar och möjliggör relationer.',
              'För att uppnå högre relevans och tillit hos invånarna och företagarna ska vi primärt vara möjliggörare för deras\n'
              'egna initiativ och inte främst se oss som producenter av egen verksamhet. …',
              NOT,
              '•  Inom verksamheten Ung i Kungsbacka har vi haft dialog med prioriterade målgrupper för att göra\nrelevanta aktiviteter. …\n'
              '•  Genom våra dialogträffar har vi en under året odlat en tätare relation med kulturföreningar och\nkulturarrangörer, … \n'
              '•  Kultur & Fritid har ett nära samarbete med föreningen GoKungsbacka. …\n'
              '•  Kultur & Fritid har tillsammans med Förskola & Grundskola drivit ett projekt med föräldralotsar – ett\n'
              'föräldraskapsstöd för nyanlända föräldrar i förskolan, öppna förskolan och grundsärskolan. …')
    st.append('yellow')

    kf_block(s, '3.2', NOT,
             '•  Friskvårds- & Aktivitetsgruppen har växt med fler medarbetare och når nu fler barn och unga. …\n'
             '•  Tillsammansgruppen har gjort en satsning för unga med NPF-diagnoser, … \n'
             '•  Ett samarbete med Individ- & Familjeomsorg har inletts kring aktiviteter för personer med\nfunktionsnedsättning, … \n'
             '•  Vi har skapat fler aktivitetsytor i olika geografiska områden i samarbete med föreningar och andra\nintressenter. …\n'
             '•  Vi närmar oss målet genom att arbeta med riktade insatser mot mer sårbara och utsatta grupper bland\n'
             'våra barn och unga där utökat stöd behövs för att stärka den psykiska hälsan. …\n'
             '•  God hälsa och välbefinnande är viktigt för äldre såväl som yngre. …\n'
             'Under 2023 har Kultur & Fritid ytterligare ökat engagemanget i kommunens samhällsbyggnadsprocess, … \n'
             'Tillsammans med polisen och Falkenbergs och Varbergs kommun har vi startat upp nätverket Företag mot brott. …\n'
             'Vi uppmuntrar föreningar att använda kommunens befintliga resurser, som inte kostar extra pengar, för en mer\nhållbar kommun. …')
    st.append('yellow')
    indicator_table(s, H5, [
        ['Andelen elever som skattat sin egen\nlivstillfredsställelse som god eller mycket god\nunder elevhälsosamtalet, ÅK 4 i % -\n'
         'Flickor.(Elevhälsan i Kungsbacka utvecklar\nmetod utifrån hälsosamtal med elever.)', '85%', '88%', '88%'],
        ['Andelen elever som skattat sin egen\nlivstillfredsställelse som god eller mycket god\nunder elevhälsosamtalet, ÅK 4 i % - Pojkar.\n'
         '(Elevhälsan i Kungsbacka utvecklar metod\nutifrån hälsosamtal med elever.)', '88%', '93%', '90%'],
        ['Andelen elever som skattat sin egen\nlivstillfredsställelse som god eller mycket god\nunder elevhälsosamtalet, ÅK 8 i % -\n'
         'Flickor.(Elevhälsan i Kungsbacka utvecklar\nmetod utifrån hälsosamtal med elever.)', '70%', '77%', '72%'],
        ['Andelen elever som skattat sin egen\nlivstillfredsställelse som god eller mycket god\nunder elevhälsosamtalet, ÅK 8 i % -\n'
         'Pojkar.(Elevhälsan i Kungsbacka utvecklar\nmetod utifrån hälsosamtal med elever.)', '84%', '92%', '93%'],
        ['Andelen elever som har skattat sin egen\nlivstillfredsställelse som god eller mycket god\n'
         'under elevhälsosamtalet, Gymnasiet ÅK 1 i%\n- flickor.', '70%', '68%', '65%'],
        ['Andelen elever som har skattat sin egen\nlivstillfredsställelse som god eller mycket god\n'
         'under elevhälsosamtalet, Gymnasiet ÅK 1 i%\n- pojkar.', '80%', '88%', '85%'],
        ['Avfall från hushåll ska minska med 30% per\ninvånare från 2020 till 2030. Startvärde 100,\nmålvärde 2030 är 70.', 100, 98, 97],
        ['Avfall från kommunens verksamheter ska\nminska med 40 % per heltidsanställd.\nStartvärde 100, målvärde 2030 är 60.', 100, 72.1, 84.5],
        ['Energiförbrukning i kommuns lokaler per\nkvadratmeter'],
        ['Utsläpp till luft av växthusgaser totalt, ton\nCO2-ekv/inv (Kolada)'],
        ['Miljöbilar, andel av totalt antal bilar i det\ngeografiska området, (Kolada)'],
        ['Slutanvändning av el inom det geografiska\nområdet, MWh/inv (Kolada)'],
        ['Matens klimatpåverkan från de offentliga\nmåltiderna ska minska räknat i kg CO2-\nekv/kg livsmedel. Målsättningen är 1,0 år\n2030.'],
        ['Ekologisk status i Kungsbackafjorden (VISS)'],
        ['Skyddad natur totalt, andel (Kolada)'],
        ['Vattendrag med god ekologisk status, andel\n(Kolada)'],
    ])
    nmd_block(s, '3.2.1', 'Vi verkar förutom främjande på gruppnivå även förebyggande gentemot individer och\n'
              'fokuserar mer på de som särskilt behöver samhällets stöd oavsett ålder',
              'En av nämndens primära målgrupper är de som är särskilt utsatta, oavsett ålder. Vi ska ha ett ökat fokus på den\n'
              'målgruppen och stödja personer i riskzon i tidigt skede på olika sätt. …',
              NOT,
              '•  Inom Friskvårds- & Aktivitetsgruppen arbetar vi med en bred samverkan för att nå de barn och unga\n'
              'som är mest utsatta och stötta dem till en bättre fritid och hälsa. …\n'
              '•  Ungdomsdemokratisatsningen UDD - Ungas Delaktighet i Demokratin - är en del av Ungdomsforum\n'
              'och riktar sig särskilt till elever med behov av anpassad undervisning. …\n'
              '•  Arbetet med tidiga samordnade aktiviteter (TSA), … har under året\n'
              'gått från 6 olika team som utgick från olika skolor, till ett kommunövergripande team. …')
    st.append('yellow')

    kf_block(s, '3.3', NOT,
             '•  Ett arbete för att stärka Kungsbacka som näringslivsdestination har påbörjats. …\n'
             '•  På Kungsbacka Live har vi lyft entreprenörer och eldsjälar, både i marknadsföring och i aktiviteter, … \n'
             '•  Kulturfestivalen anordnades för andra året i rad, och i år medverkade fler föreningar och företag än\ntidigare. …\n'
             '•  Kungsbackagalan har blivit en uppskattad kväll för föreningar och eldsjälar, och som vi ser kommer bli\n'
             'ett fortsatt återkommande evenemang.')
    st.append('yellow')
    indicator_table(s, H5, [
        ['Insikt, SKRs servicemätning av\nkommunernas myndighetsutövning för\nföretag. Nöjd-kund-index utifrån sammanvägt\n'
         'betygsindex 0-100, för hur företag i\nkommunen bedömer Kungsbacka kommuns\nmyndighetsutövning, vilket är en viktig del av\n'
         'företagsklimatet.', 66, 66, 70],
        ['Svenskt Näringslivs attitydundersökning av\nkommuners företagsklimat. Medelvärde\nutifrån skala 1-6, där företag bedömer\n'
         'företagsklimatet i Kungsbacka kommun.', 3.3, 3.5, 3.4, 3.4],
        ['Sysselsatt dagbefolkning, antal', '27 384'],
        ['Andel av sysselsatt dagbefolkning inom\nGöteborgsregionen', '5,1%'],
        ['Företagsamhet, andel av invånare 16–74 år'],
        ['Antal nystartade företag per 1 000 invånare\n16–64 år (etableringsfrekvens)'],
    ])
    nmd_block(s, '3.3.1', 'Vi ska implementera platsvarumärket i samarbete med Näringslivsenheten och utifrån\nett företagarperspektiv',
              'Kultur & Fritid behöver delta i arbetet med att skapa bra förutsättningar för företag som vill stärka destinationen\n'
              'Kungsbacka i enlighet med platsvarumärket. …',
              NOT,
              '•  Vi har kraftsamlat kring marknadsföring och därför utökat vår personal tillfälligt för att kunna ta ett\n'
              'större steg, då vi ser att den behöver bli mer tydlig.\n'
              '•  Ett destinationsutvecklingsarbete har startats upp i Åsa och Onsala … \n'
              '•  Vi ser att fler förvaltningar och externa aktörer aktivt behöver ta ansvar för arbetet med vårt\n'
              'platsvarumärke och vara med i byggandet av det. …\n'
              '•  På Kungsbacka Live har entreprenörer berättat varför de valt att investera i kommunen, … \n'
              '•  Kulturfestivalen anordnades för andra året i rad, … \n'
              '•  Vi ser att ett omtag behövs göras kring hur platsvarumärket ska mottagaranpassas … ')
    st.append('yellow')

    kf_block(s, '3.4', NOT,
             '•  Den psykiska ohälsan hos unga tjejer ökar och sticker ut i statistiken. …\n'
             '•  Både tjejer och personer med särskilda behov (NPF) har fått en mötesplats där de blir lyssnade till och\nsedda, … \n'
             '•  Under hösten har vi planerat för att starta upp en ny mötesplats i Älvsåker. …\n'
             '•  Ung i Kungsbacka har i samarbete med Kulturskolan och Biblioteken i Kungsbacka startat "Kreativ\nmötesplats Fyren" … \n'
             '•  Ung i Kungsbacka startade i december upp en minecraftserver, uppbyggd likt Kulturhuset Fyrens miljö. …\n'
             '•  Biblioteken ökar arbetet med att aktivt förbättra den digitala kompetensen hos alla invånare … \n'
             '•  Under hösten har vi inlett ett samarbete med nattvandrarna i centrum för att tillsammans ha dialog med\n'
             'de motorburna ungdomarna. …\n'
             'Kultur & Fritid startade initiativet #Tryggdigitaluppväxt … ')
    st.append('yellow')
    indicator_table(s, H5, [
        ['Genomsnittligt meritvärde i årskurs 9.\nMeritvärdet utgörs av summan av de 17\nbästa betygen i elevens slutbetyg och kan\nmax vara 340.',
         246, 239, 237, 236.5],
        ['Arbetslöshet för ungdomar 16–24 år i\nkommunen. (Källa: Arbetsförmedlingen och\nSCB)', '2,8%', '2,6%', '1,7%'],
        ['Självkänsla och framtidstro för\ngymnasieelever år 2, index med skala 0–10\nenligt Skolenkäten som genomförs enligt\n'
         'Skolinspektionens skolenkät. Enkäten\ngenomförs vartannat år.', 7.7],
        ['Genomsnittligt betygspoäng för gymnasiets\navgångselevers betygspoäng som kan vara\nmax 20.', 14, 14.3, 14.4, 14.3],
    ])
    nmd_block(s, '3.4.1', 'Vi säkrar barn och ungas upplevelse av professionell kultur genom Kulturträdet',
              'För att ytterligare sprida Kulturträdet behöver vi hitta flera nya arbetsformer. …',
              NOT,
              'Fler av våra prioriterade barn och unga har under 2023 kunnat ta del av kulturutbudet.\n'
              'Vi har arbetat aktivt med att söka upp kontakter på skolorna, … \n'
              'Vi bör omprioritera budget för att ha möjlighet att satsa på att fler ska nås av Kulturträdets utbud på naturum\n'
              'Fjärås Bräcka och i Äskhult.\n'
              'Kulturskolans del av Kulturträdet består i att alla kommunens skolor får erbjudande om ett besök av\n'
              'kulturskolans lärare som uppträder och visar upp några olika ämnen som finns att välja på. …')
    st.append('yellow')
    nmd_block(s, '3.4.2', 'Vi stärker invånarna i att bli självständiga och ta ansvar för sin egen framtid bl a\n'
              'genom att ta tillvara digitaliseringens möjligheter.',
              'Vårt perspektiv ska alltid vara att invånare kan och vill ta ansvar för sin egen framtid. …',
              NADD,
              'Biblioteken har ökat arbetet med att aktivt förbättra den digitala kompetensen hos alla invånare så att de har\n'
              'ingångar till det digitaliserade samhället. …\n'
              'Senior i Kungsbacka och biblioteken samarbetar kring projektet DigiGuide, … \n'
              'Kultur & Fritid erbjuder för andra året i rad alla kommunens nioåringar en bok ur den brottsförebyggande\n'
              'bokserien ”Nollan och nätet”. …\n'
              'Kultur & Fritid startade initiativet #Tryggdigitaluppväxt … ')
    st.append('green')

    kf_block(s, '3.5', NOT,
             '•  Arbetet med att samnyttja kommunala lokaler fortsätter. …\n'
             '•  Kultur & Fritid har jobbat mycket med Kungsbacka Live, både med innehåll och utformning av rummet\nsamt skapat aktiviteter. …\n'
             '•  Sommaren 2023 fick elva feriearbetande ungdomar anställning i tre veckor som kommunutvecklare, … \n'
             '•  Biblioteket har skapat sammanhang där invånare kan delta i verksamheten och därigenom förstärka\ninsatserna, … ')
    st.append('yellow')
    indicator_table(s, H5, [
        ['Hållbart medarbetarengagemang, ett index\nför medarbetarnas samlade uppfattning om\nområdena motivation, ledarskap och styrning,\n'
         'skala 1-100 enligt Medarbetarenkäten.\nMätningen görs vartannat år.', 78, 78, 78, 76],
        ['Jämställdhetsindex, Jämix. Antal poäng av\nmax 180. Jämix beräknas utifrån nio\nnyckeltal med skala 1–20.', 91, 103, 114],
    ])
    s.row(['Måttet för Jämställdhetsindex har ett års eftersläpning då siffrorna för 2023 inte har publicerats vid tiden för rapporterns\nsammanställning'],
          font=ITALIC)
    nmd_block(s, '3.5.1', 'Vi har nya former för att engagera ideella krafter och vi arbetar mer tillsammans med\nandra aktörer för att nå fler',
              'Vi vill stärka individers egna möjligheter att skapa sig ett gott liv med mening och sammanhang. …',
              NADD,
              '•  Utvecklingen och framdriften av GoKungsbacka har fortsatts, och har i år gjorts permanent. …\n'
              '•  Friskvårds- & Aktivitetsgruppens arbete bygger på samverkan med föreningslivet och näringslivet. …\n'
              '•  En av våra fritidsledare, som själv är nyanländ, har under året engagerat en stor grupp av nyanlända att\n'
              'delta i olika aktiviteter, … \n'
              '•  Vi har engagerat fler nattvandrare och startat upp nya nattvandrargrupper, exempelvis i nya Skårby. …')
    st.append('green')
    nmd_block(s, '3.5.2', 'Vi bidrar till utveckling i lokalsamhället genom medskapande med invånare,\n'
              'civilsamhälle och företag utgående från deras egna behov',
              'För att bli mer relevanta för invånare och företagare och höja tilliten till det offentliga i samhället behöver vi så\n'
              'ofta som möjligt ta reda på invånarnas behov … ',
              NOT,
              '•  Biblioteken har i högre grad involverat invånare i utformningen av de olika biblioteksrummen, … \n'
              '•  Inom verksamheten Ung i Kungsbacka har vi haft dialog med prioriterade målgrupper för att göra\nrelevanta aktiviteter. …\n'
              '•  I januari projektanställdes en evenemangsansvarig, … ')
    st.append('yellow')

    s.blank()
    s.row(['4 Uppföljning direktiv'], font=H1)
    s.row(['4.1 Direktiv- Innovation och omställning till nya arbetssätt'], font=H2)
    kv(s, 'Beslutats av', 'Kommunfullmäktige')
    kv(s, 'Kommunfullmäktiges formulering',
       'Kungsbacka kommun står inför stora utmaningar kommande decennier. … Nämnderna och kommunstyrelsen får i uppdrag att öka\n'
       'tempot i att bygga kultur och förmåga och skapa tekniska förutsättningar för verksamhetsutveckling genom\ndigitalisering genom:\n'
       '• Kompetensutveckling och förstärkning med nya kompetenser\n• Utveckling och spridning av nya arbetssätt\n'
       '• Bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
       '• Möjlighet att genomföra fler utvecklingsinitiativ\n• Skapa ändamålsenliga tekniska förutsättningar')
    kv(s, 'Kommentar',
       'Kultur & Fritid saknar under 2023 uppgifter om hur stor andel av våra projekt som varit innovationsprojekt. Vi\n'
       'kommer under 2024 att bygga upp förvaltningen innovations- och utvecklingsportfölj.')
    indicator_table(s, ['Indikatorer', 'Utfall 2023'], [
        ['Status direktiv: Andel innovationsprojekt som drivits\nunder året'],
        ['Status direktiv: Andel av bruttokostnaden som\navsätts för verksamhetsutveckling och innovation', 0.6],
    ])
    s.row(['0,6% av bruttokostnaden är den andel som redovisats med fridel Innovationsdirektiv'], font=ITALIC)

    meta = {
        'source': 'github:moggleif/kommunhandlingar data/kungsbacka/kultur/2024/2024-02-21/handlingar.md@59bfc3a7bc6a3861d9b647a41afda99ae38bb28f '
                  '(Markdown conversion of kungsbacka.se "Nämnden för Kultur & Fritid handlingar 2024-02-21.pdf"; the committee\'s '
                  '"Nämndens årsredovisning 2023", PDF pages 18-32: 3 Uppföljning mål, 4 Uppföljning direktiv)',
        'organisation': 'Kungsbacka kommun, Nämnden för Kultur & Fritid',
        'country': 'Sweden',
        'language': 'sv',
        'document': 'Nämndens årsredovisning 2023 – 3 Uppföljning mål (kommunfullmäktiges fem mål with the kommunövergripande '
                    'bedömning, and the committee\'s own nämndmål under them with Nämndens bedömning) and 4 Uppföljning direktiv',
        'year': 2023,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': None,
        'how_status_is_shown': 'a sentence in the value column (B) of a key-value row whose label (A) is "Kommunövergripande bedömning" '
                               '(the five KF goals) or "Nämndens bedömning" (the eight nämndmål): "Vi har inte nått målet men är på rätt väg" '
                               'or "Vi har nått målet". No colour or icon survives in the stored text; none is added.',
        'vocabulary': VOCAB,
        'period_read': '2023 (årsredovisning, år 2023)',
        'expected': counts(st),
        'notes': 'KEY-VALUE BLOCKS, TWO LEVELS. Every goal is a block: a heading row with the goal number and name (A), then label/value rows '
                 '"Beslutats av", "Fokusområden"/"Nämndens formulering", the status row, and a long comment row. The five kommunfullmäktige '
                 'goals (3.1-3.5, "Beslutats av: Kommunfullmäktige") carry the status under "Kommunövergripande bedömning"; the eight nämndmål '
                 '(3.1.1, 3.1.2, 3.2.1, 3.3.1, 3.4.1, 3.4.2, 3.5.1, 3.5.2, "Beslutats av: Nämnd") under "Nämndens bedömning". Items = 13 '
                 '(5 KF goals + 8 nämndmål): green 2 (3.4.2 and 3.5.1 "Vi har nått målet"), yellow 11 ("Vi har inte nått målet men är på rätt '
                 'väg" = not reached but on the right way -> yellow, as "på väg"). The source prints no summary count. ALTERNATIVES: nämndmål only '
                 '8 (2/6/0/0/0); KF goals only 5 (0/5/0/0/0) - the KF goals\' assessment is the municipality-wide one, repeated in every '
                 'committee\'s report, so a reader may leave them out. No red-step wording occurs, and the document gives no legend of the scale. '
                 'TRAPS: (1) indicator tables under each KF goal ("Indikatorer | Utfall 2020 ... | Målvärde 2023") are not items - they have no '
                 'status and the Målvärde column is empty; three indicator names contain the word "bedömning" ("Brukarbedömning hemtjänst …") in column A, like the status labels; (2) the direktiv 4.1 has a "Kommentar" but no bedömning - not an item (missing if '
                 'counted: 14 items, 2/11/0/0/1); its indicator rows are named "Status direktiv: ..." with a number, not a status. '
                 'TRANSCRIPTION: the comment and formulering texts are shortened to their first sentence(s), " …" marks a cut; headings, '
                 'labels, statuses and indicator names are as printed. Indicator values: the PDF column alignment was lost in the conversion, so '
                 'rows with fewer values than columns are filled from the left (first Utfall column) - the real year of such a value may be '
                 'later; no value is a status. Page furniture (page numbers, the running header repeated on every page) kept once at the top.',
    }
    save(wb, '81_kungsbacka-kft-arsredovisning-kf-och-namndmal-2023', meta)


# ------------------------------------------------------------------ 82 Kungsbacka KFT årsredovisning 2024
def build_82():
    wb = Workbook()
    s = Sheet(wb, 'Uppföljning mål', first=True)
    s.widths([46, 90, 10, 10, 10, 10])
    s.row(['Nämnden för Kultur & Fritid                      Kungsbacka kommun'], font=ITALIC)
    s.row(['Nämndens årsredovisning 2024'], font=ITALIC)
    s.row(['3 Uppföljning mål'], font=H1)
    st = []
    H4 = ['Indikatorer', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024']

    kf_block(s, '3.1', NOT,
             '•  Enkäten Kulturbarometern genomfördes under hösten. 642 invånare svarade på frågor om Kungsbackas\n'
             'utbud av kultur och fritid; nöjdhet, prioriteringar och attityder. …\n'
             '•  Vi har slagit upp portarna till Bostället i Frillesås, ett samarbete mellan Ung i Kungsbacka och Senior i\nKungsbacka. …\n'
             '•  Ung i Kungsbacka, Skårbyskolan, lokala bostadsbolag, nattvandrare, föreningar och Ica Maxi har under\n'
             'våren startat ett socialt utvecklingsprojekt … \n'
             '•  Motorburen ungdom som stör invånarna på kvällar och helger har varit en problematik under en längre\ntid främst i centrala Kungsbacka. …\n'
             '•  Det har varit oroligt bland ett trettiotal ungdomar i Åsa under skoltid och på Mötesplatsen i Åsa efter\nskoltid. …\n'
             '•  Festivalen Beats in the park ägde rum för första gången i badhusparken i juni … \n'
             '•  Under året har vi samarbetat med konstutbildningen på Löftadalens folkhögskola. …\n'
             '•  Tillsammans med Onsala BK har vi stärkt den lokala gemenskapen som fotbollen kan generera. …\n'
             '•  Under 2024 har vi beslutat att satsa på följande fokusområden i det brottsförebyggande arbetet: …\n'
             '•  Vi har tillsammans med näringsliv och polisen genomfört en satsning för att öka tryggheten i\nstadskärnan. …\n'
             '•  Genom situationell brottsprevention … har vi identifierat och åtgärdat problem i de\nfysiska miljöerna för att skapa säkrare platser. …\n'
             '•  Vi deltar aktivt i kommunens detaljplanearbete … \n'
             '•  Den kustnära vandringsleden planeras och projekteras, … \n'
             '•  Under 2024 har vi påbörjat ett arbete med att kartlägga och synliggöra Kungsbackas kulturhistoria. …\n'
             '•  Ett förändrat beteende hos våra målgrupper ledde till att vi flyttade den fysiska turistinformationen till\nde digitala kanalerna … ')
    st.append('yellow')
    indicator_table(s, H4, [
        ['Bäst att leva,\nKungsbackas\nplacering i ranking\nav Sveriges\nkommuner enligt\nTidningen Fokus.', 3],
        ['Antal påbörjade\nbostäder', 216, 848, 165, 141],
        ['Antal färdigställda\nbostäder', 430, 363, 319, 109],
        ['Anmälda brott per\ninvånare (antal/100\n000 invånare)', '5 321', '5 691', '6 475'],
        ['Brukarbedömning\nhemtjänst\näldreomsorg,\nhelhetssyn', '90 %', '91 %'],
        ['Brukarbedömning\nsärskilt boende\näldreomsorg,\nhelhetssyn', '74 %', '76 %'],
        ['Brukarbedömning\nindivid- och\nfamiljeomsorg totalt\n- helhetssyn', '88 %'],
    ])
    kf_block(s, '3.2', NOT,
             '•  I ungdomsundersökningen Luppen (2023) framgår att barn och unga i Älvsåker/Anneberg och Fjärås i\n'
             'högre utsträckning mår sämre än sina jämnåriga i andra delar av Kungsbacka Kommun. …\n'
             '•  Projektet #Tryggdigitaluppväxt som har fokus på ungas sexuella utsatthet på nätet … \n'
             '•  Under året har vår satsning på tjejers välmående och psykiska hälsa genom projektet och nätverket\n'
             'Tjejer emellan utökats med en mötesplats för enbart tjejer. …\n'
             '•  Ett av målen är att främja psykisk hälsa och motverka psykisk ohälsa med skolan som arena. …\n'
             '•  Tillsammansgruppen, vår verksamhet för unga med NPF-diagnoser, har utökat sina mötestillfällen … \n'
             '•  För att främja att alla barn och unga i Kungsbacka får bästa möjliga livschanser har ett närmare\n'
             'samarbete … etablerats - den Främjande Fyran. …\n'
             '•  Kulturskolan undersöker genom enkäter till nuvarande elever, … \n'
             '•  Biblioteken i Kungsbacka har tagit ett aktivt steg för att främja hållbar utveckling och en hälsosam\nmiljö. …\n'
             '•  Vi har lagt extra fokus på att stärka ungas delaktighet genom att introducera och utveckla spelkultur på\nvåra bibliotek. …\n'
             '•  Demokratidagarna i Kungsbacka, efter ett politiskt initiativ, har genomförts för första gången. …\n'
             'Under året har verksamheten Tidiga samordnade aktiviteter (TSA) arbetat med ett kommunövergripande team … \n'
             'Under året har flera initiativ genomförts kring barnrätt och mänskliga rättigheter … \n'
             'Genomförande av kontrollköp av tobaks- och nikotinprodukter är nytt 2024. …')
    st.append('yellow')
    indicator_table(s, H4, [
        ['Andelen elever som\nskattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet, ÅK\n4 i % -\n'
         'Flickor.(Elevhälsan i\nKungsbacka utvecklar\nmetod utifrån\nhälsosamtal med\nelever.)', '88 %', '88 %', '85 %'],
        ['Andelen elever som\nskattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet, ÅK\n4 i % - Pojkar.\n'
         '(Elevhälsan i\nKungsbacka utvecklar\nmetod utifrån\nhälsosamtal med\nelever.)', '93 %', '90 %', '91 %'],
        ['Andelen elever som\nskattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet, ÅK\n8 i % -\n'
         'Flickor.(Elevhälsan i\nKungsbacka utvecklar\nmetod utifrån\nhälsosamtal med\nelever.)', '77 %', '72 %', '79 %'],
        ['Andelen elever som\nskattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet, ÅK\n8 i % -\n'
         'Pojkar.(Elevhälsan i\nKungsbacka utvecklar\nmetod utifrån\nhälsosamtal med\nelever.)', '92 %', '93 %', '92 %'],
        ['Andelen elever som\nhar skattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet,\n'
         'Gymnasiet ÅK 1 i% -\nflickor.', '68 %', '65 %', '73 %'],
        ['Andelen elever som\nhar skattat sin egen\nlivstillfredsställelse\nsom god eller mycket\ngod under\nelevhälsosamtalet,\n'
         'Gymnasiet ÅK 1 i% -\npojkar.', '88 %', '85 %', '86 %'],
        ['Avfall från hushåll ska\nminska med 30% per\ninvånare från 2020 till\n2030. Startvärde 100,\nmålvärde 2030 är 70.', 98, 97],
        ['Avfall från kommunens\nverksamheter ska\nminska med 40 % per\nheltidsanställd.\nStartvärde 100,\nmålvärde 2030 är 60.', 72.1, 84.5],
        ['Energiförbrukning i\nkommuns lokaler per\nkvadratmeter'],
        ['Utsläpp till luft av\nväxthusgaser totalt,\nton CO2-ekv/inv\n(Kolada)', 2.48, 2.27],
        ['Miljöbilar, andel av\ntotalt antal bilar i det\ngeografiska området,\n(Kolada)', '17 %', '21,2 %', '24,1 %'],
        ['Slutanvändning av el\ninom det geografiska\nområdet, MWh/inv\n(Kolada)', 8, 7],
        ['Matens\nklimatpåverkan från de\noffentliga måltiderna\nska minska räknat i kg\nCO2-ekv/kg livsmedel.\n'
         'Målsättningen är 1,0\når 2030.', 1.82, 1.86, 1.79],
        ['Ekologisk status i\nKungsbackafjorden\n(VISS)'],
        ['Skyddad natur totalt,\nandel (Kolada)'],
        ['Vattendrag med god\nekologisk status, andel\n(Kolada)', 18.5, 18.5],
    ])
    kf_block(s, '3.3', NOT,
             '•  Vi har fokuserat på att möjliggöra externa evenemang och utveckla nya samarbeten, vilket har ökat\n'
             'antalet evenemang och deras synlighet. …\n'
             '•  Kungsbacka Outdoor Festival på Fjärås Bräcka har expanderat för fler utställare (70 st) och besökare\n(5–6000 st). …\n'
             '•  Vi har byggt upp strukturer och skapat riktlinjer för arbetet med platsvarumärket, … \n'
             '•  Vi har skapat riktlinjer för Visit Kungsbackas sociala medier … \n'
             '•  Mellan september och december har vi genomfört en always-on kampanj … \n'
             '•  Under året har vi också etablerat nya samarbeten som stärker Kungsbacka som destination. …')
    st.append('yellow')
    indicator_table(s, H4, [
        ['Insikt, SKRs\nservicemätning av\nkommunernas\nmyndighetsutövning\nför företag. Nöjd-\nkund-index utifrån\nsammanvägt\n'
         'betygsindex 0-100,\nför hur företag i\nkommunen bedömer\nKungsbacka\nkommuns\nmyndighetsutövning,\nvilket är en viktig del\n'
         'av företagsklimatet.', 66, 70, 67],
        ['Svenskt Näringslivs\nattitydundersökning\nav kommuners\nföretagsklimat.\nMedelvärde utifrån\nskala 1-6, där\n'
         'företag bedömer\nföretagsklimatet i\nKungsbacka\nkommun.', 3.5, 3.4, 3.4, 3.8],
        ['Sysselsatt\ndagbefolkning, antal', '28 485'],
        ['Andel av sysselsatt\ndagbefolkning inom\nGöteborgsregionen', '5,1 %', '4,9 %'],
        ['Företagsamhet,\nandel av invånare\n16–74 år', '18 %', '18 %'],
        ['Antal nystartade\nföretag per 1 000\ninvånare 16–64 år\n(etableringsfrekvens)', 13.8, 12.8],
    ])
    kf_block(s, '3.4', NOT,
             '•  Vi har vidareutvecklat kommunens ekonomiska stöd till ideella föreningslivet … \n'
             '•  Vi har förändrat principerna för fördelning av tider på våra idrottsanläggningar. …\n'
             '•  Vi har slagit upp portarna till Bostället i Frillesås, … \n'
             '•  I senaste ungdomsenkäten Luppen från 2023 framgick att barn och unga i Älvsåker/Anneberg och\n'
             'Fjärås i högre utsträckning mår sämre än sina jämnåriga i andra delar av Kungsbacka kommun. …\n'
             '•  Under året har vår satsning på tjejers välmående och psykiska hälsa … \n'
             '•  För att möta invånarna på annat sätt och förändra våra arbetssätt har Ung i Kungsbacka tagit fram en\nvärdegrund … \n'
             '•  GoKungsbacka arbetar för att skapa sociala sammanhang, i sunda miljöer, för alla åldrar i Kungsbacka. …')
    st.append('yellow')
    indicator_table(s, H4, [
        ['Genomsnittligt\nmeritvärde i årskurs\n9. Meritvärdet\nutgörs av summan\nav de 17 bästa\nbetygen i elevens\nslutbetyg och kan\nmax vara 340.',
         239, 237, 236.5, 237.5],
        ['Arbetslöshet för\nungdomar 16–24 år\ni kommunen. (Källa:\nArbetsförmedlingen\noch SCB)', '2,6 %', '1,7 %', '1,7 %'],
        ['Självkänsla och\nframtidstro för\ngymnasieelever år\n2, index med skala\n0–10 enligt\nSkolenkäten som\ngenomförs enligt\n'
         'Skolinspektionens\nskolenkät. Enkäten\ngenomförs\nvartannat år.', 7.7],
        ['Genomsnittligt\nbetygspoäng för\ngymnasiets\navgångselevers\nbetygspoäng som\nkan vara max 20.', 14.3, 14.4, 14.3, 14],
        ['Kostnad utbetalt\nekonomiskt bistånd,\nkr/invånare\n(Kolada)', 414, 376, 325],
    ])
    kf_block(s, '3.5', NOT,
             '•  I vidareutvecklingen av kommunens stöd till ideella föreningslivet har vi haft dialoger med\nföreningslivet. …\n'
             '•  Kulturskolan undersöker genom enkäter till nuvarande elever, … \n'
             '•  Enkäten Kulturbarometern genomfördes under hösten. …\n'
             '•  Under 2024 testade vi att skapa program baserade på teman, … \n'
             '•  En viktig del i att arbeta utifrån publikutvecklingsmetoden är att lära känna sin publik/sina målgrupper. …\n'
             '•  Kungsbacka Kulturfestival har fortsatt att utvecklas, … \n'
             '•  Ung i Kungsbacka har erbjudit olika inriktningar av verksamhet till unga i Kungsbacka i sommar. …\n'
             '•  Under året har förvaltningen tagit stora kliv för att etablera grunderna i ett innovationsledningssystem, … ')
    st.append('yellow')
    indicator_table(s, H4, [
        ['Hållbart\nmedarbetarengagemang,\nett index för\nmedarbetarnas samlade\nuppfattning om\nområdena motivation,\nledarskap och styrning,\n'
         'skala 1-100 enligt\nMedarbetarenkäten.\nMätningen görs\nvartannat år.', 78, 78, 76],
        ['Jämställdhetsindex,\nJämix. Antal poäng av\nmax 180. Jämix\nberäknas utifrån nio\nnyckeltal med skala 1–\n20.', 103, 114, 122],
    ])
    s.row(['3.6 Uppföljning målbild'], font=H2)
    s.row(['Nämnden för Kultur & Fritid beslutade hösten 2023 om en målbild för år 2030. Utifrån målbilden arbetar\n'
           'förvaltningen genom fyra fokusområden:'], wrap=True)
    s.row(['•  Ett Kungsbacka med framtidstro'], font=Font(bold=True))
    s.row(['Vi ska ha ett högt fokus på att arbeta främjande och förebyggande genom tidiga och kunskapsbaserade insatser. …'], wrap=True)
    s.row(['•  Handlingskraft i Kungsbacka'], font=Font(bold=True))
    s.row(['Vi ska arbeta för att Kungsbackas invånare ska känna delaktighet i samhället och ha möjlighet att påverka och\n'
           'ta ansvar för sin livssituation. …'], wrap=True)
    s.row(['•  Morgondagens förvaltning'], font=Font(bold=True))
    s.row(['Vi ska förändra våra arbetssätt och prioritera mer utifrån vad invånarna behöver och efterfrågar. …'], wrap=True)

    s.blank()
    s.row(['4 Uppföljning direktiv'], font=H1)
    s.row(['4.1 DIREKTIV - INNOVATION OCH OMSTÄLLNING TILL NYA ARBETSSÄTT'], font=H2)
    kv(s, 'Beslutats av', 'Kommunfullmäktige')
    kv(s, 'Kommunfullmäktiges formulering',
       'Kungsbacka kommun står inför stora utmaningar kommande decennier. … Nämnderna och kommunstyrelsen får i uppdrag att öka\n'
       'tempot i att bygga kultur och förmåga och skapa tekniska\nförutsättningar för verksamhetsutveckling genom digitalisering genom: …')
    indicator_table(s, ['Indikatorer', 'Utfall 2023', 'Utfall 2024'], [
        ['Status direktiv: Andel\ninnovationsprojekt som drivits\nunder året', None, 0.5],
        ['Status direktiv: Andel av\nbruttokostnaden som avsätts för\ninnovationsarbete och\ndigitalisering', 0.6, 0.7],
    ])
    s.row(['Andel av bruttokostnaden är den andel som redovisats med fridel Innovationsdirektiv'], font=ITALIC)

    meta = {
        'source': 'github:moggleif/kommunhandlingar data/kungsbacka/kultur/2025/2025-02-19/handlingar.md@39c88596e88d694444e3bcaaacaf1f36d5baa38d '
                  '(Markdown conversion of kungsbacka.se "Nämnden för Kultur & Fritid handlingar 2025-02-19.pdf"; the committee\'s '
                  '"Nämndens årsredovisning 2024", PDF pages 38-62: 3 Uppföljning mål, 3.6 Uppföljning målbild, 4 Uppföljning direktiv)',
        'organisation': 'Kungsbacka kommun, Nämnden för Kultur & Fritid',
        'country': 'Sweden',
        'language': 'sv',
        'document': 'Nämndens årsredovisning 2024 – 3 Uppföljning mål (kommunfullmäktiges fem mål with the kommunövergripande bedömning; '
                    'no nämndmål this year), 3.6 Uppföljning målbild (prose), 4 Uppföljning direktiv',
        'year': 2024,
        'sheet': 'Uppföljning mål',
        'header_row': None,
        'status_column': 'B',
        'item_column': None,
        'how_status_is_shown': 'a sentence in the value column (B) of the key-value row labelled "Kommunövergripande bedömning" (A): '
                               '"Vi har inte nått målet men är på rätt väg" for all five goals. No colour or icon survives in the stored text; '
                               'none is added.',
        'vocabulary': VOCAB,
        'period_read': '2024 (årsredovisning, år 2024)',
        'expected': counts(st),
        'notes': 'Same committee and layout family as 81 one year later, but the committee\'s own nämndmål are gone (the committee adopted a '
                 '"målbild 2030" in autumn 2023, followed up in 3.6 as prose under four fokusområden WITHOUT any assessment). Items = the five '
                 'kommunfullmäktige goals 3.1-3.5, each "Vi har inte nått målet men är på rätt väg" -> yellow: 0/5/0/0/0. ALL ITEMS SHARE ONE '
                 'STATUS (a reader must not take a constant column for a non-status). The vocabulary lists "Vi har nått målet" from the '
                 'previous year\'s report (81) - it does not occur here. TRAPS: indicator tables (four "Utfall" years, no target column) under '
                 'each goal; 3.6 Uppföljning målbild has bold fokusområde rows that look like items but carry no status (not items; if a reader '
                 'counts them they are missing: 8 items, 0/5/0/0/3 with the three fokusområden kept here); "Status direktiv: ..." indicator rows '
                 'in 4.1 hold fractions, not statuses; the direktiv has no bedömning row this year. TRANSCRIPTION: comments shortened to their '
                 'first sentence(s), " …" marks a cut; 3.6 keeps its intro and the first sentence of three of the four fokusområden (the fourth '
                 'and the long sub-sections were left out); indicator values filled from the left where a row has fewer values than columns '
                 '(the PDF alignment was lost) - no value is a status. Indicator names keep the narrow-column line breaks of the PDF.',
    }
    save(wb, '82_kungsbacka-kft-arsredovisning-kf-mal-en-status-2024', meta)


if __name__ == '__main__':
    build_81()
    build_82()
