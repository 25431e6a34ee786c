"""Kungsbacka kommun, Nämnden för Vård & Omsorg, "Nämndens årsredovisning 2023" (daterad 2024-02-01), as it stands in
github:moggleif/kommunhandlingar data/kungsbacka/vo/2024/2024-02-22/handlingar.md
@3dcb1cc4086b0907f69cdd928a41354a1d911ece (Markdown conversion of kungsbacka.se "Nämnden för Vård & Omsorg
handlingar 2024-02-22.pdf", ärende 2, PDF pages 3 and 7-18 = report pages 2 and 6-17).

Texts verbatim from the stored Markdown. Inside a paragraph a PDF line break is read as a space; paragraph breaks
are kept as "\n" (a blank line in the text as "\n\n"). Letter-spaced headings ("3 Uppföljning   mål") are collapsed
to single spaces. Long comment paragraphs are shortened to their first sentence(s) and end in " …" where cut;
nothing is reworded. Source slips are kept as printed ("syftar om att", "att att", "Arbetetinternt", "har på
börjats", "är införs", "våraaktiviteter", "inledandeskedet").

Record kinds (rendered by build.py):
  ('h1', text)                       chapter heading
  ('goal', num, name, level)         goal heading; level 'KF' (kommunfullmäktige) or 'N' (nämndmål)
  ('kv', label, value)               label in A, value in B
  ('cont', text)                     continuation of the value above, after a page break (B only)
  ('ind', header, rows)              indicator table; header and rows start in column A
  ('note', text)                     free line under a table
  ('page', n)                        page foot (report page number n) + the next page's running head
"""

HEAD = ('Nämnden för Vård & Omsorg', 'Kungsbacka kommun', 'Nämndens årsredovisning 2023')
NOT = 'Vi har inte nått målet men är på rätt väg'

TOC = [  # Innehållsförteckning, report page 2 (PDF page 3), as printed
    ('1 Året som gått', 3),
    ('1.1 Ekonomiskt utfall', 3),
    ('1.2 Händelser av väsentlig betydelse', 4),
    ('2 Faktorer i omvärlden som påverkat oss under 2023', 5),
    ('3 Uppföljning mål', 6),
    ('3.1 En attraktiv kommun att bo, verka och vistas i', 6),
    ('3.2 En hållbar utveckling och en hälsosam miljö', 10),
    ('3.3 Bästa företagsklimatet i Västsverige', 11),
    ('3.4 I Kungsbacka utvecklas vi hela livet', 12),
    ('3.5 Ett medskapande samhälle och öppen attityd', 13),
    ('4 Uppföljning direktiv', 16),
    ('4.1 Direktiv- Innovation och omställning till nya arbetssätt', 16),
    ('5 Verksamhetsmått', 19),
    ('5.1 Resursmått', 19),
    ('5.2 Prestationsmått', 19),
    ('5.3 Effektmått', 19),
    ('6 Personal', 21),
    ('6.1 Arbetsmiljö', 21),
    ('6.2 Kompetensförsörjning', 22),
    ('6.3 Analys personalmått', 23),
    ('6.4 Resursmått', 24),
    ('6.5 Effektmått', 25),
    ('7 Ekonomi', 27),
    ('7.1 Uppföljning driftbudget', 27),
    ('7.2 Uppföljning investeringsbudget', 31),
    ('8 Hållbarhetsbokslut', 32),
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

U4 = ['Indikatorer', 'Utfall 2020', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023']

ELEVHALSA = 'Elevhälsan i Kungsbacka utvecklar metod utifrån hälsosamtal med elever.'

VO = [
    ('h1', '3 Uppföljning mål'),
    # ---------------------------------------------------------------- 3.1 (KF)
    ('goal', '3.1', 'En attraktiv kommun att bo, verka och vistas i', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_31),
    ('kv', 'Kommunövergripande bedömning', NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vård & Omsorg arbetar aktivt med fokusområdet "I Kungsbacka är man trygg och får en god omsorg när man '
     'behöver stöd för att få livet att fungera".\n\n'
     'Kungsbackamodellen\n'
     'Under 2023 har arbetet med Kungsbackamodellen fortsatt. Arbetssättet syftar om att förändra vår '
     'hemtjänstprocess från grunden och gå ifrån den strikta minutstyrningen vi har idag till ett tillits- och '
     'behovsbaserat arbetssätt. …\n'
     'Utbilda och implementera förändrade arbetssätt utifrån IBIC nästa steg:\n'
     'IBIC studiecirkel är ett särskilt arbetssätt som är framtaget för att följa den sammanhållna '
     'socialtjänstprocessen. …'),
    ('page', 6),
    ('cont',
     'En väg in\n\n'
     'En ny mottagningsfunktion med en väg in för invånare, som inte har biståndsinsats, testas och utvecklas under '
     'hösten 2023 vilket innebär att invånaren tar sin första kontakt med Vård & omsorg via ett telefonnummer eller '
     'digitalt via e-post och e-tjänst. …\n\n'
     'Trygg hemgång\n'
     'Projektet startade upp i mars 2023. Projektets uppdrag och riktning har förändrats under projektets gång, '
     'utifrån ett målsökande arbete. Beslut togs av förvaltningsledningen i september att projektet kommer att '
     'upphöra efter årsskiftet. Fortsatt arbete kommer att ske i distrikten inom ramen för befintlig organisatorisk '
     'struktur och inom ramen för befintliga resurser. …'),
    ('page', 7),
    ('ind', U4, [
        ['Bäst att leva, Kungsbackas placering i ranking av Sveriges kommuner enligt Tidningen Fokus.', '5', '3'],
        ['Antal påbörjade bostäder', '234', '216', '848'],
        ['Antal färdigställda bostäder', '248', '430', '363'],
        ['Anmälda brott per invånare (antal/100 000 invånare)', '5 075', '5 321', '5 691'],
        ['Brukarbedömning hemtjänst äldreomsorg, helhetssyn', '88%', '90%', '91%'],
        ['Brukarbedömning särskilt boende äldreomsorg, helhetssyn', '81%', '74%', '76%'],
        ['Brukarbedömning individ- och familjeomsorg totalt - helhetssyn', '76%', '88%'],
    ]),
    # ---------------------------------------------------------------- 3.1.1 (nämndmål)
    ('goal', '3.1.1', 'Antalet personal som en hemtjänstmottagare möter under 14 dagar ska årligen minska och 2025 '
                      'uppgå till maximalt 14 medarbetare', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Fokusområde', 'Nämndmålet är kopplat till fokusområdet "I Kungsbacka är man trygg och får en god omsorg '
                          'när man behöver stöd för att få livet att fungera"'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'Tydliggöra koordinatorns roll och öka deras kunskap kring planering och bemanning\n\n'
     'Efter genomgång av resultatet av den utvärdering av aktiviteten som genomfördes våren 2023 beslutades det att '
     'att utvärdera den igen i slutet av 2023 och då se över rollen på nytt.\n'
     'Vid den personalkontinuitetsmätning som genomfördes inom hemtjänsten i juni 2023 syns inga positiva resultat '
     'på kontinuiteten, som håller sig kring 19-19,5 i snitt på totalen. …\n\n'
     'Optimerad bemanning och schemaläggning\n'
     'Tillämpningsanvisningar för bemanning och schemaläggning infördes januari 2023 och har under hösten 2023 '
     'uppdaterats utifrån EU direktivet om veckovila. …'),
    ('page', 8),
    ('cont',
     'Påverkningsbart schema infördes i november 2022 i Åsa/Frillesås hemtjänst som en pilotdel av målaktiviteten. '
     '…\n\n'
     'Stödfunktioner fortsätter stötta enheterna att implementera arbetssättet med fokus på att uppdatera '
     'bemanningsgraf och resurspass. Optimerad bemanning ingår i Kungsbackamodellen, likaså ingår Fast '
     'omsorgskontakt & IBIC.'),
    ('ind', U4, [
        ['Personalkontinuitet, antal personal som en hemtjänstmottagare möter under 14 dagar, medelvärde, egenregi',
         '18', '17,3', '17,9', '19'],
    ]),
    # ---------------------------------------------------------------- 3.1.2 (nämndmål)
    ('goal', '3.1.2', 'Andelen enskilda i våra verksamheter som har en aktuell genomförandeplan ska årligen öka och '
                      '2025 uppgå till minst 95 %', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Fokusområde', 'Nämndmålet är kopplat till fokusområdet "I Kungsbacka är man trygg och får en god omsorg '
                          'när man behöver stöd för att få livet att fungera".'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'Den enskildes genomförandeplan är ett verktyg för att öka den enskildes inflytande och delaktighet i hur '
     'omsorgen ska genomföras. …\n'
     'Under våren 2023 genomförde fyra enheter IBIC studiecirkel och under hösten 2023 togs en plan för '
     'breddinförande fram. …'),
    ('page', 9),
    ('ind', ['Indikatorer', 'Utfall 2022', 'Utfall 2023'], [
        ['Andel aktuella genomförandeplaner inom vård- och omsorgsboende, egenregi', '89,5%', '98,3%'],
        ['Andel aktuella genomförandeplaner inom hemtjänsten, egenregi', '78,3%', '96,7%'],
        ['Andel aktuella genomförandeplaner inom korttidsboende, egenregi', '84,6%', '77,3%'],
    ]),
    # ---------------------------------------------------------------- 3.2 (KF) - no bedömning printed
    ('goal', '3.2', 'En hållbar utveckling och en hälsosam miljö', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_32),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Under 2023 har arbetet med Kungsbackamodellen fortsatt. Arbetssättet syftar till att förändra vår '
     'hemtjänstprocess från grunden och gå ifrån den strikta minutstyrningen vi har idag till ett tillits- och '
     'behovsbaserat arbetssätt. …\n\n'
     'Genom gemensamma uppföljningar av behov, en ersättningsmodell som stödjer arbetssättet och ett '
     'tvärprofessionellt samarbete kommer varje professions kompetens till än större nytta. …'),
    ('page', 10),
    ('ind', ['Indikatorer', 'Utfall 2020', 'Utfall 2021', 'Utfall 2022'], [
        ['Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, ÅK 4 i % - Flickor.(' + ELEVHALSA + ')', '85%', '88%', '88%'],
        ['Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, ÅK 4 i % - Pojkar. (' + ELEVHALSA + ')', '88%', '93%', '90%'],
        ['Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, ÅK 8 i % - Flickor.(' + ELEVHALSA + ')', '70%', '77%', '72%'],
        ['Andelen elever som skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, ÅK 8 i % - Pojkar.(' + ELEVHALSA + ')', '84%', '92%', '93%'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - flickor.', '70%', '68%', '65%'],
        ['Andelen elever som har skattat sin egen livstillfredsställelse som god eller mycket god under '
         'elevhälsosamtalet, Gymnasiet ÅK 1 i% - pojkar.', '80%', '88%', '85%'],
        ['Avfall från hushåll ska minska med 30% per invånare från 2020 till 2030. Startvärde 100, målvärde 2030 '
         'är 70.', '100', '98', '97'],
        ['Avfall från kommunens verksamheter ska minska med 40 % per heltidsanställd. Startvärde 100, målvärde '
         '2030 är 60.', '100', '72,1', '84,5'],
    ]),
    # ---------------------------------------------------------------- 3.3 (KF) - no bedömning printed
    ('goal', '3.3', 'Bästa företagsklimatet i Västsverige', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_33),
    ('page', 11),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Förvaltningen genomför under året inom ramen för målarbetet inga specifika aktiviteter kopplat till målet om '
     '"Bästa företagsklimatet i Västsverige". Däremot har förvaltningen ett ordinarie pågående arbete som är i linje '
     'med målet, exempelvis konkurrensutsättningsplan.'),
    ('ind', U4, [
        ['Insikt, SKRs servicemätning av kommunernas myndighetsutövning för företag. Nöjd-kund-index utifrån '
         'sammanvägt betygsindex 0-100, för hur företag i kommunen bedömer Kungsbacka kommuns myndighetsutövning, '
         'vilket är en viktig del av företagsklimatet.', '66', '66', '70'],
        ['Svenskt Näringslivs attitydundersökning av kommuners företagsklimat. Medelvärde utifrån skala 1-6, där '
         'företag bedömer företagsklimatet i Kungsbacka kommun.', '3,3', '3,5', '3,4', '3,4'],
        ['Sysselsatt dagbefolkning, antal', '27 384'],
        ['Andel av sysselsatt dagbefolkning inom Göteborgsregionen', '5,1%'],
    ]),
    # ---------------------------------------------------------------- 3.4 (KF) - no bedömning printed
    ('goal', '3.4', 'I Kungsbacka utvecklas vi hela livet', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_34),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     '”God och Nära Vård” är namnet på en pågående reform i hela Sverige, och Kungsbacka kommun är en del av detta '
     'genom samverkan med Region Halland och andra kommuner i Halland. …\n'
     'Bemanning och kompetensförsörjning för framtiden\n'
     'Vi strävar efter att använda varje medarbetares kunskap på bästa sätt och skapa en arbetsmiljö där “varma '
     'händer” gör mest nytta. Vårt fokus är på framtidens vård och omsorg. Genom rätta förutsättningar för våra '
     'medarbetare skapar vi trygghet att möta framtidens utmaningar. Det främjar inte bara en god arbetsmiljö utan '
     'gör oss också till en attraktiv arbetsgivare där medarbetare väljer att stanna. Vi strävar efter att använda '
     'varje medarbetares kunskap på bästa sätt och skapa en arbetsmiljö där “varma händer” gör mest nytta. Vårt '
     'fokus är på framtidens vård och omsorg. Genom rätta förutsättningar för våra medarbetare skapar vi trygghet '
     'att möta framtidens utmaningar. Det främjar inte'),
    ('page', 12),
    ('cont',
     'bara en god arbetsmiljö utan gör oss också till en attraktiv arbetsgivare där medarbetare väljer att stanna.\n\n'
     'Bland annat har nämnden implementerat karriärvägsmodeller inom olika yrkesroller och verksamhetsområden. '
     'Arbetetinternt med att se över och renodla yrkesroller kommer fortgå och i de delar som redan identifierats '
     'kommer implementering påbörjas.'),
    ('ind', U4, [
        ['Genomsnittligt meritvärde i årskurs 9. Meritvärdet utgörs av summan av de 17 bästa betygen i elevens '
         'slutbetyg och kan max vara 340.', '246', '239', '237', '236,5'],
        ['Arbetslöshet för ungdomar 16–24 år i kommunen. (Källa: Arbetsförmedlingen och SCB)',
         '2,8%', '2,6%', '1,7%'],
        ['Självkänsla och framtidstro för gymnasieelever år 2, index med skala 0–10 enligt Skolenkäten som genomförs '
         'enligt Skolinspektionens skolenkät. Enkäten genomförs vartannat år.', '7,7'],
        ['Genomsnittligt betygspoäng för gymnasiets avgångselevers betygspoäng som kan vara max 20.',
         '14', '14,3', '14,4', '14,3'],
    ]),
    # ---------------------------------------------------------------- 3.5 (KF)
    ('goal', '3.5', 'Ett medskapande samhälle och öppen attityd', 'KF'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Fokusområden', FOKUS_35),
    ('kv', 'Kommunövergripande bedömning', NOT),
    ('kv', 'Sammanfattning av nämndens arbete med målet',
     'Vård och Omsorg har under 2023 infört SEFOS – en plattform för säker kommunikation som möjliggör digitala '
     'möten med invånare och internt inom kommunen. …\n\n'
     'Implementering av det nya arbetssättet har på börjats under 2023, utbildningsmaterial och rutiner tagits fram '
     'och verksamheten har påbörjat användandet. Fortsatt införande kommer pågå under 2024. …'),
    ('page', 13),
    ('cont',
     'Verksamheten har under året arbetat aktivt för att säkerställa att alltid när ett behov uppstår i första hand '
     'utreda möjligheten att möta behovet med digitala verktyg eller teknik.\n\n'
     'SKR hade i september ett seminarium med temat ”Framtiden äldreomsorg -biståndsbedömning och välfärdsteknik '
     'som medarbetare från Vård och Omsorg deltog i. …\n'
     'Arbete pågår nu i förvaltningen för att säkerställa att förutsättningar finns för att arbeta utifrån digitalt '
     'först när Kungsbackamodellen är införs'),
    ('ind', U4, [
        ['Hållbart medarbetarengagemang, ett index för medarbetarnas samlade uppfattning om områdena motivation, '
         'ledarskap och styrning, skala 1-100 enligt Medarbetarenkäten. Mätningen görs vartannat år.',
         '78', '78', '78', '76'],
        ['Jämställdhetsindex, Jämix. Antal poäng av max 180. Jämix beräknas utifrån nio nyckeltal med skala 1–20.',
         '91', '103', '114'],
    ]),
    ('note', 'Måttet för Jämställdhetsindex har ett års eftersläpning då siffrorna för 2023 inte har publicerats vid '
             'tiden för rapportens sammanställning'),
    # ---------------------------------------------------------------- 3.5.1 (nämndmål)
    ('goal', '3.5.1', 'Andelen medarbetare och chefer som väljer att avsluta sin anställning hos Vård & Omsorg ska '
                      '2025 uppgå till maximalt 12 procent', 'N'),
    ('kv', 'Beslutats av', 'Nämnd'),
    ('kv', 'Fokusområde', 'Nämndmålet är kopplat till "Kungsbacka kommun är en attraktiv arbetsgivare med modiga och '
                          'medskapande medarbetare och ledare".'),
    ('kv', 'Nämndens bedömning', NOT),
    ('kv', 'Kommentar på nämndmål',
     'Följa upp och säkerställa kompetensnivå för medarbetarna (Bemanning och kompetensförsörjning)\n'
     'Förvaltningen utbildar kontinuerligt personalen inom relevanta områden. …\n'
     'Det pågår ett arbete med att se över och kvalitetssäkra introduktioner för olika befattningar. …\n\n'
     'Renodla yrkesroller i distrikten\n'
     'Förvaltningen har under 2023 påbörjat arbetet med att införa karriärvägsmodellen, beståendes av fyra '
     'titulaturer gällande vård och omsorgspersonal: biträde, vårdbiträde, undersköterska och '
     'specialistundersköterska. Mer om detta finns att läsa i avsnitt 5.1.2'),
    ('page', 14),
    ('cont',
     'Kompetensutveckling\n\n'
     'Projekt Klusterundersköterskor har pågått under 2023 och avsåg dels att renodla sjuksköterskans '
     'arbetsuppgifter men också ta tillvara på undersköterskors kompetens och skapa möjlighet till att utveckla den '
     'ytterligare. …\n'
     'Projektet klusterundersköterskor avslutas efter 2023. Mer information finns att läsa under Hemsjukvården, '
     'Söder.\n\n'
     'Mer information om kompetensutveckling går att läsa under 5.1.2 Utveckla Behålla'),
    ('ind', U4, [
        ['Personalomsättning, egenregi', '13,4%', '12,6%', '14,1%', '15,1%'],
    ]),
    ('page', 15),
    # ---------------------------------------------------------------- 4 direktiv (not an item: no bedömning)
    ('h1', '4 Uppföljning direktiv'),
    ('goal', '4.1', 'Direktiv- Innovation och omställning till nya arbetssätt', 'DIR'),
    ('kv', 'Beslutats av', 'Kommunfullmäktige'),
    ('kv', 'Kommunfullmäktiges formulering',
     'Kungsbacka kommun står inför stora utmaningar kommande decennier. … Nämnderna och kommunstyrelsen får i '
     'uppdrag att öka tempot i att bygga kultur och förmåga och skapa tekniska förutsättningar för '
     'verksamhetsutveckling genom digitalisering genom:\n\n'
     '• Kompetensutveckling och förstärkning med nya kompetenser\n'
     '• Utveckling och spridning av nya arbetssätt\n'
     '• Bygga en kultur som inspirerar och tillåter experimenterande och testande, utforskande och medskapande\n'
     '• Möjlighet att genomföra fler utvecklingsinitiativ\n'
     '• Skapa ändamålsenliga tekniska förutsättningar'),
    ('kv', 'Kommentar',
     'Nämnden för Vård & Omsorg beslutade 2022 om inriktningen Digitalt först som norm som innebär att digitala '
     'lösningar ska vara norm i förvaltningen. …\n'
     'I maj 2023 fick förvaltningen i uppdrag att, genom ett initiativ från nämnden, undersöka, kartlägga och '
     'implementera AI och digitala verktyg inom vård och omsorg i Kungsbacka kommun. …\n\n'
     'Förvaltningen har en ny organisationsstruktur och fokuserar på att arbeta tvärprofessionellt för att effektivt '
     'möta de utmaningar som ett föränderligt samhälle ger oss. Vi jobbar med att anpassa roller och omarbeta '
     'etablerade arbetssätt. För att minska påfrestningen på våra olika verksamheter koncentrerar vi '
     'våraaktiviteter till förvaltningsövergripande nivå. Initierade av förvaltningsledningen drivs aktiviteter i '
     'arbetsgrupper, där flera pilotprojekt och omfattande förberedelser genomförs i det inledandeskedet. Varje '
     'arbetsgrupp inkluderar representation från våra verksamheter. Målet är att göra det enklare att implementera '
     'och förankra förändringar inom Vård & Omsorg. Vi följer en målsökande'),
    ('page', 16),
    ('cont',
     'strategi, vilket betyder att vi är flexibla och kan justera våra planer om måluppfyllelsen inte blir tydlig. '
     'För att ytterligare stärka förändringsprocessen anpassar vi successivt även genomförandeplanen i '
     'förvaltningsbudgeten, både strukturellt och innehållsmässigt.'),
    ('ind', ['Indikatorer', 'Utfall 2023'], [
        ['Status direktiv: Andel innovationsprojekt som drivits under året', '10'],
        ['Status direktiv: Andel av bruttokostnaden som avsätts för verksamhetsutveckling och innovation', '12,7 %'],
    ]),
]
