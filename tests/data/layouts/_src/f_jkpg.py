from common import *
def jonkoping(name):
    wb = Workbook(); s = Sheet(wb, 'Friluftsliv', first=True)
    s.row(['Friluftskommuner - 10 i topp'], font=Font(bold=True, size=14))
    s.row(['Jönköping ska ständigt vara bland de 10 i topp bästa friluftskommunerna i rankingen "Sveriges bästa friluftskommun".'])
    s.row(['Målbedömning:', 'Målet är uppnått'])
    s.blank()
    hdr = s.row(['Nr','Uppdrag','Status','Slutår','Ansvar'], bold=True)
    P='Pågående enligt plan'; G='Genomfört enligt plan'; A='Pågående med avvikelse'
    R = [(2,'Skogsstigar - tillgänglighet',P,2020,'Kultur- och fritidsnämnden'),
         (3,'Rastplatser',G,2019,'Kultur- och fritidsnämnden'),
         (4,'Huskvarnaåns gröna stråk med Lillån',A,2020,'Tekniska nämnden'),
         (6,'Fler naturturismföretag inom friluftsområdet',P,2020,'Biosfärområde Östra Vätterbranterna, Destination Jönköping, Kultur- och fritidsnämnden, Smålands Turism'),
         (7,'Utvecklat båtliv i Vättern',G,2018,'Kultur- och fritidsnämnden'),
         (8,'Naturrum',P,2021,'Kultur- och fritidsnämnden'),
         (9,'Friluftsliv – tillgänglighet vid nya projekt',G,2019,'Kultur- och fritidsnämnden, Stadsbyggnadsnämnden, Tekniska nämnden'),
         (11,'Toalett vattenledningsparken',G,2019,'Kultur- och fritidsnämnden, Tekniska nämnden'),
         (12,'Ny mountainbikeslinga',P,None,'Kultur- och fritidsnämnden, Tekniska nämnden'),
         (13,'Stöd till miljöanpassade snökanoner',A,2020,'Kultur- och fritid…')]
    for r in R: s.row(list(r))
    s.widths([5,48,24,8,70])
    meta = dict(source='http://hallbarometern.jonkoping.se/lokala-miljomal/friluftsliv/friluftskommuner-10-i-topp/activities/ (legend: https://jonkoping.hallbarometern.se/teckenforklaring/)',
      organisation='Jönköpings kommun', country='Sweden', language='sv',
      document='Hållbarometern – lokalt miljömål "Friluftskommuner - 10 i topp": uppdrag och status (program för hållbar utveckling)', year=2021,
      sheet='Friluftsliv', header_row=hdr, status_column='C', item_column='B', how_status_is_shown='words',
      vocabulary={'Genomfört enligt plan':'green','Pågående enligt plan':'green','Pågående med avvikelse':'yellow'},
      period_read='single current status (page last changed 2021)',
      expected=dict(items=10, green=8, yellow=2, red=0, not_applicable=0, missing=0),
      notes='Above the table the GOAL itself carries an assessment ("Målbedömning: Målet är uppnått", row 3) - that is not an item; the items are the assignments (uppdrag) below the header. Assignment numbers have gaps (1, 5, 10 absent in the source). "Pågående enligt plan" (in progress according to plan) counted green = on track; "Pågående med avvikelse" (in progress with deviation) yellow. One assignment has no end year. The Ansvar cell of the last row was truncated in the stored copy and is kept truncated ("Kultur- och fritid…"). Year approximate: page content is the 2019-2021 follow-up.')
    save(wb, name, meta)
