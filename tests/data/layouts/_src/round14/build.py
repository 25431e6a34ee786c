"""Regenerate the round-14 layout fixtures into tests/data/layouts/.

Run:  cd tests/data/layouts/_src/round14 && /work/main/.venv/bin/python build.py

Every row below was read from a PDF stored in a public GitHub repository (named in the
fixture's json 'source': repository, path and commit): Kent County Council's Quarterly
Performance Report, Quarter 3 2024/25 (Appendix 1 to the Cabinet paper of 4 March 2025),
kept by a council-papers chatbot project. The text was taken with `pdftotext -layout`; the
pages were rendered with pdftoppm to read the cell colours and the Direction-of-Travel
arrows (vector drawings, not images, so pdfimages lists nothing). Nothing was added; the
charts of the KPI cards are left as empty rows (their bars carry no printed numbers).
Expected counts were decided by hand from the report's own wording (README.md).
"""
from collections import Counter
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'round3'))
from common import *  # round3's helpers, shared
from openpyxl.styles import Font, Alignment

H1 = Font(bold=True, size=14)
H2 = Font(bold=True, size=12)
BLUE_LINK = Font(bold=True, color='0000FF', underline='single')
WHITE = Font(color='FFFFFF')
WHITE_BOLD = Font(bold=True, color='FFFFFF')

KCC_SRC = ('github:lusavkaedu/council-assistant archive/council_documents_archived/cabinet/2025-03-04/originals/'
           'QPR Q3 Cabinet appendix 1.pdf@4cc1e60d8220e5eeee47a80283d91c8b1e96694e')
# RAG fills as printed (bright green, amber, dark red with white text) and the grey header
G_FILL, A_FILL, R_FILL, GREY = '00FF00', 'FFC000', 'C00000', 'D9D9D9'
FILL = {'GREEN': G_FILL, 'AMBER': A_FILL, 'RED': R_FILL}
STATUS = {'GREEN': 'green', 'AMBER': 'yellow', 'RED': 'red'}
UP, DOWN, SIDE = '\u21e7', '\u21e9', '\u21e8'   # outline arrows: improving, worsening, stable


def counts(statuses):
    c = Counter(statuses)
    return dict(items=len(statuses), green=c['green'], yellow=c['yellow'], red=c['red'],
                not_applicable=c['not_applicable'], missing=c['missing'])


def rag_cell(ws, r, c, word, bold):
    cell = ws.cell(row=r, column=c + 1)
    cell.fill = fill(FILL[word])
    cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    if word == 'RED':
        cell.font = WHITE_BOLD if bold else WHITE
    else:
        cell.font = Font(bold=bold)


# ------------------------------------------------------------------ 73 Kent QPR Q3 2024/25, executive summary
KCC_BLOCKS = [
    ('Customer Services',
     ' – Satisfaction with Contact Point advisors met target. The percentage of phone calls answered improved to move '
     'above target. The percentage of complaints responded to within timescale remains below floor standard and so is '
     'RAG rated Red.',
     'Customer Services KPIs', [
         ('% of callers to Contact Point who rated the advisor who dealt with their call as good', 'GREEN', 'GREEN', DOWN),
         ('% of phone calls to Contact Point which were answered', 'GREEN', 'AMBER', SIDE),
         ('% of complaints responded to within timescale', 'RED', 'RED', SIDE)]),
    ('Governance and Law ',
     '- Freedom of Information (FOI) / Environmental Information Regulation (EIR) requests responded to in timescale, '
     'and Data Protection Act Subject Access requests completed within timescale, both improved but remain below floor '
     'standards.',
     'Governance and Law KPIs', [
         ('% of Freedom of Information Act (FoI) requests completed within 20 working days', 'RED', 'RED', SIDE),
         ('% of Data Protection Act (DPA) Subject Access requests completed within statutory timescales', 'RED', 'RED',
          SIDE)]),
    ('Growth, Economic Development & Communities ',
     '– The number of properties brought back into active use through the No Use Empty programme remained above '
     'target. The amount of Developer Contributions secured as a percentage of amount sought dropped below floor '
     'standard and so is rated Red.',
     'Growth, Economic Development & Communities KPIs', [
         ('Number of homes brought back to market through No Use Empty (NUE)', 'GREEN', 'GREEN', SIDE),
         ('Section 106 developer contributions secured as a percentage of amount sought', 'RED', 'AMBER', SIDE)]),
    ('Environment & Transport',
     '  - Two Highways KPIs failed to meet target which were routine highway repairs reported by residents completed '
     'within 28 days, and emergency incidents attended within timescale, though they only missed target by one and two '
     'percentage points respectively. Municipal Waste recycled or converted to energy, continues to be above target, and '
     'the reduction in Greenhouse Gas emissions also remains ahead of target and on trend towards net zero.',
     'Environment & Transport KPIs', [
         ('% of routine pothole repairs completed within 28 days', 'GREEN', 'GREEN', SIDE),
         ('% of routine highway repairs reported by residents completed within 28 days', 'AMBER', 'GREEN', SIDE),
         ('% of emergency highway incidents attended within 2 hours of notification', 'AMBER', 'AMBER', SIDE),
         ('% of public enquiries for Highways maintenance reported online', 'GREEN', 'GREEN', SIDE),
         ('% of municipal waste recycled or converted to energy and not taken to landfill – rolling 12 months', 'GREEN',
          'GREEN', DOWN),
         ('Greenhouse Gas emissions from KCC estate (excluding schools) in tonnes – rolling 12 months', 'GREEN', 'GREEN',
          UP)]),
    ('Education & Skills ',
     '– Completion of Education, Health and Care Plan (EHCP) assessments in timescale remains below floor standard, but '
     'with improved performance quarter on quarter.  Annual EHCP reviews waiting over 12 months is ahead of target and '
     'on an improving trend. Pupils with EHCPs who are placed in independent or out of county special schools is on the '
     'floor standard. Permanent pupil exclusions remains on its floor standard. The rate of first-time entrants to the '
     'youth justice system is on an improving trend and has moved ahead of its target of the first time in over a year.',
     'Education & Skills KPIs', [
         ('% of Education, Health Care Plans (EHCPs) issued within 20 weeks – rolling 12 months', 'RED', 'RED', SIDE),
         ('% of annual EHCP reviews waiting over 12 months', 'GREEN', 'GREEN', UP),
         ('% of pupils (with EHCP’s) being placed in independent or out of county special schools', 'AMBER', 'AMBER', UP),
         ('% of pupils permanently excluded from school – rolling 12 months', 'AMBER', 'AMBER', SIDE),
         ('Rate of first-time entrants to youth justice system – rolling 12 months', 'GREEN', 'AMBER', UP)]),
    ('Integrated Children’s Services',
     ' – Two of the eight indicators met target, the same as the previous quarter. The two Amber and four Red KPIs '
     'continue to reflect the financial and workload pressures within the services. Of the four Red KPIs, only one '
     'improved on the previous quarter (the percentage of case holding posts filled by permanent qualified social '
     'workers), with the other three all worsening and on negative trends.',
     'Integrated Children’s Services', [
         ('% of Early Help cases closed with outcomes achieved that come back to social care teams within 3 months',
          'GREEN', 'AMBER', SIDE),
         ('% of case holding posts filled by permanent qualified social workers', 'AMBER', 'RED', SIDE),
         ('% of children social care referrals that were repeat referrals within 12 months', 'GREEN', 'GREEN', SIDE),
         ('% of foster care placements which are in-house or with relatives and friends (excluding UASC)', 'RED', 'RED',
          DOWN),
         ('Number of foster households', 'RED', 'RED', DOWN),
         ('% of care leavers in education, employment or training (of those KCC is in touch with)', 'RED', 'RED', DOWN),
         ('Percentage of reviews completed within timescale by the Strengthening Independence Service (18-25)', 'AMBER',
          'AMBER', SIDE),
         ('Percentage of Learning Disability Young People in Settled Accommodation', 'GREEN', 'GREEN', UP)]),
    ('Adult Social Care',
     ' – Two KPIs are rated Green for the latest quarter, three are Amber and one is Red. The Red KPI is the Proportion '
     'of new Care Needs Assessments delivered within 28 days which is one percentage point below its floor standard.',
     'Adult Social Care KPIs', [
         ('% of people who have their contact resolved by ASCH but then make contact again within 3 months', 'GREEN',
          'AMBER', SIDE),
         ('Proportion of new Care Needs Assessments delivered within 28 days', 'RED', 'AMBER', SIDE),
         ('% of people receiving a long-term community service who receive Direct Payments', 'AMBER', 'AMBER', UP),
         ('Proportion of older people (65+) who were still at home 91 days after discharge from hospital into '
          'reablement / rehabilitation services', 'AMBER', 'AMBER', SIDE),
         ('Long Term support needs of older people (65 and over) met by admission to residential and nursing care homes, '
          'per 100,000', 'GREEN', 'GREEN', UP),
         ('% of KCC supported people in residential or nursing care where the CQC rating is Good or Outstanding', 'AMBER',
          'AMBER', SIDE)]),
    ('Public Health',
     ' – Three out of five KPIs are exceeding target. The number of mandated checks delivered by the health visiting is '
     'below target but is no longer on a declining trend. The number of adults accessing structured substance misuse '
     'treatment is below target but on an improving trend. We now have data for the new indicator on sexual health '
     'screening and this is below target on a declining trend. The percentage of Live Well clients who would recommend '
     'the service to family, friends or someone in a similar situation remains above target.',
     'Public Health KPIs', [
         ('Number of eligible people receiving an NHS Health Check – rolling 12 months', 'GREEN', 'GREEN', UP),
         ('Number of mandated universal checks delivered by the health visiting service – rolling 12 months', 'AMBER',
          'AMBER', SIDE),
         ('% of all new first-time patients (at any clinic) receiving a full sexual health screen (excluding online '
          'referrals)', 'AMBER', 'AMBER', DOWN),
         ('Number of Adults accessing structured substance misuse treatment during a rolling 12-month period', 'AMBER',
          'AMBER', UP),
         ('Successful completion of drug and alcohol treatment', 'GREEN', 'GREEN', UP),
         ('% of Live Well clients who would recommend the service to family, friends or someone in a similar situation',
          'GREEN', 'GREEN', SIDE)]),
]

KCC_SUMMARY = [  # Executive Summary count table: G, A, R, improving, stable, worsening (blank = empty cell)
    ('Customer Services', 2, None, 1, None, 2, 1),
    ('Governance and Law', None, None, 2, None, 2, None),
    ('Growth, Economic Development & Communities', 1, None, 1, None, 2, None),
    ('Environment and Transport', 4, 2, None, 1, 4, 1),
    ('Children, Young People and Education\n(Education & Skills)', 2, 2, 1, 3, 2, None),
    ('Children, Young People and Education\n(Integrated Children’s Services)', 3, 2, 3, 1, 4, 3),
    ('Adult Social Care', 2, 3, 1, 2, 4, None),
    ('Public Health', 3, 3, None, 3, 2, 1),
    ('TOTAL', 17, 12, 9, 10, 22, 6),
]


def f73(name):
    wb = Workbook(); s = Sheet(wb, 'Appendix 1', first=True)
    ws = s.ws
    # --- page 1: key
    s.row(['Key to KPI Ratings used'], font=H1)
    s.row(['This report includes 38 Key Performance Indicators (KPIs), where progress is assessed against Targets which '
           'are set at the start of the financial year. Progress against Target is assessed by RAG (Red/Amber/Green) '
           'ratings. Progress is also assessed in terms of Direction of Travel (DoT) using arrows. Direction of Travel is '
           'based on regression analysis across the whole timeframe shown in the KPI graphs.'], wrap=True)
    s.merge(s.r, 0, s.r, 3)
    s.blank()
    for word, meaning in [('GREEN', 'Target has been achieved or exceeded'),
                          ('AMBER', 'Floor Standard* achieved but Target has not been met'),
                          ('RED', 'Floor Standard* has not been achieved'),
                          (UP, 'Performance is improving (positive trend)'),
                          (DOWN, 'Performance is worsening (negative trend)'),
                          (SIDE, 'Performance has remained stable or shows no clear trend')]:
        r = s.row([word, meaning])
        s.merge(r, 1, r, 3)
        if word in FILL:
            rag_cell(ws, r, 0, word, False)
        else:
            ws.cell(row=r, column=1).alignment = Alignment(horizontal='center')
    s.row(['*Floor Standards are the minimum performance expected and if not achieved must result in management '
           'action.'], wrap=True)
    s.merge(s.r, 0, s.r, 3)
    s.blank()
    s.row(['Key to Activity Indicator Graphs'], font=H1)
    for p in ['Alongside the Key Performance Indicators, this report includes a number of Activity Indicators which '
              'present demand levels for services or other contextual information.',
              'Graphs for activity indicators are shown either with national benchmarks or in many cases with Upper and '
              'Lower Thresholds which represent the range activity is expected to fall within. Thresholds are based on '
              'past trends and other benchmark information.',
              'If activity falls outside of the Thresholds, this is an indication that demand has risen above or below '
              'expectations and this may have consequences for the council in terms of additional or reduced costs.',
              'Activity is closely monitored as part of the overall management information to ensure the council reacts '
              'appropriately to changing levels of demand.']:
        s.row([p], wrap=True)
        s.merge(s.r, 0, s.r, 3)
    s.blank()
    # --- page 2: executive summary
    r = s.row(['Executive Summary'], font=H1, fills={c: GREY for c in range(7)})
    s.merge(r, 0, r, 6)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal='center')
    for p in ['In Quarter 3, 2024/25, 17 of the 38¹ indicators are rated as Green, on or ahead of target (one more than '
              'last Quarter). 12 indicators reached or exceeded the floor standard and are rated Amber (three fewer than '
              'last Quarter), with nine indicators not achieving the floor standard and so RAG rated Red (one more than '
              'last Quarter). Ten indicators were showing an improving trend (one fewer than last Quarter), with six '
              'showing a worsening trend (the same as last Quarter).',
              'The performance indicators giving greatest concern remain closely aligned with the services where the '
              'financial strains and demand are most acute (particularly those KPIs which have a link to cost in Special '
              'Educational Needs and Disabilities, children in care placements and Adult Social Care). This affirms that '
              'the right indicators are being used to assess performance, with KPI results reflecting the areas of '
              'greatest challenge. Due to this being a reflective report on the last Quarter, performance may not always '
              'correspond to what people are experiencing at the current time, particularly when demand fluctuates on a '
              'seasonal basis, such as for Highways indicators.']:
        s.row([p], wrap=True)
        s.merge(s.r, 0, s.r, 6)
    s.blank()
    r = s.row([None, 'G', 'A', 'R', UP, SIDE, DOWN])
    for c, w in ((1, 'GREEN'), (2, 'AMBER'), (3, 'RED')):
        rag_cell(ws, r, c, w, False)
    for name_, *vals in KCC_SUMMARY:
        r = s.row([name_] + list(vals), bold=(name_ == 'TOTAL'), wrap='\n' in name_)
    s.blank()
    s.row(['¹ Comparison with the previous quarter is included as usual, but it should be noted that two Education & '
           'Skills KPIs have been removed from the report following changes to Ofsted inspections, and one Public Health '
           'KPI is now included in the RAG ratings due to data now being available for that KPI for the first time this '
           'year.'], wrap=True)
    s.merge(s.r, 0, s.r, 6)
    s.blank()
    # --- pages 3-6: one narrative + one RAG table per directorate
    st = []
    hdr = None
    for link, text, table_name, rows in KCC_BLOCKS:
        s.row([link + text], wrap=True)
        s.merge(s.r, 0, s.r, 3)
        s.blank()
        h1 = s.row([table_name, 'RAG rating', None, 'DoT'], bold=True, fills={c: GREY for c in range(4)})
        h2 = s.row([None, 'Latest', 'Previous'], fills={c: GREY for c in range(4)})
        ws.cell(row=h2, column=2).font = BOLD
        ws.cell(row=h1, column=1).font = BLUE_LINK
        s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 2); s.merge(h1, 3, h2, 3)
        hdr = hdr or h1
        for kpi, latest, previous, dot in rows:
            r = s.row([kpi, latest, previous, dot], wrap=True)
            rag_cell(ws, r, 1, latest, True)
            rag_cell(ws, r, 2, previous, False)
            ws.cell(row=r, column=4).alignment = Alignment(horizontal='center', vertical='center')
            st.append(STATUS[latest])
        s.blank()
    s.widths([58, 11, 11, 7, 7, 7, 7])
    meta = dict(
        source=KCC_SRC + ' (a copy of Kent County Council, "Quarterly Performance Report, Quarter 3, 2024/25", Appendix 1 '
               'to the Cabinet paper of 4 March 2025, produced by Kent Analytics; PDF pages 2-7 = report pages 1-6: Key to '
               'KPI Ratings, Executive Summary and the eight directorate RAG tables)',
        organisation='Kent County Council (UK county council) – all directorates',
        country='United Kingdom', language='en',
        document='Quarterly Performance Report Q3 2024/25 – Key to KPI Ratings and Executive Summary (38 KPIs, RAG rating '
                 'Latest / Previous, Direction of Travel)',
        year=2024, sheet='Appendix 1', header_row=hdr, status_column='B', item_column='A',
        how_status_is_shown='the words GREEN / AMBER / RED in cells filled green / amber / dark red (white text), in two '
                            'columns under a merged header "RAG rating": "Latest" (bold; Quarter 3 = October-December '
                            '2024) and "Previous" (Quarter 2); a fourth column "DoT" holds an outline arrow (up improving, '
                            'down worsening, right stable). The key at the top of the sheet explains both, and the '
                            'Executive Summary has a count table (G / A / R / arrows per directorate).',
        vocabulary={'GREEN (Target has been achieved or exceeded)': 'green',
                    'AMBER (Floor Standard achieved but Target has not been met)': 'yellow',
                    'RED (Floor Standard has not been achieved)': 'red',
                    '⇧ / ⇨ / ⇩ in DoT (trend)': 'not a status'},
        period_read='Latest = Quarter 3 2024/25 (the column "Latest"; "Previous" is Quarter 2)', expected=counts(st),
        notes=('EIGHT SMALL RAG TABLES UNDER NARRATIVE PARAGRAPHS, TWO PERIODS SIDE BY SIDE, A KEY AND A COUNT TABLE ABOVE '
               'THEM. Items = the 38 KPI rows of the eight directorate tables (3+2+2+6+5+8+6+6), read in the "Latest" '
               'column: 17 green, 12 amber -> yellow, 9 red - exactly the report\'s own totals ("17 of the 38 indicators '
               'are rated as Green ... 12 ... Amber ... nine ... Red") and the TOTAL row of the count table. The Previous '
               'column (Quarter 2) gives 14/16/8 (not used; the report\'s "one more than last Quarter" etc. compare with '
               'the previous report, whose KPI set differed by two removed and one added KPI - footnote 1). TRAPS: (1) the key at the top repeats GREEN / AMBER / RED '
               'in coloured cells with their meanings - legend rows, not items; (2) the Executive Summary count table '
               '(G / A / R / arrow columns, a TOTAL row) holds numbers, not statuses; (3) each table has a two-row header '
               'with merged cells (directorate name over two rows, "RAG rating" over Latest/Previous, "DoT" over two '
               'rows), and the Integrated Children\'s Services table is headed without "KPIs"; (4) the DoT arrows are a '
               'trend, not a status (the key lists them next to the RAG words); (5) narrative and table disagree twice - '
               'Integrated Children\'s Services says "Two of the eight indicators met target ... two Amber and four Red" '
               'while its Latest column (and the count table) show 3 GREEN / 2 AMBER / 3 RED - the sentence matches the '
               'Previous column (2 / 2 / 4), i.e. last quarter\'s text -, and Public Health says "Three out of '
               'five KPIs" above a table of six; the table cells were taken, the prose kept as printed. The arrows are '
               'vector drawings in the PDF; they were read from the rendered pages and agree with the count table (10 up, '
               '22 stable, 6 down). Fills approximate the PDF (#00FF00, #FFC000, #C00000). Page furniture ("Appendix 1" '
               'running head, page numbers) left out; the blue underlined directorate names at the start of each paragraph '
               'are kept as the first words of the paragraph. Kent\'s web pages (legend or counts only) were tried in '
               'earlier rounds; this PDF with its item rows was not. The footnote marker is printed as a superscript 1 '
               '("38¹").'))
    save(wb, name, meta)


# ------------------------------------------------------------------ 74 Kent QPR Q3 2024/25, ICS section with KPI cards
ICS_PROSE = [
    ('h', 'Early Help'),
    ('p', 'At the end of December 2024, there were 2,287 family cases open to Early Help units, providing support for '
          '4,637 children and young people under the age of 18. This is an 8.6% increase in the number of families '
          'supported when compared to the end of the previous Quarter (2,105), but 4.3% fewer families than Quarter 3 last '
          'year (2,389).'),
    ('p', 'The performance measure for ’Percentage of Early Help cases closed with outcomes achieved returning to Early '
          'Help or Children’s Social Work teams within 3 months was 14.9%, a reduction of 0.3% from the previous Quarter '
          '(15.2%) and achieving the target of being 15.0% or lower.'),
    ('h', 'Children’s Social Care - Staffing and Caseloads'),
    ('p', 'On 31st December 2024, the number of open cases (including those for care leavers above the age of 18) was '
          '11,165, an increase of 311 children and young people when compared to the end of the previous Quarter '
          '(10,854).'),
    ('p', 'There were 6,357 referrals to children’s social care services in the Quarter, an 8.3% increase when compared to '
          'the previous Quarter (5,869) and 10.8% higher than Quarter 3 last year (5,735). The rate of re-referrals within '
          '12 months for the 12 months to December 2024 was 22.2%, compared to 23.4% the previous Quarter, continuing to '
          'achieve the target of 25.0% or lower. This compares to the England average of 22.4% for 2023/24.'),
    ('p', 'The percentage of case-holding social worker posts held by permanent qualified social workers employed by Kent '
          'County Council (75.2%) has improved from 74.7% in September 2024 and is just above the floor standard of '
          '75.0%.'),
    ('p', 'The average caseload for Social Workers in Children’s Social Work Teams was 21 children in December 2024. This '
          'is above the target caseload of no more than 18 children and an increase from the previous quarter, when the '
          'average caseload was 20 children.'),
    ('h', 'Child Protection'),
    ('p', 'On 31st December 2024, there were 1,109 children subject to a child protection plan, an increase of 14 children '
          'from the end of the previous Quarter (1,095). The rate per 10,000 children (aged 0-17) was 32.9, which remains '
          'below the last published rate for England of 41.6 (31st March 2024).'),
    ('h', 'Children in Care'),
    ('p', 'The number of non-UASC children in care decreased by 25 in the Quarter to 1,409. The number of unaccompanied '
          'asylum-seeking children (UASC) in care decreased by 80 to 475, with some of these young people awaiting '
          'transfer to another local authority under the National Transfer Scheme. The number of children in care placed '
          'in Kent by other local authorities (OLA) increased by 12 children over the Quarter to 1,238.'),
    ('t', None),
    ('p', 'The percentage of Children in Care (excluding UASC) placed in KCC in-house foster care or with family/friends '
          'has remained below the floor standard of 75.0%. Performance for this measure was 73.2% for the 12 months to '
          'December 2024, compared to 72.7% at the end of the previous quarter. Performance against this measure is '
          'impacted by the availability of in-house foster placements which is a national issue. Since the legal '
          'judgement of July 2023, KCC has between 35-40 in-house fostering beds available for unaccompanied children '
          'under the age of 16 years being cared for whilst awaiting transfer on the National Transfer Scheme. The number '
          'of in-house beds required was reviewed following the opening of the KCC Children’s homes and supported '
          'accommodation. In December 2024, 12 in house beds were released from the UASC scheme and are now available for '
          'other children. Given this recent change in availability, the next quarter should see an improvement in this '
          'performance measure.'),
    ('p', 'Kent Fostering is part of a cluster of Local Authorities who received DfE funding to support a national approach '
          'to the recruitment and retention of Local Authority Foster Carers. A national recruitment hub, Fostering South '
          'East, launched on 8th July 2024, to be followed by national recruitment activity, encouraging people to foster '
          'for their Local Authority. Additional DfE funding was secured to develop the Mockingbird Scheme - part of a '
          'support package to retain our existing foster carers. The scheme launched in October 2024 with the first two '
          'Mockingbird home hub foster carers constellations now live for South Kent and East Kent. The ambition is to '
          'have four Mockingbird hub foster care constellations, one in each area of Kent, by the end of March 2025 with '
          'the recruitment for a North Kent and West Kent foster carer hub now taking place.'),
    ('p', 'An additional performance measure regarding the number of fostering households was added for this reporting '
          'year to reflect the priority of recruiting and retaining foster carers. As of 31st December 2024, there were '
          '613 approved households against a target of 700 households. Actions being taken to increase the number of '
          'fostering households include increased information events, recruitment stands at large community events, '
          'specific campaigns using social media and use of the “refer a friend” payment to encourage existing foster '
          'carers to support recruitment of family and friends to join Kent Fostering. Part of the recruitment strategy '
          'will be to look to our existing KCC staff group, to promote becoming a foster carer and completing the initial '
          'work on whether KCC can become a “Fostering Friendly” employer; to this end, a policy has been developed and is '
          'currently with legal services for advice prior to presenting to the Corporate Director for a decision. The '
          'service is at the initial stages of developing a “Create a Room” project, to support existing approved foster '
          'carers to create an additional bedroom for fostering, through supporting either dividing an existing room, '
          'converting a garage, having a small extension or loft conversion.'),
    ('p', 'From 1st April 2024, Kinship assessment and support services were centralised, with both functions moving into '
          'the fostering service to improve the offer to all types of kinship carers including Special Guardians and '
          'Kinship (Connected Person) Foster Carers. The aim of the new service is to increase the numbers of children '
          'safely placed with family and friends within their community network and reduce those needing a mainstream '
          'foster placement.'),
    ('h', 'Care Leavers'),
    ('p', 'The number of care leavers at the end of December 2024 was 2,016 – an increase of 3 from the previous Quarter. '
          'Of the 2,016 care leavers, 1,036 (51.4%) were non-UASC care leavers and 980 (48.6%) were UASC. The percentage '
          'of care leavers in education, employment or training, at 53.6%, remained below the target of 65.0%. A number of '
          'our unaccompanied young people remain without status, having entered the country after 23rd July 2023 and '
          'impacted by the Immigration Bill (2023). This cohort of unaccompanied care leavers, with no status, are not '
          'able to remain in education or gain employment when they reach the age of 18, impacting upon the overall '
          'numbers in education, training and employment. The Home Office confirmed unaccompanied children who entered '
          'the country during this period will have their applications prioritised, which should then lead to an '
          'improvement against the target.'),
    ('h', 'Strengthening Independence Service'),
    ('p', 'Two additional measures were added to this report for 2024/25 to cover the Strengthening Independence Service '
          'within CYPE and their support for 18–25-year-olds with a disability. For the 12 months to December 2024, the '
          'percentage of reviews completed within timescale was 59.1%, a decrease from the performance at the end of '
          'Quarter 2 (59.6%) and below the Target of 65.0%. The percentage of young people with a learning disability in '
          'Settled Accommodation is 98.6%, exceeding the 95.0% Target.'),
]

ICS_CIC_TABLE = [  # 'Status' is the printed name of the first column (Non-UASC / UASC / Total)
    ('Status', 'Dec-23', 'Mar-24', 'Jun-24', 'Sep-24', 'Dec-24'),
    ('Non-UASC', 1466, 1460, 1444, 1434, 1409), ('UASC', 531, 480, 476, 555, 475),
    ('Total', 1997, 1940, 1920, 1989, 1884),
    ('Gender',), ('Male', 1329, 1273, 1266, 1327, 1222), ('Female', 666, 664, 651, 660, 659),
    ('Non-binary', 2, 3, 3, 2, 3),
    ('Age Group',), ('0 to 4', 253, 239, 237, 247, 247), ('5 to 9', 231, 235, 227, 232, 218),
    ('10 to 15', 665, 655, 647, 628, 607), ('16 to 17', 848, 811, 809, 882, 812),
    ('Ethnicity',), ('White', 1344, 1330, 1318, '1308', 1262), ('Mixed', 109, 112, 106, 113, 110),
    ('Asian', 23, 26, 26, 32, 37), ('Black', 110, 114, 141, 104, 122), ('Other', 411, 358, 329, 432, 353),
]

ICS_CARDS = [  # title, RAG word, DoT arrow, Latest, Target/Floor, Previous
    ('Percentage of Early Help cases closed with outcomes achieved that come back to Early Help or Children’s Social '
     'Work teams within 3 months', 'GREEN', SIDE, 'Latest: 14.9%', 'Target: 15%, Floor: 20%', 'Previous: 15.2% (Amber)'),
    ('Percentage of case holding posts filled by permanent qualified social workers', 'AMBER', SIDE, 'Latest: 75.2%',
     'Target: 85%, Floor 75%', 'Previous: 74.7% (Red)'),
    ('Percentage of children’s social care referrals that were repeat referrals within 12 months', 'GREEN', SIDE,
     'Latest: 22.2%', 'Target: 25%, Floor 30%', 'Previous: 23.4% (Green)'),
    ('Percentage foster care placements which are in-house or with relatives and friends (excluding UASC)', 'RED', DOWN,
     'Latest: 73.2%', 'Target: 85%, Floor: 75%', 'Previous: 72.7% (Red)'),
    ('Number of foster households', 'RED', DOWN, 'Latest: 613', 'Target: 700 Floor: 650', 'Previous: 612 (Red)'),
    ('Percentage of care leavers in education, employment or training (of those KCC is in touch with)', 'RED', DOWN,
     'Latest: 53.6%', 'Target: 65%, Floor: 55%', 'Previous: 54.3% (Red)'),
    ('Percentage of reviews completed within timescale by the Strengthening Independence Service (18-25)', 'AMBER', SIDE,
     'Latest: 59.1%', 'Target: 65%, Floor: 55%', 'Previous: 59.6% (Amber)'),
    ('Percentage of Learning Disability Young People in Settled Accommodation', 'GREEN', UP, 'Latest: 98.6%',
     'Target: 95%, Floor: 90%', 'Previous: 98.1% (Green)'),
]


def f74(name):
    wb = Workbook(); s = Sheet(wb, 'Integrated Children’s Services', first=True)
    ws = s.ws
    s.row(['Children, Young People and Education (Integrated Children’s Services)'], font=H1)
    s.blank()
    s.row(['Cabinet Members', 'Sue Chandler'], bold=False)
    ws.cell(row=s.r, column=1).font = BOLD
    s.row(['Corporate Director', 'Sarah Hammond'])
    ws.cell(row=s.r, column=1).font = BOLD
    s.blank()
    r1 = s.row(['KPI\nSummary', 'GREEN', 'AMBER', 'RED', UP, SIDE, DOWN], bold=True)
    for c, w in ((1, 'GREEN'), (2, 'AMBER'), (3, 'RED')):
        rag_cell(ws, r1, c, w, False)
    r2 = s.row([None, 3, 2, 3, 1, 4, 3])
    s.merge(r1, 0, r2, 0)
    s.blank()
    for kind, text in ICS_PROSE:
        if kind == 'h':
            s.row([text], bold=True)
        elif kind == 'p':
            s.row([text], wrap=True)
            s.merge(s.r, 0, s.r, 6)
        else:
            for i, row in enumerate(ICS_CIC_TABLE):
                r = s.row(list(row), bold=(i == 0 or len(row) == 1))
                for c in range(1, 6):
                    cell = ws.cell(row=r, column=c + 1)
                    if isinstance(cell.value, int):
                        cell.number_format = '#,##0'
            s.blank()
    s.blank()
    s.row(['Key Performance Indicators'], font=H2)
    st = []
    for title, word, dot, latest, target, previous in ICS_CARDS:
        r = s.row([title, None, None, word + '\n' + dot], wrap=True, fills={0: GREY, 1: GREY, 2: GREY})
        s.merge(r, 0, r, 2)
        rag_cell(ws, r, 3, word, False)
        ws.row_dimensions[r].height = 30
        s.blank(); s.blank(); s.blank()          # the chart (Actual bars / Target line, Sep-23 ... Dec-24)
        s.row([latest, target, previous])
        for c in range(3):
            ws.cell(row=s.r, column=c + 1).alignment = Alignment(horizontal='center')
        st.append(STATUS[word])
        s.blank()
    s.widths([46, 26, 26, 10, 8, 8, 8])
    meta = dict(
        source=KCC_SRC + ' (a copy of Kent County Council, "Quarterly Performance Report, Quarter 3, 2024/25", Appendix '
               '1 to the Cabinet paper of 4 March 2025; the section "Children, Young People and Education (Integrated '
               'Children’s Services)", PDF pages 44-47 = report pages 43-46, up to the Activity indicators)',
        organisation='Kent County Council – Children, Young People and Education directorate (Integrated Children’s '
                     'Services)',
        country='United Kingdom', language='en',
        document='Quarterly Performance Report Q3 2024/25 – directorate section: KPI Summary, commentary, a Children in '
                 'Care table and eight KPI cards',
        year=2024, sheet='Integrated Children’s Services', header_row=None, status_column='D', item_column='A',
        how_status_is_shown='KPI cards: a grey title row (KPI name merged over A:C) with the status in D - the word '
                            'GREEN / AMBER / RED in a green / amber / dark-red cell and, on a second line, the Direction '
                            'of Travel arrow; three empty rows where the chart stands; a footer row "Latest: x" | '
                            '"Target: y, Floor: z" | "Previous: w (Colour)". The key to the words is only at the start of '
                            'the report (not on this sheet).',
        vocabulary={'GREEN (card status)': 'green', 'AMBER (card status)': 'yellow', 'RED (card status)': 'red',
                    '"Previous: ... (Green|Amber|Red)" in the footer': 'previous quarter, not read',
                    '⇧ / ⇨ / ⇩ under the word': 'not a status (trend)'},
        period_read='Latest = Quarter 3 2024/25 (the card status; the footer\'s "Previous (...)" is Quarter 2)',
        expected=counts(st),
        notes=('CARDS, NOT A TABLE, UNDER A LONG COMMENTARY. Items = the 8 KPI cards: 3 GREEN, 2 AMBER -> yellow, 3 RED - '
               'the same as the "KPI Summary" row at the top (3 / 2 / 3, arrows 1 / 4 / 3) and the Executive Summary. '
               'TRAPS: (1) the KPI Summary is a two-row count table whose header cells are the coloured words GREEN / '
               'AMBER / RED - counts, not items; (2) the Children in Care table has a first column headed "Status" whose '
               'rows are Non-UASC / UASC / Total, with group rows Gender / Age Group / Ethnicity and five quarter columns '
               '- numbers, not statuses (one value printed without thousands separator, "1308", kept as text); (3) each '
               'card\'s footer names the previous quarter\'s status in brackets ("Previous: 15.2% (Amber)") - reading it '
               'gives 2/2/4 and is wrong for Q3; (4) the first card is "lower is better" (Target 15%, Floor 20%, Latest '
               '14.9% = GREEN) - the word is taken, nothing computed; (5) the RAG cell holds the word and an arrow on two '
               'lines. The charts (bars, no printed values) are left as three empty rows per card. The narrative is '
               'transcribed whole, headings in bold; line-break hyphens joined ("in-house", "18–25-year-olds"); the '
               'mismatched quote "’Percentage of Early Help ..." kept as printed. Page furniture left out. Same report as '
               '73, another section with another layout; the KPI names on the cards are longer than in 73\'s tables '
               '(e.g. "... come back to Early Help or Children’s Social Work teams ..."). ALTERNATIVE: a reader that '
               'refuses cards is defensible (then no count).'))
    save(wb, name, meta)


if __name__ == '__main__':
    f73('73_kent-qpr-rag-latest-previous-2024-25-q3')
    f74('74_kent-qpr-ics-kpi-cards-2024-25-q3')
