/**
 * Every source a figure in this piece rests on, one record per source.
 *
 * Transcribed from the research dossier (research/facts.md). Where the dossier named a source
 * but gave no address (or no title / date), the address, title or date was taken from the
 * stored copy of the page that carries the dossier's quote; those records say so in a comment.
 * `mirror: true` marks a source read from a republished or scraped copy, not the publisher's
 * own page: `url` is then the copy that was read and `publisher` names the original.
 */
import type { Source } from './types';

export const sources = {
	// ── The statement itself ────────────────────────────────────────────────────────────────
	'evaw-statement': {
		id: 'evaw-statement',
		publisher: 'End Violence Against Women Coalition (EVAW)',
		title: 'Met police action plan a PR exercise that will cause harm',
		date: '2021-11-10',
		url: 'https://www.endviolenceagainstwomen.org.uk/met-police-action-plan-a-pr-exercise-that-will-cause-harm/'
	},

	// ── §1 Police-perpetrated domestic abuse ─────────────────────────────────────────────────
	'times-tbij-2019': {
		id: 'times-tbij-2019',
		publisher: 'The Times, with the Bureau of Investigative Journalism',
		title: 'Police officers accused of domestic abuse less likely to be convicted',
		date: '2019',
		url: 'https://www.thetimes.co.uk/article/police-officers-accused-of-domestic-abuse-less-likely-to-be-convicted-xk3cd7lc3'
	},
	'bbc-2019-police-ex-husband': {
		id: 'bbc-2019-police-ex-husband',
		publisher: 'BBC News (read from a copy republished by police-me-too.co.uk)',
		title: "'I was raped' by police officer ex-husband",
		date: '2019',
		url: 'https://police-me-too.co.uk/pm2-articles/i-was-raped-by-police-officer-ex-husband-bbc-news/',
		mirror: true
	},
	'byline-2021-09-29': {
		id: 'byline-2021-09-29',
		publisher: 'Byline Times',
		// Title as shown on the stored copy of the page.
		title: 'Reports of Police Domestic Abuse Increase by 49% During Pandemic',
		date: '2021-09-29',
		url: 'https://bylinetimes.com/2021/09/29/reports-of-police-domestic-abuse-increase-by-49-during-pandemic/'
	},
	'tbij-2020-03-09': {
		id: 'tbij-2020-03-09',
		publisher: 'The Bureau of Investigative Journalism',
		title: 'Lawyers launch super-complaint over police domestic abuse',
		date: '2020-03-09',
		url: 'https://www.thebureauinvestigates.com/stories/2020-03-09/lawyers-launch-super-complaint-over-police-domestic-abuse'
	},
	'tbij-2020-10-republished': {
		id: 'tbij-2020-10-republished',
		publisher: 'The Bureau of Investigative Journalism (read from a republication on thecherrycreeknews.com)',
		title:
			'Bureau of Investigative Journalism report on domestic abuse by police partners, October 2020 (original headline not captured)',
		date: '2020-10-06',
		url: 'https://www.thecherrycreeknews.com/bureau-of-investigation-domestic-violence/',
		mirror: true
	},
	'cwj-2021-12-01': {
		id: 'cwj-2021-12-01',
		publisher: 'Centre for Women’s Justice',
		// The dossier gives no title; this is the page's address slug in words.
		title: 'CWJ manifesto 4: tackle police-perpetrated abuse',
		date: '2021-12-01',
		url: 'http://centreforwomensjustice.org.uk/new-blog-1/2021/12/1/cwj-manifesto-4-tackle-police-perpetrated-abuse'
	},
	'itv-tbij-2022-03-17': {
		id: 'itv-tbij-2022-03-17',
		publisher: 'ITV News, with the Bureau of Investigative Journalism',
		// The dossier gives no title; this is the page's address slug in words.
		title: '82% of UK police accused of domestic abuse in past three years kept their jobs',
		date: '2022-03-17',
		url: 'https://www.itv.com/news/2022-03-17/82-of-uk-police-accused-of-domestic-abuse-in-past-three-years-kept-their-jobs'
	},
	'times-tbij-2022-03': {
		id: 'times-tbij-2022-03',
		publisher: 'The Times, with the Bureau of Investigative Journalism',
		// The dossier gives no title; this is the page's address slug in words.
		title: 'Eight in ten police officers accused of domestic abuse keep their job',
		date: '2022-03',
		url: 'https://www.thetimes.co.uk/article/eight-in-ten-police-officers-accused-of-domestic-abuse-keep-their-job-636wx32h0'
	},

	// ── §2 Abuse of position for a sexual purpose (APSP) ─────────────────────────────────────
	'iopc-2021-10-25': {
		id: 'iopc-2021-10-25',
		publisher: 'Independent Office for Police Conduct (IOPC)',
		title: 'There must be nowhere to hide for police who abuse their position for a sexual purpose',
		date: '2021-10-25',
		url: 'https://www.policeconduct.gov.uk/news/there-must-be-nowhere-hide-police-who-abuse-their-position-sexual-purpose'
	},
	'itv-2021-10-25': {
		id: 'itv-2021-10-25',
		publisher: 'ITV News',
		// Title as shown on the stored copy of the page.
		title: "'Sharp rise' in police officers reported for abusing power for sexual purposes",
		date: '2021-10-25',
		url: 'https://itv.com/news/2021-10-25/rise-in-police-facing-action-over-claims-they-abused-position-for-sexual-purpose'
	},
	'pa-2021-10-26-mirror': {
		id: 'pa-2021-10-26-mirror',
		publisher: 'PA Media, as syndicated (e.g. by the Guardian); read from a scraped copy',
		title: 'Cases of police abusing role for sexual gain have risen sharply, says watchdog',
		date: '2021-10-26',
		url: 'http://prem.s40.xrea.com/cases-of-police-abusing-role-for-sexual-gain-have-risen-sharply-says-watchdog/?lang=it',
		mirror: true
	},

	// ── §3 Stop and search ───────────────────────────────────────────────────────────────────
	'eff-stop-search-v5': {
		id: 'eff-stop-search-v5',
		publisher: 'GOV.UK, Ethnicity facts and figures',
		title: 'Stop and search (version 5.0)',
		// Publication date not visible in the stored copy; the data were released by the
		// Home Office in October 2020 and the page was live by July 2021.
		date: '2021',
		url: 'https://www.ethnicity-facts-figures.service.gov.uk/crime-justice-and-the-law/policing/stop-and-search/5.0'
	},
	'stopwatch-2020-10-27': {
		id: 'stopwatch-2020-10-27',
		publisher: 'StopWatch (reporting Home Office figures)',
		// Title as shown on the stored copy; it reports figures "released today" (27 Oct 2020).
		title: 'Stop and searches increase 50% – racial disparity remains the same',
		date: '2020-10-27',
		url: 'https://www.stop-watch.org/news-opinion/stop-and-searches-increase-50-racial-disparity-remains-the-same/'
	},
	'home-office-ppp-2020': {
		id: 'home-office-ppp-2020',
		publisher: 'Home Office (read from a copy of the bulletin on 9dok.net)',
		// The first edition was released on 27 October 2020 (StopWatch); the copy read is the
		// second edition, whose own date is not shown there.
		title: 'Police powers and procedures, England and Wales, year ending 31 March 2020 – Second Edition',
		date: '2020',
		url: 'https://9dok.net/document/y8gmo634-police-powers-procedures-england-wales-year-ending-march.html',
		mirror: true
	},
	'politicmag-2020-met-searches': {
		id: 'politicmag-2020-met-searches',
		publisher: 'politicmag.net (news report citing Home Office figures)',
		// The dossier names politicmag.net without an address; this is the stored page carrying
		// the figure. Title is the page's address slug in words.
		title: 'Police searches hit a 7-year high as 11,000 weapons are seized',
		date: '2020',
		url: 'https://politicmag.net/politics-news/police-searches-hit-a-7-year-high-as-11000-weapons-are-seized-uk-news-reports-18608-2020'
	},
	'london-assembly-2020-07-14': {
		id: 'london-assembly-2020-07-14',
		publisher: 'London Assembly (Greater London Authority), press release',
		// Title as shown on the stored copy of the page.
		title: 'How has the Met’s use of stop and search changed during lockdown?',
		date: '2020-07-14',
		url: 'https://www.london.gov.uk/press-releases/assembly/the-mets-use-of-stop-and-search-during-lockdown'
	},

	// ── §4 The Met's VAWG action plan ────────────────────────────────────────────────────────
	'met-2021-11-03': {
		id: 'met-2021-11-03',
		publisher: 'Metropolitan Police Service',
		title: 'Commissioner launches Met action plan to tackle violence against women and girls',
		date: '2021-11-03',
		url: 'https://news.met.police.uk/news/commissioner-launches-met-action-plan-to-tackle-violence-against-women-and-girls-436919'
	},
	'met-2022-04-04': {
		id: 'met-2022-04-04',
		publisher: 'Metropolitan Police Service',
		// The dossier gives no title; this is the page's address slug in words.
		title: 'Enhanced response to tackling violence against women and girls in London',
		date: '2022-04-04',
		url: 'https://news.met.police.uk/news/enhanced-response-to-tackling-violence-against-women-and-girls-in-london-445454'
	},
	'hits-radio-2021-10-05': {
		id: 'hits-radio-2021-10-05',
		publisher: 'Hits Radio London (reporting a Metropolitan Police statement)',
		// Title as shown on the stored copy of the page.
		title: 'Hundreds of extra officers on London streets in policing boost',
		date: '2021-10-05',
		url: 'https://hellorayo.co.uk/hits-radio/london/news/extra-officers-london-tackle-violence-women-girls'
	},
	'ctb-2021-10-05': {
		id: 'ctb-2021-10-05',
		publisher: 'Counter Terror Business',
		// The dossier names Counter Terror Business without an address; this is the stored page
		// carrying its quote. Title as shown there.
		title: 'London’s town centres to be bolstered with new officers',
		date: '2021-10-05',
		url: 'https://counterterrorbusiness.com/news/05102021/london%E2%80%99s-town-centres-be-bolstered-new-officers'
	},
	'standard-2021-06-09-walk-and-talk': {
		id: 'standard-2021-06-09-walk-and-talk',
		publisher: 'Evening Standard (read from a copy republished by safeguardinghub.co.uk)',
		// Title as shown on the stored copy of the page.
		title:
			'Metropolitan Police launch ‘walk and talk’ scheme with women to learn why they feel unsafe on London streets',
		date: '2021-06-09',
		url: 'https://safeguardinghub.co.uk/?p=5369',
		mirror: true
	},
	'lbc-2021-10-20': {
		id: 'lbc-2021-10-20',
		publisher: 'LBC',
		// Title as shown on the stored copy of the page.
		title: 'Plain-clothed Met cops to video call colleagues when stopping lone women',
		date: '2021-10-20',
		url: 'https://www.lbc.co.uk/news/plain-clothed-met-cops-to-video-call-colleagues-when-stopping-lone-women/'
	},
	'home-office-2021-09-02-streetsafe': {
		id: 'home-office-2021-09-02-streetsafe',
		publisher: 'Home Office press release (read from a copy reposted on holliegazzard.org)',
		// The dossier gives no title; this is the copy's address slug in words.
		title: 'Government launches online tool for women and girls to flag unsafe areas to police',
		date: '2021-09-02',
		url: 'https://holliegazzard.org/government-launches-online-tool-for-women-and-girls-to-flag-unsafe-areas-to-police/',
		mirror: true
	},
	'met-2022-03-streetsafe': {
		id: 'met-2022-03-streetsafe',
		publisher: 'Metropolitan Police Service (read from a copy of its release published by Parikiaki)',
		// The Met's own page was not read; Parikiaki reproduces the release in March 2022.
		title: 'Met officers use StreetSafe to help make London safer',
		date: '2022-03',
		url: 'https://www.parikiaki.com/2022/03/met-officers-use-streetsafe-to-help-make-london-safer/',
		mirror: true
	},
	'wakefield-express-streetsafe': {
		id: 'wakefield-express-streetsafe',
		publisher: 'Wakefield Express',
		// Title as shown on the stored copy. Its date is not shown; the dossier puts it around
		// December 2021 to January 2022, and 8,000 reports at 50 a day from 2 September 2021
		// points to early 2022.
		title: 'People urged to report places they have felt unsafe as part of StreetSafe scheme',
		date: '2022',
		url: 'https://www.wakefieldexpress.co.uk/news/crime/people-urged-to-report-places-they-have-felt-unsafe-as-part-of-streetsafe-scheme-3504485'
	},

	// ── §5 HMICFRS and national context ──────────────────────────────────────────────────────
	'hmicfrs-vigil-2021-03-30': {
		id: 'hmicfrs-vigil-2021-03-30',
		publisher: 'HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
		title:
			"The Sarah Everard vigil – An inspection of the Metropolitan Police Service's policing of a vigil held in commemoration of Sarah Everard on Clapham Common on Saturday 13 March 2021",
		date: '2021-03-30',
		url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/inspection-metropolitan-police-services-policing-of-vigil-commemorating-sarah-everard-clapham-common'
	},
	'hmicfrs-interim-2021-07-07': {
		id: 'hmicfrs-interim-2021-07-07',
		publisher: 'HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
		title: 'Interim report: Inspection into how effectively the police engage with women and girls',
		date: '2021-07-07',
		url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/interim-report-inspection-into-how-effectively-the-police-engage-with-women-and-girls/'
	},
	'hmicfrs-final-2021-09-17': {
		id: 'hmicfrs-final-2021-09-17',
		publisher: 'HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
		title: 'Police response to violence against women and girls: Final inspection report',
		date: '2021-09-17',
		url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/police-response-to-violence-against-women-and-girls-final-inspection-report'
	},
	'ons-da-2020-11-25': {
		id: 'ons-da-2020-11-25',
		publisher: 'Office for National Statistics (ONS)',
		title: 'Domestic abuse in England and Wales overview: November 2020',
		date: '2020-11-25',
		url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/domesticabuseinenglandandwalesoverview/november2020'
	},
	'ons-da-2021-11-24': {
		id: 'ons-da-2021-11-24',
		publisher: 'Office for National Statistics (ONS)',
		title: 'Domestic abuse in England and Wales overview: November 2021',
		date: '2021-11-24',
		url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/domesticabuseinenglandandwalesoverview/november2021'
	},
	'times-2021-09-28-femicide': {
		id: 'times-2021-09-28-femicide',
		publisher: 'The Times (reporting Femicide Census data)',
		// The dossier names the Times without an address; this is the stored page carrying its
		// quote. Title is the page's address slug in words.
		title: 'At least 15 women killed by police officers in past 12 years',
		date: '2021-09-28',
		url: 'https://www.thetimes.co.uk/article/at-least-15-women-killed-by-police-officers-in-past-12-years-6th8hmjt6'
	},

	// ── §6 Met sexual misconduct ─────────────────────────────────────────────────────────────
	'inews-2021-met-sexual-misconduct': {
		id: 'inews-2021-met-sexual-misconduct',
		publisher: 'i (inews.co.uk)',
		// Title as shown on the stored copy. Published about 30 September / 1 October 2021.
		title:
			'More than 750 Met Police employees have faced sexual misconduct allegations since 2010 – with just 83 sacked',
		date: '2021',
		url: 'https://inews.co.uk/news/uk/met-police-officers-sexual-misconduct-allegations-sacked-1225102'
	},

	// ── §7 Timeline ──────────────────────────────────────────────────────────────────────────
	'tle-2021-03-30-vigil': {
		id: 'tle-2021-03-30-vigil',
		publisher: 'The London Economic',
		// Not in the dossier (which cites ITV, 30 Mar 2021, without an address): a stored report
		// of the same day carrying the same finding. Title as shown there.
		title: 'Met Police officers ‘acted appropriately’ at Clapham Common vigil',
		date: '2021-03-30',
		url: 'https://www.thelondoneconomic.com/news/met-police-officers-did-not-act-inappropriately-at-clapham-common-vigil-261794'
	},
	'bbc-2021-06-08-couzens': {
		id: 'bbc-2021-06-08-couzens',
		publisher: 'BBC News',
		// Title as shown on the stored copy of the page.
		title: 'Sarah Everard: Wayne Couzens admits rape and kidnap',
		date: '2021-06-08',
		url: 'https://www.bbc.co.uk/news/uk-england-57399170'
	},
	'itv-2021-07-09-couzens': {
		id: 'itv-2021-07-09-couzens',
		publisher: 'ITV News',
		// Not in the dossier (which cites i news, 9 Jul 2021, without an address). Title as shown
		// on the stored copy.
		title: 'Sarah Everard: Police officer Wayne Couzens pleads guilty to murder',
		date: '2021-07-09',
		url: 'https://www.itv.com/news/2021-07-09/police-officer-wayne-couzens-pleads-guilty-to-murder-of-sarah-everard'
	},
	'londonworld-2021-09-30': {
		id: 'londonworld-2021-09-30',
		publisher: 'LondonWorld',
		// The dossier names londonworld.com without an address; this is the stored page on the
		// sentence. Title as shown there.
		title:
			'What is a whole life order? How long is UK sentence, as Sarah Everard killer Wayne Couzens given court verdict',
		date: '2021-09-30',
		url: 'https://www.londonworld.com/news/crime/what-is-a-whole-life-order-how-long-is-uk-sentence-as-sarah-everard-killer-wayne-couzens-given-court-verdict-3402902'
	},
	'inews-2021-09-30-supportively': {
		id: 'inews-2021-09-30-supportively',
		publisher: 'i (inews.co.uk)',
		// The dossier gives no title; this is the page's address slug in words.
		title: 'Sarah Everard: Met police officers support Wayne Couzens, judge reveals',
		date: '2021-09-30',
		url: 'https://inews.co.uk/news/sarah-everard-met-police-officers-support-wayne-couzens-judge-reveals-1226708'
	},
	'gbnews-2021-09-30-rapist': {
		id: 'gbnews-2021-09-30-rapist',
		publisher: 'GB News',
		// The dossier names GB News without an address; this is the stored page carrying its
		// quote. Title as shown there ("Published: 30/09/2021").
		title: "Wayne Couzens was known as 'the rapist' by other officers says Chief Inspector",
		date: '2021-09-30',
		url: 'https://www.gbnews.com/news/wayne-couzens-was-known-as-the-rapist-by-other-officers-says-chief-inspector/134562'
	},
	'standard-2021-09-30-nickname': {
		id: 'standard-2021-09-30-nickname',
		publisher: 'Evening Standard (PA)',
		// Title and date as shown on the stored copy of the page.
		title: 'Senior Met officers ‘not aware’ of Wayne Couzens ‘rapist’ nickname',
		date: '2021-09-30',
		url: 'http://www.standard.co.uk/news/london/met-police-sarah-everard-wayne-couzens-nickname-b958166.html'
	},
	'dorseteye-2021-couzens-questions': {
		id: 'dorseteye-2021-couzens-questions',
		publisher: 'News report, original publisher not shown (read from a copy republished by Dorset Eye)',
		// Not in the dossier. Title as shown on the stored copy; its date is not shown, and it
		// was written after the sentencing of 30 September 2021.
		title: 'Four questions the police must answer about Wayne Couzens',
		date: '2021',
		url: 'https://dorseteye.com/four-questions-the-police-must-answer-about-wayne-couzens',
		mirror: true
	},
	'klarenberg-2020-kate-wilson': {
		id: 'klarenberg-2020-kate-wilson',
		publisher: 'Kit Klarenberg, Medium (read from a copy republished on network23.org)',
		// Not in the dossier. The copy, dated 21 February 2020, says the article was published on
		// Medium.com the day before.
		title: 'Kate Wilson back in court on 27 February trying to find out the truth about Mark Kennedy and Spycops',
		date: '2020-02-20',
		url: 'https://network23.org/arspycatcher/2020/02/21/kate-wilson-back-in-court-on-27-february-trying-to-find-out-the-truth-about-mark-kennedy-and-spycops/',
		mirror: true
	},
	'ipt-kate-wilson': {
		id: 'ipt-kate-wilson',
		publisher: 'Investigatory Powers Tribunal',
		title:
			"Kate Wilson v (1) Commissioner of Police of the Metropolis (2) National Police Chiefs' Council (IPT/11/167/H)",
		date: '2021-09-30',
		url: 'https://investigatorypowerstribunal.org.uk/judgement/kate-wilson-v-1-commissioner-of-police-of-the-metropolis-2-national-police-chiefs-council/'
	},
	'govuk-2021-09-10-dick': {
		id: 'govuk-2021-09-10-dick',
		publisher: 'Home Office (GOV.UK)',
		// The dossier gives no title; this is the page's address slug in words.
		title: 'Dame Cressida Dick to continue to lead the Metropolitan Police',
		date: '2021-09-10',
		url: 'https://gov.uk/government/news/dame-cressida-dick-to-continue-to-lead-the-metropolitan-police'
	},
	'iopc-2021-11-02-photos': {
		id: 'iopc-2021-11-02-photos',
		publisher: 'Independent Office for Police Conduct (IOPC)',
		// Title as shown on the stored copy ("Published: 02 Nov 2021").
		title:
			'Metropolitan Police Service officers admit misconduct in public office in connection with crime scene photographs',
		date: '2021-11-02',
		url: 'https://www.policeconduct.gov.uk/news/metropolitan-police-service-officers-admit-misconduct-public-office-connection-crime-scene'
	},
	'parliament-pcsc-2022-04-29': {
		id: 'parliament-pcsc-2022-04-29',
		publisher: 'UK Parliament, House of Lords news (read from Parliament’s webtest copy of the page)',
		// The dossier quotes "Parliament" without an address; this is the stored copy carrying
		// both quotes. The public page is at the same path on www.parliament.uk.
		title: 'Police, Crime, Sentencing and Courts Bill completes passage through parliament',
		date: '2022-04-29',
		url: 'https://webtest.parliament.uk/business/news/2021/september-2021/lords-debates-police-crime-sentencing-and-courts-bill-at-second-reading',
		mirror: true
	},

	// ── §8 Migrant women ─────────────────────────────────────────────────────────────────────
	'sbs-2018-bbc-foi': {
		id: 'sbs-2018-bbc-foi',
		publisher: 'BBC News, Victoria Derbyshire programme (read from a copy republished by Southall Black Sisters)',
		// The BBC's own page was not read. Title is the BBC headline as the copy shows it; the
		// Guardian reported the same survey on 14 May 2018.
		title: 'Victims of serious crime face arrest over immigration status',
		date: '2018-05',
		url: 'https://southallblacksisters.org.uk/news/immigration-enforcement-over-protection/',
		mirror: true
	},
	'hmicfrs-safe-to-share-2020-12-17': {
		id: 'hmicfrs-safe-to-share-2020-12-17',
		publisher: 'HMICFRS, College of Policing and IOPC',
		title: "Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status",
		date: '2020-12-17',
		url: 'https://hmicfrs.justiceinspectorates.gov.uk/publications/liberty-and-southall-black-sisters-super-complaint-on-policing-and-immigration-status/'
	},
	'hmicfrs-news-2020-12-17': {
		id: 'hmicfrs-news-2020-12-17',
		publisher: 'HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)',
		// The dossier gives no title; this is the page's address slug in words.
		title:
			'Action needed by government and police to ensure vulnerable migrant victims of crime can confidently report to police',
		date: '2020-12-17',
		url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/news/news-feed/action-needed-by-government-and-police-to-ensure-vulnerable-migrant-victims-of-crime-can-confidently-report-to-police/'
	},
	'lawrs-2019-right-to-be-believed': {
		id: 'lawrs-2019-right-to-be-believed',
		publisher: 'Latin American Women’s Rights Service (LAWRS), for Step Up Migrant Women',
		// The dossier gives no title; this is the page's address slug in words. The post reports
		// a conference held on 21 May 2019.
		title: "'Right to be believed' conference",
		date: '2019',
		url: 'https://lawrs.org.uk/blog/sumw_posts/right-to-be-believed-conference/'
	},
	'stepup-2019-right-to-be-believed': {
		id: 'stepup-2019-right-to-be-believed',
		publisher: 'Step Up Migrant Women (LAWRS and King’s College London)',
		// Title as shown on the stored copy (dated 23 May 2019 there).
		title: 'Research: #RightToBeBelieved',
		date: '2019-05',
		url: 'https://stepupmigrantwomen.org/research-righttobebelieved/'
	}
} satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
