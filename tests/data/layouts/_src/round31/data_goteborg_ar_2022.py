"""Göteborgs Stads årsredovisning 2022, Förvaltningsberättelse, "Kommunfullmäktiges övergripande mål" (report pp. 36-37):
the overview table "Kommunfullmäktiges övergripande mål och övergripande verksamhetsmål | Bedömd måluppfyllelse för året".

Source: github:DeArbetarForDig/dearbetarfordig.se, data/graf/kf-2023-04-27.json, blob 63c50878b041d318d549a21bfaf6f7a5c37df539
at commit 2dcb45aa0e57414f727ec4e72c1c241b7d6089f4 (3.97 MB; the file's HEAD blob is missing from the snapshot), node "kf-2023-04-27-§14",
field data.handlingText. Rows verbatim, in the order of the text; runs of white space collapsed to one space.
Two goal names are wrapped in the PDF so that the status word stands in the middle of the name in the text
("... forma sina liv Delvis uppfyllt och ingen lämnas utanför", "... och därmed Delvis uppfyllt ... bidrar till det
gemensamma"); they are put back together here.
"""

SECTION_HEAD = 'Kommunfullmäktiges övergripande mål'
COLS = ['Kommunfullmäktiges övergripande mål och övergripande verksamhetsmål', 'Bedömd måluppfyllelse för året']

# (level, goal text, status as printed). level 'mål' = one of the three övergripande mål, 'vm' = övergripande
# verksamhetsmål (the level is NOT printed in the table; it is known from the prose around it and from budget 2022).
ROWS = [
    ('mål', 'Göteborg är en attraktiv storstad där alla ges chansen att forma sina liv och ingen lämnas utanför', 'Delvis uppfyllt'),
    ('vm', 'Göteborg har en förskola och skola som skapar goda och jämlika uppväxtvillkor', 'Delvis uppfyllt'),
    ('vm', 'Göteborg genomför tidiga sociala insatser som skapar likvärdiga livschanser för alla', 'Delvis uppfyllt'),
    ('vm', 'Göteborg har en värdig äldreomsorg med trygghet och självbestämmande', 'Ej uppfyllt'),
    ('vm', 'Göteborg präglas av en god samverkan mellan stad, akademi, civilsamhälle och näringsliv', 'Delvis uppfyllt'),
    ('vm', 'Göteborg är en levande kultur-, idrotts- och evenemangsstad för både boende och besökare', 'Delvis uppfyllt'),
    ('vm', 'Göteborg är en jämlik stad med gemenskap och tillit', 'Delvis uppfyllt'),
    ('mål', 'Göteborg är en hållbart växande storstad med framtidstro', 'Delvis uppfyllt'),
    ('vm', 'Göteborg tar ansvar för kommande generationers livskvalitet', 'Delvis uppfyllt'),
    ('vm', 'Göteborg är en stad med hållbar mobilitet och god framkomlighet', 'Delvis uppfyllt'),
    ('vm', 'Göteborg är en trygg och välskött stad', 'Delvis uppfyllt'),
    ('vm', 'Göteborg byggs attraktivt, tätt och varierat', 'Delvis uppfyllt'),
    ('mål', 'Göteborg är en storstad med stabil ekonomi och hög tillväxt', 'Delvis uppfyllt'),
    ('vm', 'Göteborg har en budget i balans och långsiktigt hållbara finanser', 'Uppfyllt'),
    ('vm', 'Göteborgarna får valuta för skatten och en välfärd med hög kvalitet', 'Delvis uppfyllt'),
    ('vm', 'Göteborgs Stad är en attraktiv arbetsgivare med goda arbetsvillkor', 'Ej uppfyllt'),
    ('vm', 'Göteborg har ett attraktivt och innovativt näringsliv i internationell toppklass', 'Svårbedömt'),
    ('vm', 'Göteborg är en stad där alla som kan jobbar och försörjer sig själv och därmed bidrar till det gemensamma', 'Delvis uppfyllt'),
]

# running head of the page spread (pp. 36-37), as the text has it right after the table
RUN = ('36 Göteborgs Stads årsredovisning 2022 | Förvaltningsberättelse',
       'Förvaltningsberättelse | Göteborgs Stads årsredovisning 2022 37')

# the report's own summaries of this table (prose of the same spread and of "God ekonomisk hushållning", p. 35).
# The prose runs in two or three columns that the text interleaves line by line; these sentences were put back
# together from their column (line-end hyphens joined: "verk- samheter", "bedöm- ningen").
CHECKS = [
    'De tre övergripande målen för stadens verksamheter bedöms vara delvis uppfyllda och även merparten av de '
    'övergripande verksamhetsmålen bedöms vara helt eller delvis uppfyllda.',
    'Fem av de sex övergripande verksamhetsmålen bedöms vara delvis uppfyllda medan målet Göteborg har en värdig '
    'äldreomsorg med trygghet och självbestämmande inte bedöms vara uppfyllt.',
    '... årets måluppfyllelse för de fyra övergripande verksamhetsmålen, som samtliga har bedömningen delvis uppfyllt.',
    'Ett av de övergripande verksamhetsmålen bedöms vara uppfyllt och två bedöms som delvis uppfyllda.',
]
