from common import *

def ale2018(name):
    wb = Workbook(); s = Sheet(wb, 'Mått', first=True)
    hdr = s.row([None, 'Mått', 'Enhet', None, 'Utfall 2018', 'Utfall 2017', 'Utfall 2016', 'Medel', 'Sämst', 'Bäst'], bold=True)
    # status | mått | enhet | trend | 2018 | 2017 | 2016 | medel | sämst | bäst
    R = [
     ('Delvis uppfyllt','Kostnad förskola, kr/inskrivet barn','Kostnad, kr/barn','Upp',148815,151697,146158,147445,194470,115548),
     ('Uppfyllt','Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)','Andel, % som nått kravnivån','Ned','92%','93%','91%','88%','68%','99%'),
     ('Delvis uppfyllt','Inskrivna barn per årsarbetare i förskolan, antal','Barn/personal, antal','Ned','5,8 st','5,3 st','5,5 st','5,1 st','6,6 st','3,6 st'),
     ('Uppfyllt','Elever i åk. 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)','Andel, %','Upp','84%','82%','82,6%','82%','51%','96%'),
     ('Uppfyllt','Elever i åk 3 som deltagit i alla delprov som klarat alla delprov för ämnesprovet i svenska inkl. svenska som andraspråk, kommunala skolor, andel (%)','Andel, % som nått kravnivån','Upp','81%','75%','79%','71%','39%','100%'),
     ('Ej uppfyllt','Plats på förskola på önskat placeringsdatum, andel barn (%)','Andel, %','Ned','35%','65%','43%','61%','0%','100%'),
     ('Uppfyllt','Gymnasieelever med examen inom 4 år, kommunala gymnasieskolor, andel (%)','Andel, % som fullföljer inom 4 år','Upp','84%','65,8%','71,9%','65%','0%','100%'),
     ('Delvis uppfyllt','Elever i åk 9: Jag är nöjd med min skola som helhet, positiva svar, andel (%)','Andel %','Ingen',61,None,None,70,42,87),
     ('Delvis uppfyllt','Elever i åk 9: Jag känner mig trygg i skolan, positiva svar, andel (%)','Andel %','Ingen',82,None,None,83,55,98),
     ('Uppfyllt','Kostnad grundskola F-9 hemkommun, kr/elev','kr/elev','Ingen',101647,None,None,110117,154174,89328),
     ('Uppfyllt','Kostnad gymnasieskola hemkommun, kr/elev','kr/elev','Ingen',117070,None,None,129278,209412,84680),
    ]
    for r in R: s.row(list(r))
    s.widths([16,70,28,7,12,12,12,10,10,10])
    meta = dict(source='https://web5.stratsys.se/Proxy/publishedview/ale/3DF6F9E8-7AD4-4FF0-8A16-AD9983796D64/3df6f9e8-7ad4-4ff0-8a16-ad9983796d64.html',
      organisation='Ale kommun', country='Sweden', language='sv',
      document='Stratsys published view: Kommunens kvalitet i korthet (KKiK) measures, barn och utbildning, utfall 2018', year=2018,
      sheet='Mått', header_row=hdr, status_column='A', item_column='B', how_status_is_shown='words',
      vocabulary={'Uppfyllt':'green','Delvis uppfyllt':'yellow','Ej uppfyllt':'red'},
      period_read='Utfall 2018 (status is a single current assessment; the Utfall columns are values, not statuses)',
      expected=dict(items=11, green=6, yellow=4, red=1, not_applicable=0, missing=0),
      notes='No title rows: the published view starts directly with the table. The status column (A) and the trend column (D, Upp/Ned/Ingen = alt text of the trend arrow) have EMPTY header cells, as in the source view where these columns carry icons only; the status words are the icon alt texts. Numeric alignment for rows with fewer values (new measures with trend "Ingen") was inferred: Utfall 2018, Medel, Sämst, Bäst filled, 2017/2016 left blank. Values are kept as text with units/percent signs as shown ("92%", "5,8 st").')
    save(wb, name, meta)

def ale2019(name):
    wb = Workbook(); s = Sheet(wb, 'Mått', first=True)
    hdr = s.row([None, 'Mått', 'Enhet', None, 'Utfall 2019', 'Utfall 2018', 'Utfall 2017', 'Medel', 'Sämst', 'Bäst'], bold=True)
    N='Ingen mätning har genomförts'
    R = [
     ('Delvis uppfyllt','Förbättrad situation efter kontakt med socialtjänst,andel (%)','Andel, %','Ned',68,72,None,77,46,100),
     (N,'Ej återaktualiserade personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)','Andel, %','Ingen'),
     ('Delvis uppfyllt','Personalkontinuitet, antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde','Medelvärde','Ned','17 pers','15 pers',None,None,'24 pers','6 pers'),
     ('Uppfyllt','Väntetid i antal dagar från ansökan till beslut inom försörjningsstöd, medelvärde','Medelsvärde av antalsmått.','Ingen',6,None,None,16,81,1),
     ('Uppfyllt','Kostnad individ- och familjeomsorg, kr/inv','SEK och antal invånare','Ingen',3812,None,None,4049,11423,1627),
     (N,'Väntetid i antal dagar från beslut till insats avseende boende enl. LSS § 9.9, medelvärde','Medelvärde','Ingen'),
     (N,'Kvalitetsaspekter LSS grupp- och serviceboende, andel (%) av maxpoäng','Andel, %','Ingen'),
     (N,'Brukarbedömning daglig verksamhet LSS - inflytande, andel (%)','Andel, %','Ingen'),
     ('Delvis uppfyllt','Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), minus ersättning från FK enl SFB, kr/inv','SEK per antal invånare','Ingen',6754,None,None,6473,11886,1399),
     (N,'Väntetid i antal dagar från ansökningsdatum till erbjudet inflyttningsdatum till särskilt boende, medelvärde','Medelvärde','Ingen'),
     ('Uppfyllt','Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)','Andel, %','Ned','81%','84%','73%','81%','54%','96%'),
     ('Delvis uppfyllt','Brukarbedömning hemtjänst äldreomsorg -  helhetssyn, andel (%)','Andel, % (ny mätmetod 2012)','Upp','86%','84%','89%','88%','71%','100%'),
     ('Ej uppfyllt','Kvalitetsaspekter LSS grupp- och serviceboende, andel (%) av maxpoäng','Andel, % av maxpoäng','Ned','64%','81%',None,None,'44%','100%'),
     ('Delvis uppfyllt','Kostnad äldreomsorg, kr/inv 80+','Antal','Ingen',248305,None,None,243986,356056,168927),
    ]
    for r in R: s.row(list(r))
    s.widths([28,70,28,7,12,12,12,10,10,10])
    meta = dict(source='https://web5.stratsys.se/publishedview/ale/1CFAC726-6501-480D-B86E-1B7A61DFF0FB/1cfac726-6501-480d-b86e-1b7a61dff0fb.html',
      organisation='Ale kommun', country='Sweden', language='sv',
      document='Stratsys published view: KKiK measures for individ- och familjeomsorg, LSS and äldreomsorg, utfall 2019', year=2019,
      sheet='Mått', header_row=hdr, status_column='A', item_column='B', how_status_is_shown='words',
      vocabulary={'Uppfyllt':'green','Delvis uppfyllt':'yellow','Ej uppfyllt':'red','Ingen mätning har genomförts':'not_applicable'},
      period_read='Utfall 2019',
      expected=dict(items=14, green=3, yellow=5, red=1, not_applicable=5, missing=0),
      notes='Same Stratsys layout as the 2018 view of the same municipality: status column A and trend column D have empty headers. "Ingen mätning har genomförts" (no measurement carried out) is counted as not_applicable; those rows have no values at all. The measure "Kvalitetsaspekter LSS grupp- och serviceboende" appears twice in the source with different units and statuses (kept both). The last row of the source view (Kvalitetsaspekter särskilt boende ..., Ingen mätning) was cut off in the stored copy and is omitted. Numeric alignment of rows with missing values is inferred.')
    save(wb, name, meta)
