from common import *
import json
HART_FILL = {'lg':'7ECBA2','la':'FAC090','lr':'C99391','lu':'CCCCCC','ld':'CCCCCC'}
def hart_quarters(name):
    q1 = {d['k']: d for d in json.load(open('/tmp/layouts/_notes/hart_b9db280.json'))}
    q2 = json.load(open('/tmp/layouts/_notes/hart_88fdde5.json'))[:25]
    wb = Workbook(); s = Sheet(wb, 'KPI status by quarter', first=True)
    s.row(['KPIs 2014/15 - latest value per quarter, coloured by status'], font=Font(bold=True, size=14))
    s.row(['The status of the KPI is shown by the colour of the tile:'])
    s.row(['above target'], fills={0:'7ECBA2'}); s.row(['close to target'], fills={0:'FAC090'})
    s.row(['below target'], fills={0:'C99391'}); s.row(['for info only'], fills={0:'CCCCCC'})
    s.blank()
    hdr = s.row(['KPI ref','Description','Team','Target','Q1 2014/15','Q2 2014/15'], bold=True)
    from collections import Counter; c = Counter()
    for d in q2:
        a = q1[d['k']]
        s.row([d['k'], d['d'], d['u'], d['t'], a['tq'], d['tq']], fills={4: HART_FILL[a['s']], 5: HART_FILL[d['s']]})
        c[d['s']] += 1
    s.widths([9,70,32,9,12,12])
    meta = dict(source='github:HartDC/hartdc.github.io tiles/tiles.js - Q1 values/colours from commit b9db280a81c5e4ab40b221cd6c5bd01f9db3d2a2 (2 Sep 2014), Q2 from 88fdde5ab191405f464e39fa2bcfbffd1ce6454b (7 Nov 2014); colours from tiles/tiles.css',
      organisation='Hart District Council', country='United Kingdom', language='en',
      document='KPI tiles dashboard, two successive quarterly publications (Q1 and Q2 2014/15) arranged as period columns', year=2014,
      sheet='KPI status by quarter', header_row=hdr, status_column='F', item_column='B',
      how_status_is_shown='colours (fill of the value cell in each quarter column; no status text)',
      vocabulary={'7ECBA2':'green','FAC090':'yellow','C99391':'red','CCCCCC':'not_applicable'},
      period_read='Q2 2014/15 (column F) - the latest quarter with values; Q1 (column E) must be ignored',
      expected=dict(items=len(q2), green=c['lg'], yellow=c['la'], red=c['lr'], not_applicable=c['lu']+c['ld'], missing=0),
      notes='COMPOSITE LAYOUT: the source publishes one quarter at a time; here two real publications of the same dashboard (git history of the published site) are placed side by side as an office would keep a quarterly tracker. Every colour is the tile colour published for that KPI in that quarter - none invented. Several KPIs change colour between quarters (FI06 green->amber, HR02 red->green, IT01 and IT07 amber->green), so reading the wrong column gives different counts (Q1 would give green 16, yellow 4, red 5 for these rows). Legend block in rows 2-6 uses the same fills on single cells and is not an item. Items are the first 25 KPIs of the dashboard (services Customer Services to IT).')
    save(wb, name, meta)
