from common import *
import json

def se_socialnamnd(name):
    wb = Workbook(); s = Sheet(wb, 'Socialnämnden', first=True)
    s.row(['Socialnämnden – måluppfyllelse, delårsbokslut (efter åtta månader)'], bold=True)
    s.blank()
    s.row(['Kund/invånare'], bold=True)
    hdr = s.row(['Kommungemensamma mål', 'Nämndens mål', 'Måluppfyllelse'], bold=True)
    D='Delvis uppnått'; A='Avser ej nämnd'
    R = [
     ('Nöjda kunder/invånare/företag', None, D),
     (None, 'Nöjda kunder/invånare', D),
     ('Valfrihet', None, D),
     (None, 'Val av utförare', D),
     ('Kundens makt och inflytande', None, D),
     ('Upplevd service', None, D),
     (None, 'Upplevd service', D),
     ('Attraktiv gymnasieskola', None, A),
     ('Bra grundskolor', None, A),
     ('Bra kultur och rekreation', None, D),
     (None, 'Bra kultur och rekreation', D),
     ('Trygghet i samverkan', None, D),
     (None, 'Trygghet i samverkan', D),
     (None, 'Rättssäkra beslut', D),
     ('Stöd till självständighet', None, D),
     (None, 'Stöd till självständighet', D),
     (None, 'Stärkt förmåga genom förebyggande arbete', D),
    ]
    for r in R: s.row(list(r))
    s.blank()
    s.row(['Sammanfattning: Efter åtta månader har inget av målen uppnåtts, men inom alla områden har ett arbete påbörjats och målen bedöms därför som delvis uppnådda.'])
    s.widths([38,42,18])
    meta = dict(source='https://5dok.org/article/socialn%C3%A4mnden-m%C3%A5luppfyllelse-ksau-rzg-zorz-vasaru-del%C3%A5rsbokslut-samtliga.zx5xe0ev',
      organisation='Unidentified Swedish municipality (Socialnämnden; section of a "delårsbokslut, samtliga nämnder" document mirrored on 5dok.org)',
      country='Sweden', language='sv', document='Delårsbokslut (per augusti) – Socialnämnden, måluppfyllelse, perspektiv Kund/invånare', year=None,
      sheet='Socialnämnden', header_row=hdr, status_column='C', item_column='A',
      how_status_is_shown='words',
      vocabulary={'Delvis uppnått':'yellow','Avser ej nämnd':'not_applicable'},
      period_read='single period (delårsbokslut after eight months)',
      expected=dict(items=17, green=0, yellow=15, red=0, not_applicable=2, missing=0),
      notes='Two-level goal table: municipality-wide goals (col A) and the board\'s own goals (col B) each carry their own Måluppfyllelse in col C; the item text is in A OR B (never both on one row) - a reader must take the item text from whichever of A/B is filled. The stored text did not show which KF goal each board goal sits under beyond reading order, so rows are in source order. Perspective heading "Kund/invånare" above the header; title row and a summary sentence below the table are not items. Organisation and year could not be identified from the stored copy. Every status is partial or not applicable - a one-sided distribution by design of the source.')
    save(wb, name, meta)

HART_FILL = {'lg':'7ECBA2','la':'FAC090','lr':'C99391','lu':'CCCCCC','ld':'CCCCCC'}
def hart(name):
    data = json.load(open('/tmp/layouts/_notes/hart_88fdde5.json'))
    drop = {'RB02','RB04','RB07','RS21','IT05'}
    data = [d for d in data if d['k'] not in drop]
    wb = Workbook(); s = Sheet(wb, 'KPIs', first=True)
    s.row(['KPIs'], font=Font(bold=True, size=16))
    s.blank()
    s.row(['The status of the KPI is shown by the colour of the tile:'])
    s.row(['above target'], fills={0:'7ECBA2'})
    s.row(['close to target'], fills={0:'FAC090'})
    s.row(['below target'], fills={0:'C99391'})
    s.row(['for info only'], fills={0:'CCCCCC'})
    s.blank()
    hdr = s.row(['KPI ref','Description','Previous value','Latest value','Target','Unit','Team','Notes'], bold=True)
    from collections import Counter
    cnt = Counter()
    for d in data:
        t = d['t']
        r = s.row([d['k'], d['d'], d['lq'], d['tq'], t, d['p'] or None, d['u'], (d['n'] if d['n'] not in ('No notes',' ') else None)],
                  fills={i: HART_FILL[d['s']] for i in range(8)})
        cnt[d['s']] += 1
    s.widths([9,70,12,12,9,6,30,60])
    g=cnt['lg']; y=cnt['la']; rd=cnt['lr']; na=cnt['lu']+cnt['ld']
    meta = dict(source='github:HartDC/hartdc.github.io tiles/tiles.js @ 88fdde5ab191405f464e39fa2bcfbffd1ce6454b (legend in tiles/index.html, colours in tiles/tiles.css)',
      organisation='Hart District Council', country='United Kingdom', language='en',
      document='KPI tiles dashboard (corporate KPIs), Q2 2014/15 update of 7 Nov 2014', year=2014,
      sheet='KPIs', header_row=hdr, status_column=None, item_column='B',
      how_status_is_shown='colours (whole row filled with the tile colour; no status text anywhere in the row)',
      vocabulary={'7ECBA2':'green','FAC090':'yellow','C99391':'red','CCCCCC':'not_applicable'},
      period_read='Latest value (this quarter); Previous value is last quarter',
      expected=dict(items=len(data), green=g, yellow=y, red=rd, not_applicable=na, missing=0),
      notes='Status exists only as the fill colour of every cell A:H in the item row (taken from the dashboard CSS: lg #7ECBA2 above target, la #fac090 close to target, lr #c99391 below target, lu/ld #CCC for info only). A legend block (rows 3-7) uses the same fills on single cells - these are NOT items. Target 0 appears on info-only rows. 45 KPIs in the source; 5 green ones (IT05, RB02, RB04, RB07, RS21) were left out to stay within 40 rows. The three "ld" tiles (SNH03/04/06, data only, no target) share the grey of the "for info only" legend entry.')
    save(wb, name, meta)

def bracknell(name):
    wb = Workbook(); s = Sheet(wb, 'KPIs Q3 2024-25', first=True)
    s.row(['Council plan overview report - Quarterly updates on key performance indicators'], font=Font(bold=True, size=14))
    s.row(['Published: 26 March 2025'])
    s.row(['This is the key performance data for quarter 3, 2024 to 2025.'])
    s.blank()
    s.row(['Engaged and healthy communities'], font=Font(bold=True, size=12))
    s.row(['Performance quarterly indicators'], bold=True)
    hdr = s.row(['Indicator','Description','Directorate','Last quarter','This quarter','Target','Status'], bold=True)
    R = [
     ('1.1.2.PI','Percentage of school admission appeals upheld','Communities','0%','20%','20%','Green'),
     ('1.1.3.KR','Percentage of children with EHCP (5-16yrs) with school placement in borough','People','72.4%','73.4%','75%','Green'),
     ('1.1.3.PI','Number of visits to the Look Out Discovery Centre','Place','18,565','10,966','19,625','Red'),
     ('1.1.4.KR','Percentage of children with EHCP issued within a 20-week statutory timeframe (year to date)','People','42.6%','43%','50%','Green'),
     ('1.1.4.PI','Percentage of annual reviews completed within statutory timeframes (year to date)','People','59.9%','65%','50%','Green'),
     ('1.1.5.KR','Percentage of Early years providers and schools rated good or outstanding','People','99%','99%','100%','Green'),
     ('1.1.6.KR','Number of young people involved in universal youth service activities','People','223','222','258','Amber'),
     ('1.2.1.KR','Percentage of care leavers (19 to 21 years) Not in Education, Employment or Training (NEET)','People','62.5%','53.6%','36%','Red'),
     ('1.3.2.KR','Percentage of long-term support recipients at home (not in residential or nursing care)','People','72.5%','72%','74%','Green'),
     ('1.3.3.KR','Percentage of care placements in good or outstanding settings','People','84%','89%','76%','Green'),
    ]
    for r in R: s.row(list(r))
    s.widths([10,80,14,12,12,10,9])
    meta = dict(source='https://www.bracknell-forest.gov.uk/council-and-democracy/strategies-plans-and-policies/service-planning-and-performance/council-plan-overview-report/quarterly-updates-key-performance-indicators (version published 26 March 2025)',
      organisation='Bracknell Forest Council', country='United Kingdom', language='en',
      document='Council plan overview report - Quarterly updates on key performance indicators, quarter 3 2024/25', year=2024,
      sheet='KPIs Q3 2024-25', header_row=hdr, status_column='G', item_column='B',
      how_status_is_shown='words',
      vocabulary={'Green':'green','Amber':'yellow','Red':'red'},
      period_read='This quarter (Q3 2024/25)',
      expected=dict(items=10, green=7, yellow=1, red=2, not_applicable=0, missing=0),
      notes='Three title rows, then a theme heading ("Engaged and healthy communities") and a sub-heading ("Performance quarterly indicators") above the header. Indicator codes use a dotted numbering scheme with a suffix (1.1.3.KR vs 1.1.3.PI - same number, different items). Values are text with % and thousands separators. Note 1.1.4.KR is Green although 43% < 50% target: the report\'s own status is used, not recomputed. Only the first ten indicators of the page were available (the page continues with more themes).')
    save(wb, name, meta)

def wealden(name):
    wb = Workbook(); s = Sheet(wb, 'Current performance', first=True)
    s.row(['Current Performance'], font=Font(bold=True, size=14))
    s.row(["This table sets out the Council's performance during the first two quarters of 2014/15 (April-September)."])
    s.blank()
    hdr = s.row(['Indicator','Performance up to  Quarter 3 2014/15','Target up to Quarter 3','Previous performance up to  Quarter 3 2013/14'], bold=True)
    R = [
     ('New homes built (net)','209','338','219'),
     ('Affordable homes provided','142','75','132'),
     ('Percentage of planning enforcement cases resolved within 5 weeks','77.4%','75.0%','67.0%'),
     ('New planning enforcement cases as a percentage of outstanding new cases','5.5%','8.0%','7.7%'),
     ('Proportion of household waste reused, recycled or composted','48.2% (provisional)','44.0%','46.2%'),
     ('Percentage of municipal waste landfilled (provisional data)','0.9% (provisional)','7.0%','4.4%'),
     ('Average Kg (gross) waste collected per household','691.3 (provisional)','691.5','644.5'),
     ('Percentage of fly tips removed within 2 days','77%','90%','38%'),
     ('Total crime incidents (incidents in rolling year)','4,516','3,950','4,113'),
     ("Numbers of people killed and seriously injured on Wealden's roads (fatalities in brackets)",'92 (5)','NA','102(8)'),
     ('Projected net increase in jobs arising from planning permissions granted','190','NA','129'),
     ('Variation on budget-General Fund','-6.3%','+/-5.0%','NA'),
     ('Variation on budget - Housing Revenue Account','+1.2%','+/-5.0%','NA'),
     ('Variation on budget - General Capital Fund','-24.3%','+/-5.0%','NA'),
     ('Variation on budget - Housing Capital Fund','-28.7%','+/-5.0%','NA'),
     ('Percentage of customer queries resolved at the first point of contact','66%','70%','69%'),
     ('Average phone response speed','30 seconds','30 seconds','108 seconds'),
     ('Percentage of phone calls answered','95%','90%','80%'),
     ('Refuse/recycling/garden waste collections missed per 100,000 scheduled collections','586','246','NA'),
     ('Percentage of planned food inspections completed','97%','100%','NA - new indicator'),
    ]
    for r in R: s.row(list(r))
    s.widths([80,22,18,22])
    meta = dict(source='http://www.wealden.gov.uk/Wealden/Your_Council/Performance/Policy_Current_performance_summary.aspx?text=medium',
      organisation='Wealden District Council', country='United Kingdom', language='en',
      document='Current Performance summary table, up to Quarter 3 2014/15', year=2014,
      sheet='Current performance', header_row=hdr, status_column=None, item_column='A',
      how_status_is_shown='computed from target/outcome (no status column in the source)',
      vocabulary={},
      period_read='Performance up to Quarter 3 2014/15 (compared with Target up to Quarter 3; the 2013/14 column is a comparison, not a target)',
      expected=dict(items=20, green=9, yellow=0, red=9, not_applicable=2, missing=0),
      notes='No status in the source: expected counts are COMPUTED by hand as met (green) / not met (red); no amber because the source defines no tolerance. Polarity judged per indicator: lower is better for enforcement backlog %, waste landfilled, kg waste per household, crime incidents, phone response speed and missed collections; higher is better otherwise. "Variation on budget" rows are green when within +/-5.0% (only +1.2% is). Exact hits count as met (phone response 30 s vs 30 s). Targets "NA" (killed/seriously injured, jobs) are not_applicable. Green: affordable homes, enforcement resolved, enforcement backlog, recycling, landfill, kg per household (691.3 vs 691.5), HRA variation, phone speed, calls answered. Red: new homes, fly tips, crime, GF/General Capital/Housing Capital variation, first-point resolution, missed collections, food inspections. Values are text with units and "(provisional)" suffixes. The intro sentence says "first two quarters" while headers say Quarter 3 - kept as in source. The last source row (food businesses of concern) was cut off and omitted.')
    save(wb, name, meta)

def banes(name):
    wb = Workbook(); s = Sheet(wb, 'Appendix 1', first=True)
    s.row(['Cabinet - Wednesday, 30th June, 2004'], bold=True)
    s.row(['2. Reporting on targets and commitments made in the Performance Plan'], bold=True)
    s.blank()
    s.row(['Summary of Performance'], bold=True)
    s.row(['Performance Targets','Planning','ED','Waste','TOTAL','%'], bold=True)
    s.row(['RED',2,4,5,11,22]); s.row(['AMBER',4,1,0,5,9]); s.row(['GREEN',9,5,17,31,69]); s.row(['NOT KNOWN',0,0,0,0,0]); s.row(['TOTAL',15,10,22,47,100])
    s.blank()
    hdr = s.row(['Ref No','Indicator','Best 25% of all English Councils 01/02','01/02 actual','02/03 actual','03/04 target','03/04 est out-turn','Status','Comment'], bold=True, wrap=True)
    R = [
     ('82a','% of household waste recycled',11,18,20,22,21.08,'R','Very close to target achievement'),
     ('82b','% household waste composted',5,5,6,11,8.43,'R','Impact of delay and disruption to start of Garden Waste and cardboard scheme'),
     ('82c','% household waste used to recover heat, power and other energy',0,0,0,0,0.11,'G',None),
     ('82d','% household waste landfilled',79,77,74,67,70.39,'R','Impact of 82b above'),
     ('84','Kg of household waste collected per head',487,492,500,500,485,'G',None),
     ('86','Cost of waste collection per household (cost has risen because we now include the cost of recycling)',27.61,35.17,40.02,43.3,'43.3 Est','G','Not yet known - year-end figures to follow from Finance'),
     ('87','Cost of waste disposal per tonne',28.97,49.95,46.97,52.9,'51.51 Est','G','Not yet known - year-end figures to follow from Finance'),
     ('Local 88 (ex PI)','Number of household waste collections missed per 100,000',25,211,161,130,78,'G','Average for year'),
     ('Local 88','Percentage of missed bins collected by the end of the next working day','N/a',87,90.07,89,89,'G','Average for year'),
     ('89','% of people satisfied with cleanliness standards',67,'N/a','Not measured',67,61,'R','ODPM General survey = disappointing result'),
     ('199a (new)','% of land that is assessed as being clean','N/a','N/a','N/a',34,33,'G','Total of a and b = 80%'),
     ('199b (new)','% of land that is assessed as having light litter','N/a','N/a','N/a',44,47,'G',None),
     ('199c (new)','% of land that is assessed as having significant litter','N/a','N/a','N/a',12,13,'G',None),
    ]
    for r in R: s.row(list(r))
    s.widths([14,60,14,10,10,10,12,8,50])
    meta = dict(source='https://democracy.bathnes.gov.uk/celistdocuments.aspx?A=1&DF=30%2F06%2F2004&F=embed%2419zAppendix1-01.htm&MID=531&R=0',
      organisation='Bath and North East Somerset Council', country='United Kingdom', language='en',
      document='Cabinet 30 June 2004, Appendix 1: Reporting on targets and commitments made in the Performance Plan (2003/04 out-turn)', year=2004,
      sheet='Appendix 1', header_row=hdr, status_column='H', item_column='B',
      how_status_is_shown='letters (R / G; A also defined in the summary)',
      vocabulary={'G':'green','A':'yellow','R':'red'},
      period_read='03/04 est out-turn vs 03/04 target',
      expected=dict(items=13, green=9, yellow=0, red=4, not_applicable=0, missing=0),
      notes='A summary block ABOVE the indicator table also contains the words RED / AMBER / GREEN / NOT KNOWN as row labels with counts per service (Planning, ED, Waste) - those rows are not items, and the header row of the item table is row 12. Status is a single letter. Some out-turn cells carry "Est" (estimate) suffix as text. Two different indicators share the ref "Local 88". Rows cut off after 199c in the stored copy (the source continues with 199d and more services). Statuses copied from the report, not recomputed (e.g. 82a 21.08 vs 22 is R).')
    save(wb, name, meta)

def kitchener(name):
    wb = Workbook(); s = Sheet(wb, 'Status updates', first=True)
    s.row(['Business Plan status updates'], font=Font(bold=True, size=14))
    s.row(["Three times each year, we provide the community an update on the progress we've made on projects within our business plan. Each project has a direct link to our 2015-2018 Strategic Plan."])
    s.row(['As of April 30, 2018'])
    s.blank()
    hdr = s.row(['Project','End date','Status'], bold=True)
    s.row(['Open government'], bold=True)
    s.row(['88 per cent of the projects are complete or on track to be completed as planned. There are eight active projects under this strategic priority.'])
    R1 = [('Community Engagement Policy (OG15)',None,'Completed'),
          ('E-tendering','December 2018','On track'),
          ('Community Engagement Plans, Tools and Resources','December 2018','On track'),
          ('Participatory Budgeting','December 2019','On track'),
          ('Customer Service Review','December 2019','On track'),
          ('Advance Customer Relationship Management (CRM) Technology','December 2019','On track'),
          ('Close the Loop with Citizens','December 2019','On track'),
          ('Municipal Response to the Truth and Reconciliation Commission Calls to Action','December 2019','On track')]
    for r in R1: s.row(list(r))
    s.row(['Strong and resilient economy'], bold=True)
    s.row(['86 per cent of the projects are on track to be completed by the planned end date. There are seven active projects under this strategic priority.'])
    R2 = [('Broadband & Fibre Optic Infrastructure','December 2018','On track'),
          ('Make It Start - Creative Hub at 44 Gaukel Street','April 2019','On track'),
          ('Make it Vibrant - Special Events and Urban Vitality Strategy','December 2019','On track'),
          ('Make It Grow - Music and Film Industry Office','December 2019','On track'),
          ('Make It Urban - Upper Level Market Transformation','December 2019','On track'),
          ('City Hall Outdoor Spaces Detailed Design','December 2019','On track'),
          ('Make It Start - Advanced Manufacturing Incubator','to be determined','On hold')]
    for r in R2: s.row(list(r))
    s.widths([75,18,12])
    meta = dict(source='https://www.kitchener.ca/en/city-services/business-plan-status-updates.aspx (version "As of April 30, 2018")',
      organisation='City of Kitchener', country='Canada', language='en',
      document='Business Plan status updates (2015-2018 Strategic Plan), as of April 30, 2018', year=2018,
      sheet='Status updates', header_row=hdr, status_column='C', item_column='A',
      how_status_is_shown='words',
      vocabulary={'Completed':'green','On track':'green','On hold':'yellow'},
      period_read='As of April 30, 2018',
      expected=dict(items=15, green=14, yellow=1, red=0, not_applicable=0, missing=0),
      notes='In the web page the status is given by sub-headings ("Completed projects", "Projects on track", "Projects on hold") under each strategic priority; here it is kept the way an office would tabulate it, as a Status column using those words. Strategic priorities are heading rows, each followed by a one-cell summary sentence (not an item). Judgement: "On hold" counted as yellow (stalled, not failed). Only the first two of five priorities were available in the stored copy. The completed project has no end date.')
    save(wb, name, meta)
