"""Federal Data Strategy 2020 Action Plan progress page (GSA/data-strategy pages/2020/progress/index.md @37bf26f) and its
Milestone 2.1 table (assets/data/FDS-2020-Milestone-2-1.csv): text with the HTML tags taken out, verbatim otherwise."""

FDS_INTRO = ['2020 Action Plan Progress',
 'The Federal Data Strategy provides a common set of data principles and best practices. The 2020 Action Plan '
 'identifies milestones that are essential for establishing processes, building capacity, and aligning existing '
 'efforts. This initial plan builds a solid foundation that will support implementation of the strategy over the '
 'next decade. This page will showcase progress, measurements, and metrics collected and reported on 65 milestones '
 'from 20 actions. We will track progress on the 2020 Action Plan milestones continuously throughout the year. As '
 'milestones are completed, information will be uploaded to this page. Once this page is fully operational, you will '
 'be able to check agency activity on every milestone.',
 "This page was last updated on January 29, 2021. If your agency's progress since that day is not reflected in the "
 'information below, please send an email to the Federal Data Strategy team at datastrategy@omb.eop.gov.',
 'Sign up for our newsletter to get updates!',
 'Jump to Quarter 1, 2020 (January – March) Milestones\n'
 'Jump to Quarter 2, 2020 (April – June) Milestones\n'
 'Jump to Quarter 3, 2020 (July – September) Milestones\n'
 'Jump to Quarter 4, 2020 (October – December) Milestones\n'
 'Jump to Recurring Milestones']

# ('H', heading) or ('M', css status class, milestone, classification sentence, metric number, metric details, next step, status word)
FDS_ROWS = [('H', 'Quarter 1, 2020 (January – March)'),
 ('M',
  'status-partial-complete',
  'Milestone 2.1. By January 31, 2020, publish agency data governance materials (membership, charter, meeting '
  'cadence) on [agency].gov/data web page.',
  'This milestone has been partially COMPLETED. The number of agencies¹ that published is:',
  '33 ➧',
  '(Click here to learn more about these 33 agencies including use cases and to download data (csv). This number '
  'will be updated regularly.)',
  'Next step: Based on capacity assessments, agencies will dedicate staff to support data governance bodies by '
  'September 30, 2020.²',
  'partially COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 7.1. By January 31, 2020, launch the Federal CDO Council.',
  'This milestone has been COMPLETED. OMB launched the Federal CDO Council on January 31, 2020. The number of Chief '
  'Data Officers and their representatives gathered was:³',
  '65 ➧',
  '(Click here to learn more about the CDO Council meeting.)',
  'Next step: The CDO Council will continue to meet to develop a governance framework, define priorities, and create '
  'subcommittees to work on specific areas of interest.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 8.1. By February 29, 2020, identify barriers to access and quality limitations.',
  'This milestone has been COMPLETED. OMB published a Request for Information: Identifying Priority Access or '
  'Quality Improvements for Federal Data and Models for Artificial Intelligence Research and Development, and '
  'Testing on August 22, 2019. The RFI received 28 comments. The ability to preserve a respondent’s privacy was the '
  'largest barrier identified and there were also many comments requesting more high quality and curated open data, '
  'including requests for data cleaning, normalized fields, and metadata improvements that would facilitate fitness '
  'for use and provenance tracking.',
  '',
  '',
  'Next Step: For additional information on the American AI Initiative, see AI.gov and the American Artificial '
  'Intelligence Initiative: Year One Annual Report.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 12.1. By January 31, 2020, launch the OMB Federal Data Policy Committee.',
  'This milestone has been COMPLETED. OMB has launched the Federal Data Policy Committee (FDPC). It has met monthly '
  'since November 2019.',
  '',
  '',
  'Next step: The FDPC will use briefings to assist in setting priorities for this year.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 12.2. By March 31, 2020, set priorities for 2020 (FDPC).',
  'This milestone has been COMPLETED. The OMB Federal Data Policy Committee has set priorities by membership '
  'endorsement.',
  '',
  '',
  'Next step: Update, streamline, or rescind a data policy-related memorandum or circular.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 13.1. By February 29, 2020, share draft catalog contents with CDOs and other stakeholders.',
  'This milestone has been COMPLETED. OMB distributed the goals for the framework to several representatives of the '
  'Chief Data Officer (CDO) Council, the Interagency Council on Statistical Policy (ICSP), and the Chief Human '
  'Capital Officers (CHCO) Council for initial review. The framework will provide structure for the living content '
  'of the data skills catalog.',
  '',
  '',
  'Next step: The CDOs, ICSP, CHCOs, and GSA along with OMB will review and discuss the framework goals over the '
  'next few weeks and make updates.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 16.1. By March 31, 2020, create pilot portal for a one-stop standard research application.',
  'This milestone has been COMPLETED. The Census Bureau, with the Interagency Council on Statistical Policy, piloted '
  'the ‘ResearchDataGov’ portal, acquiring it as a service provided by the University of Michigan. Federal '
  'Statistical Research Data Centers, in conjunction with the Census Bureau, are directing researchers to the site '
  'for requesting access to restricted data from participating agencies⁵.',
  '',
  '',
  'Next step: Recruit users to try the portal and give feedback.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 18.1. By March 31, 2020, demonstrate pilot and initial feature set with a pilot agency.',
  'This milestone has been COMPLETED. GSA demonstrated a pilot and initial feature set to interested agencies. '
  'Data.gov currently facilitates a metadata management tool at inventory.data.gov, which 18 agencies use. After '
  'initial feature presentation, user interviews, and a survey, 25 agency data practitioners expressed interest in '
  'an advanced tool expanding upon inventory.data.gov. Follow-up user testing will be conducted in April 2020 to '
  'define specific capabilities of metadata management tool for agency use.',
  '',
  '',
  'Next step: Complete user testing.',
  'COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 18.2. By March 31, 2020, Infrastructure/security roadmap for production platform.',
  'This milestone has been partially COMPLETED. GSA has an ongoing infrastructure/security roadmap for a new '
  'Authority to Operate for data.gov in preparation for the current ATO’s expiration in 2021. Work has begun on the '
  'new System Security Plan. The metadata management tool being developed will leverage data.gov’s ATO.',
  '',
  '',
  'Next step: Continue developing the metadata management tool and incorporate security accreditation plans that '
  "leverage data.gov's ongoing ATO work.",
  'partially COMPLETED'),
 ('H', 'Quarter 2, 2020 (April – June)'),
 ('M',
  'status-complete',
  'Milestone 13.2. By June 30, 2020, collect input and make revisions (data skills catalog).',
  'This milestone has been COMPLETED. The Federal Data Strategy team developing the data skills catalogue has '
  'collected input from five stakeholder engagement activities with these stakeholder groups: Chief Data Officer '
  'Council, Interagency Council on Statistical Policy, Chief Learning Officer Council, and Chief Human Capital '
  'Officer Council. The team made approximately 30 improvements/changes based on comments received from 12 federal '
  'agencies.',
  '',
  '',
  'Next step: Publish the catalogue on resources.data.gov.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 14.1. By June 30, 2020, initial examination of ethical issues encountered across data life cycle.',
  'This milestone has been COMPLETED. GSA, working with the Interagency Council on Statistical Policy and Chief Data '
  'Officer Council, has successfully completed initial examination of ethical issues likely to be encountered across '
  'the data lifecycle.',
  '',
  '',
  'Next step: GSA will circulate the federal data ethics framework initial draft for expert and stakeholder '
  'feedback.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 16.2. By April 30, 2020, recruit users to try the portal and give feedback.',
  'This milestone has been COMPLETED. The Federal Statistical Research Data Center program, under the direction of '
  'the Interagency Council on Statistical Policy, piloted the One-stop Standard Research Application portal. Since '
  'its inception, well over 1,000 users have engaged. User feedback is ongoing as planning shifts to the next phase '
  'of implementation.',
  '',
  '',
  'Next step: Publish a report describing project success and feedback that will inform future improvements.',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 18.3. By June 30, 2020, achieve interoperability with continually updated Federal open data metadata '
  'schema.',
  'This milestone has been COMPLETED. GSA ensured that all necessary interoperability has been completed, consistent '
  'with the current Federal Open Data schema.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 18.4. By June 30, 2020, develop business plan and cost model.',
  'This milestone has been COMPLETED. GSA developed a business plan and cost model, and uploaded them to '
  'resources.data.gov.',
  '',
  '',
  'Next step: Onboard agency customers.',
  'COMPLETED'),
 ('H', 'Quarter 3, 2020 (July – September)'),
 ('M',
  'status-partial-complete',
  'Milestone 1.1. By September 30, 2020, consult with key agency leaders, such as Chief Data Officers, Evaluation '
  'Officers and Statistical Officials to identify data needed to answer priority agency questions.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '17 ➧',
  'CFO-Act agencies have consulted with key agency leaders, such as Chief Data Officers, Evaluation Officers and '
  'Statistical Officers to identify data needed to answer priority agency questions.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 1.2. By September 30, 2020, identify data needs for answering priority questions in the interim '
  'learning agenda.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '19 ➧',
  'CFO-Act agencies identified data needs for answering priority questions in the interim learning agenda. Three '
  'CFO- Act Agencies are in Progress.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 1.3. By September 30, 2020, develop a plan to engage the stakeholders needed to access or acquire the '
  'data needed to answer priority questions.',
  'This milestone has been partially COMPLETED. OMB is currently reviewing this milestone.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 2.3. By September 30, 2020, document how the DGB receives its authority.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '36 ➧',
  'agencies have documented how their DGB receives its authority.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 3.1. By July 31, 2020, select an operational maturity assessment model for data and data '
  'infrastructure.',
  'This milestone has been partially COMPLETED. As of July 31, 2020:',
  '24 ➧',
  'agencies have selected an operational maturity assessment model for data and data infrastructure.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 3.2. By September 30, 2020, agency Chief Data Officer and other senior-level staff participate in any '
  'training or technical assistance related to maturity assessments.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '32 ➧',
  'agencies have participated in trainings related to maturity assessments. An average of 17 agency staff (including '
  'agency Chief Data Officer and other senior-level staff) have participated in such trainings.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 3.3. By September 30, 2020, conduct and document the outcome of the initial data maturity assessment.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '20 ➧',
  'agencies have conducted and documented the outcome of their initial data maturity assessment.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 4.1. By July 31, 2020, perform an assessment of current staff data literacy and data skills.',
  'This milestone has been partially COMPLETED. As of July 31, 2020:',
  '9 ➧',
  'agencies have performed an assessment of current staff data literacy data skills.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 4.2. By September 30, 2020, conduct a gap analysis between the current staff’s skills and the skills '
  'the agency requires.',
  'This milestone has been partially COMPLETED. As of September 30, 2020:',
  '5 ➧',
  'agencies have conducted a gap analysis between current staff’s skills and the skills the agency requires.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 9.3. By September 30, 2020, promote public trust in the stewardship of taxpayer dollars.',
  'Due to government-wide focus on COVID-19 response activities, this milestone has been delayed.',
  '',
  '',
  '',
  ''),
 ('M',
  'status-complete',
  'Milestone 9.4. By September 30, 2020, develop an IT spending transparency maturity assessment model.',
  'This milestone has been COMPLETED. An IT spending transparency maturity assessment model has been developed. '
  'Note: This activity and milestone have been transferred to the 2020 Action Plan from the “Improving Outcomes '
  'Through Federal IT Spending Transparency” CAP Goal team.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 17.1. By July 31, 2020, develop pilot tool (automated tool for information collection reviews that '
  'support data inventory creation and updates).',
  'This milestone has been COMPLETED. NCES has completed the development of a pilot tool that supports automated '
  'Information Collection Reviews as well as the identification and export of data elements required for a data '
  'inventory. The team will be testing the tool with at least two agencies to meet their next milestone by the end '
  'of the calendar year.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 18.5. By September 30, 2020, onboard agency customers (pilot enhanced data management tool for federal '
  'agencies).',
  'This milestone has been COMPLETED.',
  '30 ➧',
  'agency customers have been onboarded for a pilot enhanced data management tool for federal agencies.',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 19.1. By September 30, 2020, completion of report on best practices for reporting on output quality '
  '(develop data quality measuring and reporting guidance).',
  'This milestone has been COMPLETED. The report on best practices for reporting on output quality (from developing '
  'data quality measuring and reporting guidance) has been completed. Access the report at: resources.data.gov.',
  '',
  '',
  '',
  'COMPLETED'),
 ('H', 'Quarter 4, 2020 (October – December)'),
 ('M',
  'status-partial-complete',
  'Milestone 2.2. By October 31, 2020, dedicate staff to support data governance body.',
  'This milestone has been partially COMPLETED.',
  '24 ➧',
  'Agencies have dedicated staff to support their DGB, with an average of 2.7 full-time equivalent (FTE) staff.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 4.3. By December 31, 2020, establish a baseline and develop a performance plan to close the identified '
  'data skills and literacy gaps.',
  'This milestone has been partially COMPLETED.',
  '6 ➧',
  'Agencies have established a baseline and developed a performance plan to close the identified data skills and '
  'literacy gaps.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 5.1. Publish an Open Data Plan for sharing priority agency data assets, developed with stakeholder '
  'engagement, including data assets that support COVID-19 response and AI R&D (see Action 6).',
  'This milestone is Pending Guidance.',
  '',
  'This milestone is PENDING OMB Open Data Guidance.',
  '',
  'Pending Guidance'),
 ('M',
  'status-partial-complete',
  'Milestone 5.2. By December 31, 2020, execute a process to evaluate and improve the timeliness, completeness, '
  'consistency, accuracy, usefulness, and availability of open Government data assets.',
  'This milestone has been Pending Guidance.',
  '',
  'This milestone is PENDING OMB Open Data Guidance.',
  '',
  'Pending Guidance'),
 ('M',
  'status-partial-complete',
  'Milestone 6.2. Update comprehensive data inventory to conform to standard metadata.',
  'This milestone has been Pending Guidance.',
  '',
  'This milestone is PENDING OMB/GSA standard metadata guidance.',
  '',
  'Pending Guidance'),
 ('M',
  'status-complete',
  'Milestone 7.2. By December 31, 2020, create resources.',
  'This milestone has been COMPLETED. The resources.data.gov webpage has:\n'
  '185 Use Cases – publicly-solicited hypotheses of how data can be used to improve outcomes;\n'
  '18 Proof Points – case studies on emergent data methods;\n'
  '3 Playbooks – operational checklists and question sets that help agencies achieve data-related functions;\n'
  '1 Repository – a one-stop shop for resources related to Federal data management and use at resources.data.gov.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 7.3. By December 31, 2020, encourage use of resources by agencies.',
  'This milestone has been COMPLETED. The CDO Council developed resources, including supporting agencies responses '
  'to COVID-19, and helped Council members share resources with each other on a wide array of topics through working '
  'groups and other Council communication channels. For example, six agencies collaborated to develop a “getting '
  'started” guide to using data to support agency re-opening decisions.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 8.2. By December 31, 2020, provide technical schema formats on inventories.',
  'This milestone has been Pending Guidance.',
  '',
  'This milestone is PENDING OMB Open Data Plan Guidance.',
  '',
  'Pending Guidance'),
 ('M',
  'status-partial-complete',
  'Milestone 8.3. By December 31, 2020, pilot demonstration of how access to data useful for AI should be enhanced.',
  'This milestone has been partially COMPLETED. The expanding Federal Agency use of technologies, along with their '
  'rapidly evolving capabilities, comes with heightened levels of responsibility for data and automated technology '
  'model management, transparency, and inspection. The Algorithmic Impact Assessment (AIA) prototype seeks to assess '
  'potential risks associated with certain AI development, deployment & enhancement. The project is comprised of two '
  'phases: an exploratory phase (phase 1) and a development phase (phase 2). Phase 1 including research, focus '
  'groups, and stakeholder feedback from academia, private and public sector have been conducted to pilot a '
  'prototype of the Algorithmic Impact Assessment (AIA) tool, an open-source questionnaire fashioned after the '
  'Canadian Algorithmic Impact Assessment. Phase 2, coding and development, will commence on January 2021.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 9.1, getting payments right.',
  'This milestone has been partially COMPLETED. Progress under CAP Goal 9: Getting Payments Right has achieved '
  'significant gains and is being institutionalized across the federal government. Work progresses on a broad data '
  'strategy and an enterprise risk-management framework for agencies. Further progress will focus on access to '
  'relevant data, refinements to business processes, and reduction of improper payments in a cost-effective manner '
  'for the American taxpayer. Milestones and timeline related to this CAP Goal are being tracked at performance.gov.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 9.2, results oriented accountability for grants.',
  'This milestone has been partially COMPLETED. Progress under CAP Goal 8: Results Oriented Accountability for '
  'Grants continues, with a focus on applying a risk-based, data-driven framework that balances compliance '
  'requirements with demonstrating successful results for the American taxpayer. Milestones, timeline, and 2030 '
  'Vision related to this CAP Goal are being tracked at performance.gov.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 10.1. By December 31, 2020, establish the NSDI strategic plan.',
  'This milestone has been COMPLETED. The Federal Geographic Data Committee released the National Spatial Data '
  'Infrastructure (NSDI) Strategic Plan for 2021–2024 in November of 2020, fulfilling this requirement of the '
  'Geospatial Data Act. The plan was endorsed by the National Geospatial Advisory Committee and implementation '
  'planning will begin in CY 2021.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 10.2. By December 31, 2020, publish a GeoPlatform providing standards-compliant web services for NGDA.',
  'This milestone has been COMPLETED. This milestone has been completed. The Federal Geographic Data Committee '
  '(FGDC) agencies fund operations, through the Department of Interior as the Managing Partner. The Geoplatform.gov '
  'shared service provides standards compliant geospatial web services for agency delivery of National Geospatial '
  'Data Assets (NGDA) data. As of December 2020, the Geoplatform supports standards compliant web services data '
  'delivery via three web service standards, Web Map Service (WMS), Web Feature Service (WFS), and Web Map Tile '
  'Service (WMTS).',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 10.3. By December 31, 2020, engage with other relevant councils.',
  'This milestone has been COMPLETED. At least three members from the Federal Geographic Data Committee (FGDC) '
  'participated in each of the 11 meetings (100%) of the Chief Data Officers Council (CDOC) since its first meeting '
  'in January 2020 and members will continue participating in FY 2021. The FGDC also selected Mr. Tony LaVoi, the '
  'Department of Commerce’s FGDC member and NOAA’s Acting Chief Data Officer, as its Ex Officio CDOC liaison, '
  'formalizing inter-committee representation.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 10.4. By December 31, 2020, publish NGDA data theme data assets with standards compliant metadata and '
  'webservice endpoints.',
  'This milestone has been COMPLETED. This action has been completed. Federal agencies managing National Geospatial '
  'Data Assets (NGDA) datasets, working in conjunction with Geoplatform.gov and data.gov, continue to develop '
  'metadata and webservice endpoints and the supporting federal service delivery business procedures to streamline '
  'the publication of geospatial data asset services. As of December 2020, of 173 NGDA datasets, 167 of them (97%) '
  'were providing a metadata service endpoint, and 96 (55%), across 11 of 18 NGDA data themes were providing data '
  'service endpoints, in various standards compliant formats, through Geoplatform.gov.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 10.5. By December 31, 2020, track NGDA for implementation of standards.',
  'This milestone has been COMPLETED. The Federal Geographic Data Committee (FGDC) agencies that manage National '
  'Geospatial Data Assets (NGDA) datasets performed a geospatial standards baseline assessment. The baseline '
  'assessment data will be part of the FGDC’s future discussions on the management and reporting of geospatial '
  'standards and an input into the agencies’ and FGDC’s reporting under the Geospatial Data Act. As of December 17, '
  '2020, with 83% of the NGDAs reporting, i) 97 % use metadata standards, ii) 83% use data content standards, and v) '
  'and less than 1.5% use neither metadata nor content standards. The baseline focused on reporting standards in use '
  'so data for measures iii) and iv) were not collected. A standards dashboard is currently in development.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 11.1. By December 31, 2020, make regular updates to resources.data.gov in response to stakeholder '
  'input.',
  'This milestone has been COMPLETED. The repository was redesigned and relaunched in July 2020 based on stakeholder '
  'input. The update featured new ways to browse tools and resources by category and keyword, introduced a '
  'user-driven taxonomy and information architecture, integrated a user friendly CMS interface, and added new case '
  'studies, tools, and policy references to the repository. Updates to resources.data.gov is handled through a '
  'GitHub repository. Agencies, OMB, and members of the public can propose content as issues in the repository. The '
  'proposed content and resolution can be tracked through the closed issues in the repository dating from the '
  'original creation of the site in July 2019.\n'
  'Relevant web links:\n'
  'Data.gov\n'
  'Digital.gov\n'
  'GSA.gov\n'
  'GitHub',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 11.2. By December 31, 2020, track growth and success of the site.',
  'This milestone has been COMPLETED. Before the redesign the website was averaging between 5,000 and 10,000 page '
  'views per month. Since the re-design the website has received fairly consistent levels of traffic, averaging '
  'between 25,000 and 30,000 page views per month.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 11.3. By December 31, 2020, engage stakeholders to prioritize content.',
  'This milestone has been COMPLETED. In order to inform the redesign of the website the team conducted interviews '
  'with over 30 data practitioners, managers, and Chief Data Officers (CDOs) from 14 agencies. Since the website '
  'also serves as the repository of other Action Plan deliverables, the team has also supported the public feedback '
  'process for several other action items including Actions 9, 13, 14, and 20. The main stakeholder engagement '
  'events are monthly meetings of OMB, GSA, and the Office of Government Information Services. The meetings have '
  'been held monthly since they were instituted in July 2020. The meetings are opportunities for the three entities '
  'with responsibility for resources.data.gov to review proposed new content and updates to jointly decide on site '
  'changes according to the governance process for resources.data.gov.\n'
  'Relevant web links:\n'
  'Resources.data.gov',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 12.3. By December 31, 2020, carry out at least 1 data policy coordination activity.',
  'This milestone has been COMPLETED. The FDPS voted on and endorsed two decision briefs; one from the Business '
  'Standards Council (BSC) and the second from National Archives and Records Administration (NARA).',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 13.3. By November 30, 2020, publish the catalogue on resources.data.gov.',
  'This milestone has been COMPLETED. The Curated Data Skills Catalog has been publised at: '
  'https://resources.data.gov/assets/documents/fds-data-skills-catalog.pdf.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 13.4. By December 31, 2020, transfer responsibility for maintenance to the CDO council.',
  'This milestone has been COMPLETED. The Curated Data Skills Catalog has been transferred to the CDO Council for '
  'maintenance.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 14.2. By December 31, 2020, release initial data ethics framework and use cases.',
  'This milestone has been COMPLETED. The Data Ethics Framework has been publised at: '
  'https://resources.data.gov/assets/documents/fds-data-ethics-framework.pdf.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 14.3. By December 31, 2020, transfer responsibility for review and update.',
  'This milestone has been COMPLETED. The Data Ethics Framework has been transferred to the CDO Council and the '
  'Interagency Council on Statistical Policy (ICSP) for maintenance.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 15.1. By December 31, 2020, release initial toolkit.',
  'This milestone has been COMPLETED. Data Protection Toolkit (DPT) has been posted to the Federal Committee for '
  'Statistical Methodology (FCSM) website.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 15.2. By December 31, 2020, release updated Report on Statistical Disclosure Limitation Methodology.',
  'This milestone has been COMPLETED. The updated content from the Report on Statistical Disclosure Limitation '
  'Methodology was migrated into the Data Protection Toolkit on September 22, 2020.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 16.3. By December 31, 2020, publish report describing success of the project and feedback that will '
  'inform future improvements.',
  'This milestone has been COMPLETED. The lessons learned report was delivered to OMB on December 14, 2020. The '
  'report includes an overview of the project and successes and challenges based on lessons learned sessions held '
  'with key stakeholder groups. Please access the report at resources.data.gov.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 17.2. By December 31, 2020, test tool with at least two agencies.',
  'This milestone has been COMPLETED. The OMB ICR Application has been piloted at two agencies.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 17.3. By December 31, 2020, engage stakeholders for feedback on the tool.',
  'This milestone has been COMPLETED. The project team has collected and analyzed feedback from 18 stakeholder '
  'engagement activities to guide modifications to the OMB ICR Application.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 17.4. By December 31, 2020, publish report describing agency tests and stakeholder input.',
  'This milestone has been COMPLETED. The project team has summarized the findings from the pilot tests and feedback '
  'received to date and produced a report.',
  '',
  '',
  '',
  'COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 18.6. By December 31, 2020, demonstrate increased data asset availability and improved usage.',
  'This milestone has been partially COMPLETED. The pilot enhanced data management tool (a new metadata entry form '
  'on inventory.data.gov) was deployed in October 2020. There has not been adequate time to measure increase in open '
  'datasets and/or public usage of datasets. Data.gov is currently working on a systematic improvement of site '
  'metrics, by developing a new dataset to provide consistent reporting on monthly agency publication of datasets '
  'and public usage of datasets on Data.gov.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  '>">Milestone 19.2. By December 31, 2020, completion of metadata guidance for use by data originators.',
  'This milestone has been partially COMPLETED. The metadata guidance for use by data originators is projected to be '
  'complete by January 31, 2021.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  '>">Milestone 19.3. By December 31, 2020, develop tools to aid metadata maintenance.',
  'This milestone has been partially COMPLETED. The tools to aid metadata maintenance are projected to be complete '
  'by January 31, 2021.',
  '',
  '',
  '',
  'partially COMPLETED'),
 ('M',
  'status-complete',
  'Milestone 20.1. By December 31, 2020, develop repository with communities, frameworks, and schemas.',
  'This milestone has been COMPLETED. An initial beta release of the repository was launched in December 2020 with a '
  'limited selection of data standards content including a conceptual framework, communities, policies, and the '
  'first set of entries in the data standards catalog. Further stakeholder input and public comments were solicited '
  'with this release and subsequent updates are planned for early 2021 based on any feedback received.\n'
  'Relevant web links:\n'
  'Resources.data.gov',
  '',
  '',
  '',
  'COMPLETED'),
 ('H', 'Recurring'),
 ('M',
  'status-partial-complete',
  'Milestone 2.4. Between January 1 and December 31, 2020, put in place a data strategy or road map',
  'This milestone has been partially COMPLETED.',
  '10 ➧',
  'Agencies have put a data strategy or road map in place.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 2.5. Between January 1 and December 31, 2020, develop a plan for capital planning for enterprise data '
  'assets and infrastructure OR… (see 2.6)',
  'This milestone has been partially COMPLETED.',
  '10 ➧',
  'Agencies have developed a plan for capital planning for enterprise data assets and infrastructure.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 2.6. Between January 1 and December 31, 2020, (from 2.5) …adopt a Master Data Management program.',
  'This milestone has been partially COMPLETED.',
  '7 ➧',
  'Agencies have adopted a master data management program.',
  '',
  'partially COMPLETED'),
 ('M',
  'status-partial-complete',
  'Milestone 6.1. Between January 1 and December 31, 2020, update comprehensive data inventories for overall '
  'completeness and priority dataset sprints.',
  'This milestone has been partially COMPLETED.',
  '33 ➧',
  'Agencies published a total of 391,352 datasets in comprehensive data inventories between January 1 and December '
  '31, 2020. Learn more at labs.data.gov/dashboard.',
  '',
  'partially COMPLETED')]

FDS_M21_CSV = [['CFO Act Agencies',
  'Did an agency post DGB to webpage?',
  'Posted Membership on Webpage?',
  'Posted Charter on Webpage?',
  'Posted Meeting Cadence on Webpage?'],
 ['Department of Agriculture', 'Y', 'Y', 'Y', 'Y'],
 ['Department of Commerce', 'Y', 'Y', 'Y', 'Y'],
 ['Department of Defense', 'N', 'N', 'N', 'N'],
 ['Department of Education', 'Y', 'Y', 'Y', 'N'],
 ['Department of Energy', 'N', 'N', 'N', 'N'],
 ['Department of Health and Human Services', 'N', 'Y', 'Y', 'N'],
 ['Department of Homeland Security', 'Y', 'Y', 'N', 'N'],
 ['Department of Housing and Urban Development', 'N', 'N', 'N', 'N'],
 ['Department of Justice', 'Y', 'Y', 'Y', 'Y'],
 ['Department of Labor', 'Y', 'Y', 'Y', 'Y'],
 ['Department of State', 'Y', 'Y', 'Y', 'Y'],
 ['Department of the Interior', 'Y', 'Y', 'Y', 'Y'],
 ['Department of the Treasury', 'Y', 'Y', 'Y', 'Y'],
 ['Department of Transportation', 'Y', 'N', 'N', 'N'],
 ['Department of Veterans Affairs', 'Y', 'Y', 'Y', 'Y'],
 ['Environmental Protection Agency', 'N', 'Y', 'Y', 'Y'],
 ['General Services Administration', 'Y', 'Y', 'Y', 'Y'],
 ['National Aeronautics and Space Administration', 'Y', 'Y', 'Y', 'Y'],
 ['National Science Foundation', 'Y', 'Y', 'Y', 'Y'],
 ['Nuclear Regulatory Commission', 'Y', 'Y', 'Y', 'Y'],
 ['Office of Personnel Management', 'Y', 'Y', 'Y', 'Y'],
 ['Small Business Administration', 'Y', 'Y', 'Y', 'Y'],
 ['Social Security Administration', 'Y', 'Y', 'Y', 'Y'],
 ['U.S. Agency for International Development', 'Y', 'Y', 'Y', 'Y'],
 ['*Summary Count of Agencies Posting Data Governance Body Materials*:', '37', '40', '38', '31']]
