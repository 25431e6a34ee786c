"""Regenerate the round-26 layout fixture(s) into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round26 && /work/main/.venv/bin/python build.py

Source: github:DeArbetarForDig/dearbetarfordig.se @a034da59b1a31b1bd016855a282f0e102ec1c30f (the civic-data project
behind dearbetarfordig.se), data/graf/kf-2025-01-30.json, node "kf-2025-01-30-§14", field data.handlingText. The rows
are kept verbatim in data_familjehem_2023.py. Expected counts were decided by hand (see README.md) and are asserted.
Fixture number 102 was not used (see README.md).
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl import Workbook
from openpyxl.styles import Font

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
H3 = Font(bold=True, size=11)
ITALIC = Font(italic=True)
SMALL = Font(italic=True, size=8)

REPO = 'github:DeArbetarForDig/dearbetarfordig.se'
COMMIT = 'a034da59b1a31b1bd016855a282f0e102ec1c30f'


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# =========================================================================================================
# 101  Göteborgs Stad, socialförvaltningarna: Lägesuppdatering familjehemsvården i Göteborg, April 2023 - Bilaga 2
#      "Lägesuppdatering per uppdrag från 2020" (12 uppdrag, status as the opening words of each block's text)
# =========================================================================================================
# The printed status phrases, as they open the first paragraph of each uppdrag block (hand-read, see README).
FH_SCALE = {
    'Uppdraget genomfört': 'green',
    'Uppdraget är genomfört': 'green',
    'Uppdraget är delvis genomfört': 'yellow',
    'Uppdraget delvis genomfört': 'yellow',
    'Uppdraget inte genomfört': 'red',
    'Uppdraget är inte genomfört': 'red',
    'Uppdraget ej genomfört': 'red',
}
# hand count per block, in order: (first words of the uppdrag heading, the status phrase its text opens with)
FH_HAND = [
    ('Likvärdig tillgång till kvalificerat umgängesstöd', 'Uppdraget genomfört'),
    ('Uppdraget med att inhämta såväl SPINK:s', 'Uppdraget är genomfört'),
    ('Uppdrag med teamarbetet', 'Uppdraget är genomfört'),
    ('Arbetet med att bredda RU:s uppdrag', 'Uppdraget är genomfört'),
    ('Säkerställa tillgången till Skolfam', 'Uppdraget är delvis genomfört'),
    ('Marknadsföra bilden av Göteborg', 'Uppdraget delvis genomfört'),
    ('Gemensam jourfamiljehemsenhet', 'Uppdraget inte genomfört'),
    ('Arbetet med HR-stöd', 'Uppdraget ej genomfört'),
    ('Likvärdig tillgång till anpassade öppenvårdsinsatser', 'Uppdraget är inte genomfört'),
    ('I större omfattning söka stöd i familjens nätverk', 'Uppdraget inte genomfört'),
    ('Uppföljningsmodell för stadens familjehemsvård', 'Uppdraget inte genomfört'),
    ('Stöd med digitalisering', 'Uppdraget ej genomfört'),
]


def build_101():
    import data_familjehem_2023 as D
    wb = Workbook()
    s = Sheet(wb, 'Lägesuppdatering familjehem', first=True)
    s.widths([110, 8])

    s.row([D.COVER[0]], font=H1)
    s.row([D.COVER[1]], wrap=True)
    s.blank()
    s.row(['Innehåll'], font=H2)
    for head, page in D.TOC[:-1]:
        s.row([head, page], wrap=len(head) > 110)
    s.row(['1'], font=SMALL)                      # the cover's page number, between the last two Innehåll lines
    s.row([D.TOC[-1][0], D.TOC[-1][1]])
    s.blank()

    def put(kind, text):
        if kind == 'h1':
            return s.row([text], font=H1)
        if kind in ('h2', 'group'):
            return s.row([text], font=H2)
        if kind in ('h3', 'item'):
            return s.row([text], font=H3, wrap=len(text) > 110)
        if kind == 'fig':
            return s.row([text], font=ITALIC)
        if kind == 'page':
            return s.row([text], font=SMALL)
        assert kind == 'p', kind
        return s.row([text], wrap=True)

    for kind, text in D.SUMMARY:
        put(kind, text)
    s.blank()

    items, st, groups = [], [], []
    pending = None                      # heading of the block whose first paragraph is still to come
    for kind, text in D.BILAGA2:
        r = put(kind, text)
        if kind == 'group':
            groups.append([text, 0])
        elif kind == 'item':
            items.append((r, text))
            groups[-1][1] += 1
            pending = text
        elif kind == 'p' and pending is not None:
            phrase = max((p for p in FH_SCALE if text.startswith(p)), key=len)   # the status opens the text
            head, hand = FH_HAND[len(st)]
            assert pending.startswith(head) and phrase == hand, (pending, phrase, head, hand)
            st.append(FH_SCALE[phrase])
            pending = None

    exp = counts(st)
    assert (exp['items'], exp['green'], exp['yellow'], exp['red'], exp['not_applicable'], exp['missing']) == \
        (12, 4, 2, 6, 0, 0), exp
    # the report's own figures: "de 12 uppdrag" (p. 3); the three group headings each say "Fyra" (4 + 4 + 4), but the
    # blocks under them are 4 / 2 / 6 - the TRAP; the Innehåll lists the same 4 / 2 / 6 headings
    assert D.SUMMARY[1][1].startswith('Lägesuppdateringen innefattar de 12 uppdrag')
    assert [g for g, n in groups] == ['Fyra genomförda uppdrag', 'Fyra delvis genomförda uppdrag',
                                      'Fyra ej genomförda uppdrag']
    assert [n for g, n in groups] == [4, 2, 6], groups
    first_item_row = items[0][0]

    meta = {
        'source': (f'{REPO} data/graf/kf-2025-01-30.json@{COMMIT}: node "kf-2025-01-30-§14" (kommunfullmäktige '
                   '2025-01-30, § 14 "Redovisning av uppdrag om att ta fram förslag på hur villkoren för familjehem kan '
                   'förbättras", Handling 2024 nr 217), field data.handlingText: the report "LÄGESUPPDATERING '
                   'FAMILJEHEMSVÅRDEN I GÖTEBORG April 2023" attached to Socialförvaltning Nordost\'s redovisning (the '
                   'first of two identical copies in the node) - its cover lines, Innehåll, "Sammanfattning '
                   'lägesuppdatering" (report page 3) and all of "Bilaga 2 Lägesuppdatering per uppdrag från 2020" '
                   '(report pages 14-21).'),
        'organisation': ('Göteborgs Stad, socialförvaltningarna Centrum, Hisingen, Nordost and Sydväst (report by an '
                         'utredare at Socialförvaltning Nordost, commissioned by the four förvaltningsdirektörer; '
                         'forwarded by the socialnämnder to kommunfullmäktige)'),
        'country': 'Sweden',
        'language': 'sv',
        'document': ('Lägesuppdatering familjehemsvården i Göteborg, April 2023, Bilaga 2 "Lägesuppdatering per uppdrag '
                     'från 2020": 12 uppdrag from the 2017-2020 reviews of the family-home care, each a block of '
                     'heading + text whose first words state whether the uppdrag is genomfört / delvis genomfört / '
                     'inte (ej) genomfört, grouped under three headings "Fyra genomförda / Fyra delvis genomförda / Fyra '
                     'ej genomförda uppdrag"'),
        'year': 2023,
        'sheet': 'Lägesuppdatering familjehem',
        'header_row': None,
        'status_column': 'A',
        'item_column': 'A',
        'how_status_is_shown': (
            'no table and no status cell: everything is in column A, in reading order. Each uppdrag is a bold '
            f'heading row (the first at row {first_item_row}) followed by paragraph rows; the status is the OPENING '
            'WORDS of the first paragraph under the heading: "Uppdraget genomfört, ..." / "Uppdraget är genomfört." / '
            '"Uppdraget är delvis genomfört ..." / "Uppdraget delvis genomfört." / "Uppdraget inte genomfört." / '
            '"Uppdraget är inte genomfört." / "Uppdraget ej genomfört." The blocks stand under three bold group '
            'headings ("Fyra genomförda uppdrag", "Fyra delvis genomförda uppdrag", "Fyra ej genomförda uppdrag") that '
            'also carry the status. No colour, symbols or icons; the words are all the report prints.'),
        'vocabulary': {
            'Uppdraget genomfört': 'green',
            'Uppdraget är genomfört': 'green',
            'Uppdraget är delvis genomfört': 'yellow',
            'Uppdraget delvis genomfört': 'yellow',
            'Uppdraget inte genomfört': 'red',
            'Uppdraget är inte genomfört': 'red',
            'Uppdraget ej genomfört': 'red',
        },
        'period_read': ('lägesuppdatering April 2023 of the uppdrag to be carried out "from 2020 och framåt" (report '
                        'dated April 2023; forwarded to kommunfullmäktige 2025-01-30)'),
        'expected': exp,
        'notes': (
            'PROSE BLOCKS WITH THE STATUS AS THE FIRST WORDS OF THE TEXT, UNDER GROUP HEADINGS WHOSE NUMBERS ARE WRONG. '
            'Items = the 12 uppdrag blocks of Bilaga 2, in order: (1) Likvärdig tillgång till kvalificerat '
            'umgängesstöd; (2) Uppdraget med att inhämta såväl SPINK:s som kategoriteamets bilder ...; (3) Uppdrag med '
            'teamarbetet mellan familjehemssekreterare och socialsekreterare/barnsekreterare ...; (4) Arbetet med att '
            'bredda RU:s uppdrag ...; (5) Säkerställa tillgången till Skolfam för alla placerade barn; (6) '
            'Marknadsföra bilden av Göteborg som attraktiv uppdragsgivare, bredda RU:s uppdrag; (7) Gemensam '
            'jourfamiljehemsenhet; (8) Arbetet med HR-stöd, juridiskt stöd ...; (9) Likvärdig tillgång till anpassade '
            'öppenvårdsinsatser ...; (10) I större omfattning söka stöd i familjens nätverk för familjehem; (11) '
            'Uppföljningsmodell för stadens familjehemsvård; (12) Stöd med digitalisering. green 4 (1-4: "Uppdraget '
            'genomfört," / "Uppdraget är genomfört."); yellow 2 (5 "Uppdraget är delvis genomfört", 6 "Uppdraget '
            'delvis genomfört."); red 6 (7, 10, 11 "Uppdraget inte genomfört."; 8, 12 "Uppdraget ej genomfört."; 9 '
            '"Uppdraget är inte genomfört."). CHECK: "Sammanfattning lägesuppdatering" says "Lägesuppdateringen '
            'innefattar de 12 uppdrag" - 12 agrees. It does NOT agree on the split: each group heading says "Fyra" '
            '(4/4/4), and the summary on page 3 lists 4 genomförda, 4 delvis genomförda (it puts the gemensam '
            'uppföljningsmodell and the nätverk uppdrag there) and 4 ej påbörjade eller genomförda (it names a '
            'välfärdsteknik uppdrag "inte påbörjat" that has no block of its own in Bilaga 2, and no digitalisering '
            'uppdrag); Bilaga 3 (not transcribed), summing up the earlier 2020 lägesuppdatering, says 3 genomförda, 4 '
            'delvis and 4 inte genomförda (11). The blocks '
            'themselves print 4/2/6 and the Innehåll lists the same headings. The count follows the per-block '
            'status. JUDGEMENT: (1) genomfört -> green, delvis genomfört -> yellow, inte / ej genomfört -> red (a '
            'three-step progress scale; "inte" and "ej" are taken as the same grade); (2) blocks 10 and 11 stand '
            'under "Fyra ej genomförda uppdrag" and their text says "Uppdraget inte genomfört", while the page-3 '
            'summary calls them delvis genomfört - the block\'s own words are taken (following the summary instead '
            'gives 12 -> 4/4/4); (3) block 2\'s heading itself ends "är genomfört via kategoristyrningsarbetet." and '
            'its text then opens "Uppdraget är genomfört." - one item, green; (4) block 1 has no heading of its own '
            'in the Innehåll and shares its text line with the group heading ("Fyra genomförda uppdrag Likvärdig '
            'tillgång till kvalificerat umgängesstöd") - read as a block heading like the others; (5) block 1 says '
            '"genomfört" although its text says the Umgängesenhet "fyller en tredjedel av behovet" - taken as printed. '
            'TRAPS: (1) the status is not in a cell of its own but the first words of a long paragraph; (2) the group '
            'headings give 4/4/4 and under-count or over-count what follows; (3) the Innehåll at the top repeats the '
            'block headings with page numbers in B, including the status sentences "... är genomfört via '
            'kategoristyrningsarbetet." and "Uppdraget är genomfört. Kategoristyrning ..." (the report styled that '
            'sentence as a heading); (4) the page-3 summary (before Bilaga 2) states the status of the same uppdrag '
            'again in running sentences ("Uppdrag ... är genomfört.", "... är delvis genomfört.", "... är inte '
            'påbörjat.") under its own subheadings "Genomförda uppdrag" / "Delvis genomförda" / "Ej påbörjade eller '
            'genomförda" - not items; (5) "genomfört"/"genomförd" also occurs in other senses ("Det som inte är '
            'genomfört av ovanstående uppdrag är ..." in the summary, "genomförandeplaner", "genomförs"), and '
            '"Rekommendationer" subheadings and the subheading '
            '"Jourtillgänglighet" stand inside the blocks; (6) block 1 has two "Rekommendationer" sections, and chart '
            'captions (italics) and lone page numbers (small italics, "14"-"21", "3", "1") stand between paragraphs; '
            'the charts themselves are not in the text. TRANSCRIPTION: verbatim, runs of white space collapsed to one '
            'space; the PDF text glues headings to the first line of the following text - they are split where the '
            'Innehåll shows the heading ends (the word multiset of the transcription equals that of the source '
            'passages, with the Innehåll\'s dot leaders removed); source slips kept ("kompenstutveckling", "Rekryteringsenheten ... RU består en medarbetare", "SPNK '
            'följer", "I tre av fyra stadsområde är familjehemsenheter är samlokaliserade", "samordnare ."). Left out: '
            'the contact line under the cover (a name and e-mail address), report pages 2 and 4-13 (Uppdraget, '
            'Bakgrund, Inledning, the proposals, Verksamhetens omfång, Bilaga 1 with costs) and Bilaga 3; the '
            'socialnämndernas tjänsteutlåtanden and the rest of the KF paper. No colour exists in the text, none '
            'added.'),
    }
    save(wb, '101_goteborg-familjehemsvard-lagesuppdatering-uppdrag-block-2023', meta)


if __name__ == '__main__':
    build_101()
