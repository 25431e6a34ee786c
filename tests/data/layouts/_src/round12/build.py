"""Regenerate the round-12 layout fixtures 65..68 into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round12 && /work/main/.venv/bin/python build.py

This round's sources are OPEN DATA files and other projects' files read from
public GitHub repositories (not report web pages). Every row below was read
from the stored file named in the fixture's json 'source'; nothing was added.
Where only part of a file was taken (first N rows, one department's columns),
'notes' says which part. The two GMPP extracts (66, 68) are kept verbatim in
gmpp_2014_doh.json and gmpp_2017_ho.json beside this script (cells copied from
the CSV, decoded as cp1252). Expected counts were decided by hand from each
source's own wording (see README.md for the judgement calls).
"""
from collections import Counter
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl.styles import Font

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
ITALIC = Font(italic=True)


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


# ------------------------------------------------------------------ 65 AAFC (CA) service standards, target_met Y/N
AAFC_ROWS = [
    # service_id, service_name_en, standard_id, service_standard_en, channel, target, meeting, total, performance, target_met
    ('2224', 'AAFC Contact Centre', 3261, 'Answer calls received within 60 seconds', 'TEL', 0.9, 31283, 31689, 0.9872, 'Y'),
    ('SRV03054', 'African Swine Fever Industry Preparedness Program: Prevention and Preparedness Stream', 5581,
     'Respond to general inquiries made to our email address  before the end of the next business day', 'EML', 0.8, 8, 9,
     0.8889, 'Y'),
    ('SRV03054', 'African Swine Fever Industry Preparedness Program: Prevention and Preparedness Stream', 5583,
     'Send you an approval or a rejection notification letter within 100 business days of receiving a fully complete '
     'applicant package', 'EML', 0.8, 23, 23, 1.0, 'Y'),
    ('SRV03054', 'African Swine Fever Industry Preparedness Program: Prevention and Preparedness Stream', 5584,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 6, 6,
     1.0, 'Y'),
    ('SRV03055', 'African Swine Fever Industry Preparedness Program: Welfare Slaughter and Disposal Stream', 5585,
     'Respond to general inquiries made to our email address  before the end of the next business day', 'EML', 0.8, 10, 12,
     0.8333, 'Y'),
    ('SRV03055', 'African Swine Fever Industry Preparedness Program: Welfare Slaughter and Disposal Stream', 5587,
     'Send you an approval or a rejection notification letter within 100 business days of receiving a fully complete '
     'applicant package', 'EML', 0.8, 24, 25, 0.96, 'Y'),
    ('SRV03055', 'African Swine Fever Industry Preparedness Program: Welfare Slaughter and Disposal Stream', 5588,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 4, 4,
     1.0, 'Y'),
    ('136', 'AgriAssurance: National Industry Association Component', 374,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 59, 59,
     1.0, 'Y'),
    ('136', 'AgriAssurance: National Industry Association Component', 2396,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 19, 20,
     0.95, 'Y'),
    ('136', 'AgriAssurance: National Industry Association Component', 2397,
     'Send you an approval or a rejection notification letter within 100 business days of receiving a fully complete '
     'applicant package', 'EML', 0.8, 7, 21, 0.3333, 'N'),
    ('158', 'AgriAssurance: Small and Medium-sized Enterprise', 391,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 7, 7,
     1.0, 'Y'),
    ('158', 'AgriAssurance: Small and Medium-sized Enterprise', 2398,
     'Send you an approval or a rejection notification letter within 75 business days of receiving a fully complete '
     'applicant package', 'EML', 0.8, 5, 8, 0.625, 'N'),
    ('158', 'AgriAssurance: Small and Medium-sized Enterprise', 2399,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 34, 40,
     0.85, 'Y'),
    ('SRV03056', 'AgriCommunication', 5591,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 15, 18,
     0.8333, 'Y'),
    ('SRV03056', 'AgriCommunication', 5590,
     'Send you an approval or a rejection notification letter within 100 business days of receiving a fully complete '
     'applicant package', 'EML', 0.8, 7, 7, 1.0, 'Y'),
    ('SRV03056', 'AgriCommunication', 5589,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 46, 48,
     0.9583, 'Y'),
    ('144', 'AgriCompetitiveness', 445,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 28, 28,
     1.0, 'Y'),
    ('144', 'AgriCompetitiveness', 2400,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 34, 43,
     0.7907, 'N'),
    ('144', 'AgriCompetitiveness', 2402,
     'Send approval or rejection notification letter within 100 business days after the application has been deemed '
     'complete', 'EML', 0.8, 11, 27, 0.4074, 'N'),
    ('1984', 'Agricultural Clean Technology Program: Adoption Stream', 2382,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 269, 283,
     0.9505, 'Y'),
    ('1984', 'Agricultural Clean Technology Program: Adoption Stream', 2383,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 137, 139,
     0.9856, 'Y'),
    ('1984', 'Agricultural Clean Technology Program: Adoption Stream', 2385,
     'Assess applications and send approval or rejection notification letter within 100 business days after the '
     'application has been deemed complete', 'EML', 0.8, 66, 71, 0.9296, 'Y'),
    ('SRV03057', 'Agricultural Clean Technology:Research and Innovation Stream', 5593,
     'Assess applications and send approval or rejection notification letter within 100 business days after the '
     'application has been deemed complete', 'EML', 0.8, 18, 23, 0.7826, 'N'),
    ('SRV03057', 'Agricultural Clean Technology:Research and Innovation Stream', 5592,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 23, 32,
     0.7188, 'N'),
    ('2223', 'Agriculture Climate Solutions', 5048,
     'Send an approval or a rejection notification letter within 70 business days of the close of the application process',
     'EML', 0.8, 7, 7, 1.0, 'Y'),
    ('2223', 'Agriculture Climate Solutions', 5049,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 20, 22,
     0.9091, 'Y'),
    ('161', 'AgriDiversity', 2405,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 54, 69,
     0.7826, 'N'),
    ('161', 'AgriDiversity', 2406,
     'Send approval or rejection notification letter within 100 business days after the application has been deemed '
     'complete', 'EML', 0.8, 15, 20, 0.75, 'N'),
    ('139', 'AgriInnovate Program', 362,
     'Send you a payment within 30 business days of receipt of a duly completed and documented claim', 'ONL', 0.8, 6, 9,
     0.6667, 'N'),
    ('139', 'AgriInnovate Program', 2407,
     'Respond to general inquiries made to our email address before the end of the next business day', 'EML', 0.8, 74, 89,
     0.8315, 'Y'),
    ('139', 'AgriInnovate Program', 2409,
     'Send approval or rejection notification letter within 100 business days after the application has been deemed '
     'complete', 'EML', 0.8, 1, 3, 0.3333, 'N'),
]


def f65(name):
    wb = Workbook(); s = Sheet(wb, 'ss_2024', first=True)
    hdr = s.row(['fiscal_yr', 'service_id', 'service_name_en', 'service_standard_id', 'service_standard_en', 'type',
                 'channel', 'channel_comments_en', 'target', 'volume_meeting_target', 'total_volume', 'performance',
                 'comments_en', 'target_met', 'owner_org', 'owner_org_title'])
    st = []
    for sid, sname, stdid, std, ch, tgt, meet, tot, perf, met in AAFC_ROWS:
        s.row(['2023-2024', sid, sname, stdid, std, 'TML', ch, None, tgt, meet, tot, perf, None, met, 'aafc-aac',
               'Agriculture and Agri-Food Canada | Agriculture et Agroalimentaire Canada'])
        st.append({'Y': 'green', 'N': 'red'}[met])
    s.ws.freeze_panes = 'A2'
    s.widths([11, 11, 50, 10, 70, 6, 8, 10, 8, 10, 10, 11, 10, 10, 10, 40])
    meta = dict(
        source='github:gcperformance/service-data inputs/ss_2024.csv@18a703609b5d47b9e2291bbfb9aa328663508dde '
               '(a copy of the Government of Canada open dataset "GC Service Inventory and Service Performance", '
               'service standards file, https://open.canada.ca/data/en/dataset/3ac0d080-6149-499a-8b06-7ce5f00ec56c)',
        organisation='Agriculture and Agri-Food Canada (AAFC), federal department',
        country='Canada', language='en',
        document='Open Government dataset "GC Service Inventory and Service Performance" - service standard performance '
                 '2023-2024 (ss_2024.csv), the department\'s own rows',
        year=2024, sheet='ss_2024', header_row=hdr, status_column='N', item_column='E',
        how_status_is_shown='a machine-readable flag column "target_met" holding Y or N (no colour, no words), beside '
                            'target (a fraction, 0.8 / 0.9) and performance (a fraction)',
        vocabulary={'Y': 'green', 'N': 'red'},
        period_read='2023-2024 (fiscal_yr, the only year in the rows)', expected=counts(st),
        notes=('OPEN-DATA CSV AS A WORKBOOK, HEADER IN ROW 1, STATUS AS A ONE-LETTER FLAG: the first 31 data rows of '
               'ss_2024.csv (all Agriculture and Agri-Food Canada, in file order, from "AAFC Contact Centre" to '
               'AgriInnovate standard 2409; the file goes on with AgriInvest and then other departments - left out). '
               'Items are service STANDARDS (one row each); a service has one to three standards, so service_name_en '
               'repeats - the item is service_standard_en (column E), not the service. Counted from target_met: 21 Y -> '
               'green, 10 N -> red. The flag agrees with performance >= target on every row taken (e.g. 0.85 vs 0.8 Y, '
               '0.7907 vs 0.8 N). Column names are the CSV\'s own snake_case names. COLUMNS LEFT OUT: the French twins '
               '(service_name_fr, service_standard_fr, channel_comments_fr, comments_fr) and the four URI columns '
               '(standards_targets_uri_en/fr, performance_results_uri_en/fr) - the remaining 16 columns are in the '
               'file\'s order. channel_comments_en and comments_en are empty in every row taken (kept as empty columns). '
               'Numbers stored as numbers as in the CSV (target 0.8, performance 0.9872 - fractions, not percent). '
               'Double space kept in two standard texts ("email address  before"). service_id mixes numbers and '
               'SRV codes and is kept as text. owner_org_title is bilingual ("... | Agriculture et Agroalimentaire '
               'Canada"). No vocabulary legend in the file: Y/N read as target met / not met from the column name. '
               'AAFC is not among 01-64.'))
    save(wb, name, meta)


# ------------------------------------------------------------------ GMPP (UK) projects as COLUMNS, DCA row
DCA_VOCAB = {'Green': 'green', 'Amber/Green': 'green', 'Amber': 'yellow', 'Amber/Red': 'red', 'Red': 'red',
             'No DCA': 'missing', 'Reset': 'missing'}


def gmpp_sheet(name, data_file, sheet_title, footnote_rows):
    d = json.load(open(os.path.join(HERE, data_file), encoding='utf-8'))
    wb = Workbook(); s = Sheet(wb, sheet_title, first=True)
    labels, cols = d['labels'], d['columns']
    st = []
    for r, label in enumerate(labels):
        vals = [label] + [c[r] if c[r] != '' else None for c in cols]
        s.row(vals, bold=(r == 0), wrap=(r >= 2))
    for c in cols:
        st.append(DCA_VOCAB[c[2].strip()])
    for fr in footnote_rows:
        s.row(fr)
    s.ws.freeze_panes = 'B2'
    s.widths([45] + [34] * len(cols))
    return wb, s, st, d


def f66(name):
    wb, s, st, d = gmpp_sheet(name, 'gmpp_2014_doh.json', 'uk_2014', [])
    meta = dict(
        source='github:rauschgold/ds-bootcamp-capstone-project data/raw_data/uk_2014.csv@'
               '0d72d1973d6c24e04ab0cf2c02cf6cc6bf21060a (a copy of the Major Projects Authority annual report 2014 '
               'data, Government Major Projects Portfolio, as published by the Cabinet Office; cp1252-encoded)',
        organisation='Department of Health (DoH), UK government department - its projects in the Government Major '
                     'Projects Portfolio, rated by the Major Projects Authority',
        country='United Kingdom', language='en',
        document='Major Projects Authority annual report 2014 - project data (Government Major Projects Portfolio, '
                 'position at September 2013, budgets 2013/14)',
        year=2014, sheet='uk_2014', header_row=1, status_column=None, item_column=None,
        how_status_is_shown='ROTATED TABLE: one project per COLUMN (names in row 1), field labels in column A; the '
                            'status is the third ROW, "MPA RAG rating (A Delivery Confidence Assessment ... five-point '
                            'scale, Red - Amber/Red - Amber - Amber/Green - Green ...)", with words like "Amber/Red" '
                            'and "No DCA"',
        vocabulary={'Green': 'green', 'Amber/Green': 'green', 'Amber': 'yellow', 'Amber/Red': 'red', 'Red': 'red',
                    'No DCA': 'missing'},
        period_read='the single rating per project (September 2013 assessment, published 2014)', expected=counts(st),
        notes=('PROJECTS AS COLUMNS, STATUS AS A ROW: the CSV is laid out sideways - row 1 "Project name" followed by '
               'the projects, row 2 "Department", row 3 the MPA RAG rating, then 12 more label rows (Description / '
               'Aims, departmental commentary, start and end dates, 2013/14 budget, forecast, variance, whole-life '
               'costs, narratives). The file holds 200 projects of all departments; only the 35 Department of Health '
               'columns were taken (file columns 60-94, contiguous; one of them spells the department "DOH" instead '
               'of "DoH" - kept), so column B is the first DoH project. The two empty trailing label rows of the file '
               'were left out. Items = 35 projects. FIVE-POINT SCALE COLLAPSED TO THREE (judgement): Green and '
               'Amber/Green -> green (3 + 6), Amber -> yellow (7), Amber/Red and Red -> red (9 + 2), "No DCA" -> '
               'missing (8: the NHS trust hospital schemes with no Delivery Confidence Assessment). Alternatives: '
               'Amber/Green and Amber/Red both yellow gives 3/22/2/0/8; "No DCA" could also be read as '
               'not_applicable. The rating-definitions text sits INSIDE the label of row 3 (with line breaks and '
               'en dashes). Other cells carry status-like words that are NOT the status: "Exempt under section 43 of '
               'the FoI Act (2000)" in budget cells, "N/A", "No departmental narrative". Dates as text dd/mm/yyyy and '
               'money as text as in the CSV. The Department of Health is not among 01-64 (NI BSO, 59, is another '
               'health body).'))
    save(wb, name, meta)


def f68(name):
    d = json.load(open(os.path.join(HERE, 'gmpp_2017_ho.json'), encoding='utf-8'))
    foot = d['labels'][15]
    d['labels'] = d['labels'][:14]
    wb = Workbook(); s = Sheet(wb, 'uk_2017', first=True)
    st = []
    for r, label in enumerate(d['labels']):
        vals = [label] + [c[r] if c[r] != '' else None for c in d['columns']]
        s.row(vals, bold=(r == 0), wrap=(r >= 2))
    for c in d['columns']:
        st.append(DCA_VOCAB[c[2].strip()])
    s.blank()
    s.row([foot], wrap=True)
    s.ws.freeze_panes = 'B2'
    s.widths([45] + [34] * len(d['columns']))
    meta = dict(
        source='github:rauschgold/ds-bootcamp-capstone-project data/raw_data/uk_2017.csv@'
               '0d72d1973d6c24e04ab0cf2c02cf6cc6bf21060a (a copy of the Infrastructure and Projects Authority annual '
               'report 2017 data, Government Major Projects Portfolio; cp1252-encoded)',
        organisation='Home Office, UK government department - its projects in the Government Major Projects Portfolio, '
                     'rated by the Infrastructure and Projects Authority (IPA)',
        country='United Kingdom', language='en',
        document='IPA annual report 2017 - project data (Government Major Projects Portfolio, budgets 2016/17)',
        year=2017, sheet='uk_2017', header_row=1, status_column=None, item_column=None,
        how_status_is_shown='ROTATED TABLE: one project per COLUMN, labels in column A; status in ROW 3 "IPA Delivery '
                            'Confidence Assessment (... five-point scale, Red - Amber/Red - Amber - Amber/Green - '
                            'Green ...)"; one project is "Reset"',
        vocabulary={'Green': 'green', 'Amber/Green': 'green', 'Amber': 'yellow', 'Amber/Red': 'red', 'Red': 'red',
                    'Reset': 'missing'},
        period_read='the single rating per project (IPA annual report 2017)', expected=counts(st),
        notes=('SAME PUBLICATION SERIES AS 66, THREE YEARS LATER, ANOTHER DEPARTMENT: projects as columns (row 1 '
               '"Project Name"), row 2 "Department" (all "HO"), row 3 the IPA Delivery Confidence Assessment, then '
               '11 label rows (budgets now "2016/17 TOTAL Baseline £m (including Non-Government costs)", values as '
               'text with a pound sign, e.g. "£18.03"). Only the 11 Home Office columns were taken (file columns '
               '85-95, contiguous) out of 144 projects. Under the table, after an empty row, the file\'s footnote in '
               'column A ("The IPA Annual Report publishes the whole life cycle costs ...") is kept; the other empty '
               'trailing rows of the file were left out. Items = 11. Counted with the same collapse as 66: Amber/Green '
               '-> green (2), Amber -> yellow (4), Amber/Red -> red (4), "Reset" -> missing (1: Adelphi '
               'Modernisation Programme; the commentary says the programme "would be reset" and it was given no '
               'rating; not_applicable is defensible). Alternative with Amber/Green and Amber/Red as yellow: '
               '0/10/0/0/1. The rating row label still says "definitions in the MPA Annual Report" although the body '
               'is now the IPA. The Home Office is not among 01-64.'))
    save(wb, name, meta)


# ------------------------------------------------------------------ 67 DTA (AU) performance statement, Target/Source/Result blocks
DTA_BLOCKS = [
    ('Criterion 1. Set ICT and digital vision and drive its achievement', [
        ('Target', 'Deliver ICT and digital strategies that support the government’s transformation agenda and are put in '
                   'place and taken up by departments and agencies.\nDevelop and/or deliver ICT and digital platforms that '
                   'are successfully used across government.\nAdvise government on progress in delivering its digital '
                   'transformation agenda and roadmap.', None),
        ('Source', '2017–2020 Corporate Plan', None),
        ('Result', 'Partial achievement.\nThe initial Digital Transformation Roadmap was published in December 2016, and '
                   'will be iteratively updated and expanded throughout 2017–18. Over time, the roadmap will be used to '
                   'identify key priority areas, and measure the rate of change in digital maturity and service '
                   'expansion. \nThe whole-of-government ICT strategy and the Digital Transformation Roadmap continue to '
                   'evolve as the DTA partners with Commonwealth agencies to deliver programs and products.\nThe DTA led '
                   'work on digital platforms, including for digital identity, and developed proposals for the testing '
                   'and delivery of Tell Us Once, Notifications, Payments In and Federated Data Exchange platforms.',
         'yellow'),
    ]),
    ('Criterion 2. Support government transformation through policy, product delivery, program management and capability', [
        ('Target', 'Prioritise and assess areas for reform and develop strategies to drive activity \ntowards them.', None),
        ('Source', '2017–20 Corporate Plan', None),
        ('Result', 'Achieved.\nDuring 2016 to 2017, the DTA transitioned to an expanded remit that included policy '
                   'responsibility for ICT Procurement. This mandate provides the DTA with the lead role for driving ICT '
                   'procurement reforms and delivering better value for money from ICT spend for agencies and '
                   'departments across the Commonwealth. \nAchievements reported for the year ending 30 June 2017 include '
                   'whole-of-government ICT coordinated arrangements that met the government’s objectives, through:\n'
                   'establishment of the whole-of-government Telecommunication Services Panel in December 2016\n'
                   'refresh of the Cloud Services Panel, which concluded in December 2016, resulting in the addition of '
                   '80 new suppliers to the panel as of 30 June 2017\nproviding more opportunities for small-medium '
                   'enterprises to gain access\n to whole-of-government panels\nthe management of ten ICT coordinated '
                   'procurement arrangements in accordance with appropriate contract management plans the conduct of two '
                   'tender processes within expected timeframes and budgets\nongoing, complex negotiations with IBM and '
                   'SAP to establish new coordinated procurement arrangements to achieve better value for money outcomes '
                   'for the Commonwealth.', 'green'),
        ('Result', 'Achieved.\nThe Performance Dashboard, built by the DTO and DTA, promotes transparency \nand helps drive '
                   'the ongoing improvement of government services for all Australians. \nIn the initial rollout in '
                   '2016–17:  \nseven dashboards were published to dashboard.gov.au\none agency published cost per '
                   'transaction information\nsix agencies are working on applying cost per transaction methodology.\nIn '
                   '2017–18, the DTA will continue to work with agencies and departments to increase the number of digital '
                   'services reporting and expects to see more government performance information made available through '
                   'dashboard.gov.au.', 'green'),
        ('Result', 'Achieved.\nTo ensure all agencies are delivering digital solutions that are simple, clear and fast, the '
                   'DTA produced the Digital Service Standard, a 13-step guide for agencies. Since May 2016, the standard '
                   'has been mandatory for new or redeveloped public-facing services. Training on how to apply the '
                   'standard has been provided to more than 1000 Australian Public Service staff in 2016–17. ', 'green'),
        ('Result', 'Achieved.\nThe take-up in participating Commonwealth entities in the ICT Capability Program \nhas '
                   'increased. The benchmarks are:\n70 per cent of students annually accepted for the ICT entry-level '
                   'programs remaining in government after one year, and \n50 per cent remaining after two years.\nIn '
                   '2016–17, these benchmarks were well-exceeded:\n93 per cent of students accepted for the ICT '
                   'Apprenticeship Program remained in the Australian Government after one year. Of the continuing '
                   'students 94 per cent remained after two years\n94 per cent of students accepted for the ICT Cadetship '
                   'Program remained in \nthe Australian Government after one year. Of the continuing students 95 per '
                   'cent remained after two years\n95 per cent of students accepted for the ICT Graduate program remained '
                   '\nin the APS after one year.  ', 'green'),
        ('Target', 'Deliver DTA specific products that aim to solve entrenched whole-of-government problems (i.e. '
                   'procurement for small players, authentication, etc.)', None),
        ('Source', '2017–20 Corporate Plan', None),
        ('Result', 'Achieved\nThe Digital Marketplace opened in August 2016, providing opportunities for small and medium '
                   'enterprises to compete for government work in an environment that is appropriate for smaller-scale, '
                   'innovative procurements. In 2016–17:\nthere were 485 digital sellers on the Digital Marketplace '
                   'competing for business from the 590 registered government buyers  \na total of 190 opportunities have '
                   'been posted on the Digital Marketplace\ncontracts to the value of $25.8 million were reported to '
                   'AusTender, \nwith 82% by value awarded to SMEs.   ', 'green'),
    ]),
    ('Criterion 3. Improve ICT and digital investment governance', [
        ('Target', 'We will have an investment framework for ICT and digital investment that is more strategic, '
                   'coordinated and rigorous.\nWe will provide increased transparency of the government’s ICT and digital '
                   'products, their costs, risks and implementation progress.\nWe will provide transparency of the '
                   'benefits of ICT and digital project investment \nto both government and the community.', None),
        ('Source', '2017–20 Corporate Plan', None),
        ('Result', 'Achieved.\nIn 2016–17, the DTA established the Digital Investment Management Office, to improve how '
                   'agencies initiate, plan and deliver digital and ICT investments across government, including two key '
                   'functions, the Portfolio Management Office and the Digital Investment Office. \nThe Portfolio '
                   'Management Office identifies risks, clarifies benefits, monitors initiatives and provides oversight to '
                   'increase the probability that the government’s digital and ICT investments are successful.\nThe '
                   'Digital Investment Office provides advice to government on future ICT investments. The office engages '
                   'early with agencies that are bringing forward new proposals to be considered by the government, to '
                   'ensure they align with the government’s agenda and priorities. \nThe Digital Investment Management '
                   'Office’s advice and actions help the government modernise and maintain critical infrastructure, make '
                   'the right investments in the right way, to produce the right benefits.\nAs at 30 June 2017, the '
                   'Digital Investment Management Office had prepared \n11 Gold Briefs for government at a value of over '
                   '$1.6 billion.\nAs at 30 June 2017, the Digital Investment Management Office data collection \nhad '
                   'identified 55 projects with a value of over $10 million. ', 'green'),
    ]),
    ('Criterion 4. Build productive relationships between the Australian Government, state and local governments, '
     'overseas governments and industry', [
        ('Target', 'All government agencies will have a clear understanding of the DTA’s role.\nSpecialist '
                   'cross-disciplinary teams working within the DTA and/or across government to successfully deliver on '
                   'partner products in other agencies.\nWe engage with departments and agencies at all levels to support '
                   'the government’s digital transformation agenda.', None),
        ('Source', '2017–20 Corporate Plan', None),
        ('Result', 'Partial achievement.\nThe DTA proactively engages with agencies, state/territory and local governments, '
                   'industry and international organisations and governments to encourage best practice of digital service '
                   'delivery and share information about successful digital transformation efforts. \nThe DTA partnered '
                   'with the DHS to successfully deliver myGov 2.0, a major platform re-design to address user needs and '
                   'known customer pain points. myGov 2.0 delivered simplified content, improved accessibility and better '
                   'responsiveness across mobile devices. The DTA contributed a specialist cross-disciplinary team of user '
                   'researchers, content designers, interaction designers and agile development skills to the project, '
                   'while the DHS contributed programmers, testers and other technical resources. \nThe DTA coordinates '
                   'three whole of government communities of practice in content design, service design and portfolio, '
                   'program and project management. These communities collaborate to solve problems and explore best '
                   'practice. They are open to anyone in local, state/territory and commonwealth government.', 'yellow'),
    ]),
    ('Criterion 5. Develop an effective, well-managed, and capable DTA', [
        ('Target', 'The DTA is respected, highly skilled (across many areas) and can attract, \ngrow and retain talented '
                   'people.\nThe DTA has effective governance and accountability arrangements that are \n‘light on red '
                   'tape’.\nThe DTA’s leaders build capability and promote the organisation’s culture.', None),
        ('Source', '2017–20 Corporate Plan', None),
        ('Result', 'Partial achievement.\nThe DTA continues to attract staff that are innovative, flexible, curious and '
                   'digitally savvy. Staff are highly valued as they work together across the Sydney and Canberra offices '
                   'to respond to the government’s vision for digital transformation. \nThe DTA upholds the APS values and '
                   'works to ensure governance and accountability for public resources in the DTA in accordance with the '
                   'PGPA Act and associated legislative instruments. \nDTA staff are ably supported through day-to-day '
                   'operations by the following \ncore functions:  \nCommunications \nPeople Services\nFinance\nBusiness '
                   'Services \nMinisterial, Parliamentary, Risk, Audit and Governance\nIn 2017–18, the DTA will focus on '
                   'implementing a performance management framework and commence enterprise bargaining activities.',
         'yellow'),
    ]),
]
DTO_BLOCKS = [
    ('Criterion: Simpler and clearer government services and information for users and consolidation of the government’s '
     'web estate', [
        ('Target', 'Deliver a public beta of GOV.AU', None),
        ('Source', '2016–17 Portfolio Budget Statements \n2017–20 Corporate Plan — not applicable', None),
        ('Result', 'Not delivered. The program ceased in 2016–17. Work done for GOV.AU is being re-used for the '
                   'development of a whole-of-government content strategy and a design system of reusable design '
                   'components, including code, that can be used by agencies.', 'red'),
    ]),
    ('Criterion: Transformation of agency digital services in delivery hubs and public reporting against KPIs on a '
     'performance dashboard', [
        ('Target', 'Services meeting the Digital Service Standard will deliver improved user satisfaction, increased '
                   'digital take-up, higher completion rates and/or reduced cost per transaction.', None),
        ('Source', '2016–17 Portfolio Budget Statements\n2017–20 Corporate Plan — not applicable', None),
        ('Result', 'The Performance Dashboard, built by the DTO and DTA, promotes transparency \nand helps drive the ongoing '
                   'improvement of government services for all Australians. In the initial rollout in 2016–17: \nseven '
                   'dashboards were published to dashboard.gov.au\none agency published cost per transaction information\n'
                   'six agencies are working on applying cost per transaction methodology.\nIn 2017–18, the DTA will '
                   'continue to work with agencies and departments to increase the number of digital services reporting '
                   'and expects to see more government performance information made available through dashboard.gov.au.',
         'missing'),
    ]),
    ('Criterion: Greater access to government contracts for businesses and support for government to become better '
     'digital and technology buyers', [
        ('Target', 'Deliver an alpha and public beta of the Digital Marketplace.', None),
        ('Source', '2016–17 Portfolio Budget Statements\n2017–20 Corporate Plan', None),
        ('Result', 'The Digital Marketplace opened in August 2016, providing opportunities for small and medium enterprises '
                   'to compete for government work in an environment that is appropriate for smaller-scale, innovative '
                   'procurements. In 2016–17:\nthere were 485 digital sellers on the Digital Marketplace competing for '
                   'business from the 590 registered government buyers \na total of 190 opportunities have been posted on '
                   'the Digital Marketplace\ncontracts to the value of $25.8 million were reported to AusTender, with 82% by '
                   'value awarded to SMEs.  ', 'missing'),
    ]),
    ('Criterion: Easier approach for users to prove their identity online when using government services', [
        ('Target', 'Deliver a trusted Digital Identity Framework\nDeliver an Identity alpha', None),
        ('Source', '2016–17 Portfolio Budget Statements\n2017–20 Corporate Plan — not applicable', None),
        ('Result', 'Not delivered by the DTO', 'red'),
    ]),
]


def f67(name):
    wb = Workbook(); s = Sheet(wb, 'Performance statement', first=True)
    s.row(['B: Agency performance statement'], font=H1)
    s.row(['DTA Annual Performance Statement 2016–17'], font=H2)
    s.row(['Performance results – Digital Transformation Agency'], font=H2)
    s.row(['The DTA’s Corporate Plan was released in March 2017 and the measurement of the strategies outlined in that '
           'plan are currently being implemented. The agency identified five key priorities in the Corporate Plan and '
           'progress against each is as follows. '], wrap=True)
    first_block = None
    st = []

    def block(caption, rows):
        nonlocal first_block
        s.blank()
        r = s.row([caption], bold=True)
        if first_block is None:
            first_block = r
        for label, text, status in rows:
            s.row([label, text], wrap=True)
            s.ws.cell(row=s.r, column=1).font = BOLD
            if status is not None:
                st.append(status)

    for cap, rows in DTA_BLOCKS:
        block(cap, rows)
    s.blank()
    s.row(['Performance results – Digital Transformation Office'], font=H2)
    s.row(['The former Digital Transformation Office contained the following performance criteria and targets in the '
           '2016–17 Portfolio Budget Statements. The Digital Transformation Office was operational for the period 1 July '
           '2016 – 27 October 2016. The results below reflect this period.'], wrap=True)
    for cap, rows in DTO_BLOCKS:
        block(cap, rows)
    s.widths([12, 120])
    meta = dict(
        source='github:AusDTO/dta-website pages/who-we-are/corporate/annual-report-16-17/05-appendices.md@'
               '12a0830515b937b8198bd4ebc7c23428f4536b19 (the source of dta.gov.au, Annual Report 2016–17, appendix B)',
        organisation='Digital Transformation Agency (DTA), Australian Government agency (formerly the Digital '
                     'Transformation Office)',
        country='Australia', language='en',
        document='DTA Annual Report 2016–17, Appendix B "Agency performance statement" (PGPA Act annual performance '
                 'statement)',
        year=2017, sheet='Performance statement', header_row=first_block, status_column='B', item_column='A',
        how_status_is_shown='no status column: each criterion is a small vertical block of label rows "Target" / '
                            '"Source" / "Result" (label in A, text in B); the rating is the FIRST WORDS of the Result '
                            'text ("Achieved.", "Partial achievement.", "Not delivered. ..."), and some Result cells have '
                            'no rating at all',
        vocabulary={'Achieved. / Achieved': 'green', 'Partial achievement.': 'yellow',
                    'Not delivered. / Not delivered by the DTO': 'red',
                    '(Result text with no rating word)': 'missing'},
        period_read='2016–17 (DTO criteria: 1 July – 27 October 2016)', expected=counts(st),
        notes=('KEY-VALUE BLOCKS FROM A WEBSITE\'S SOURCE FILE (HTML tables inside Markdown): one block per criterion, '
               'caption row in bold, then rows labelled Target / Source / Result; a block can hold SEVERAL Result rows '
               '(criterion 2: four Results under its first Target, a second Target with one more Result). Items = '
               'Result rows (13): DTA criteria 1-5 give 9 (1 + 5 + 1 + 1 + 1), DTO criteria give 4. Counted: '
               '"Achieved." x5 (criterion 2) + criterion 3 -> green 6; "Partial achievement." (criteria 1, 4, 5) -> '
               'yellow 3; "Not delivered. The program ceased in 2016–17." (GOV.AU) and "Not delivered by the DTO" '
               '(Identity) -> red 2 (the GOV.AU program ceased - not_applicable is defensible; the report says "Not '
               'delivered"); two DTO Result cells are pure prose with no rating (Performance Dashboard; Digital '
               'Marketplace, which plainly opened in August 2016) -> missing 2. ALTERNATIVE: items = criteria (9): '
               'criterion 2 once -> 2/3/2/0/2. The same Performance Dashboard and Digital Marketplace paragraphs appear '
               'twice - once rated "Achieved." under DTA criterion 2, once unrated under the DTO - a reader must not '
               'carry the rating across. The rating word varies: "Achieved." vs "Achieved" (no full stop). Source '
               'rows contain "2017–20 Corporate Plan — not applicable" - NOT a status (the plan does not apply to the '
               'DTO criterion). HTML paragraphs and list items became line breaks (no bullet characters added); <br /> '
               'inside sentences kept as line breaks; trailing spaces kept. The page\'s Analysis section and the other '
               'appendices were left out. DTA is not among 01-64.'))
    save(wb, name, meta)


if __name__ == '__main__':
    f65('65_aafc-service-standards-target-met-2023-24')
    f66('66_gmpp-doh-projects-as-columns-2014')
    f67('67_dta-performance-statement-2016-17')
    f68('68_gmpp-home-office-reset-2017')
