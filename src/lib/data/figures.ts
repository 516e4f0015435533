/**
 * Every number (and dated event) the piece shows, typed once and read everywhere: copy,
 * chart labels, annotations, screen-reader descriptions, data tables and CSVs.
 *
 * Transcribed from the research dossier (research/facts.md). Only figures the dossier rates
 * HIGH or MEDIUM appear as fact ("MEDIUM–HIGH" is recorded as MEDIUM). The two numbers the
 * statement asserts and no source could verify are recorded as CLAIM, quoted in EVAW's own
 * words and cited to the statement. Quotes are verbatim from the dossier or, where a record's
 * comment in `sources.ts` says so, from the stored copy of the cited page.
 *
 * Importing this module validates the list (see `validate.ts`): a figure without a proper
 * source, with a duplicate id, an unknown `partOf` or a bad date fails the build.
 */
import type { Figure } from './types';
import { sources } from './sources';
import { validateFigures } from './validate';

const S = sources;

type DatedInput = Omit<Figure, 'value' | 'unit' | 'date' | 'period'> & {
	date: string;
	period?: string;
};

/** A dated event for the timelines: value 0, unit 'date', period defaults to the display. */
function dated(f: DatedInput): Figure {
	return { ...f, value: 0, unit: 'date', period: f.period ?? f.display };
}

const E_W = 'England and Wales';
const MET = 'London (Metropolitan Police)';
const YE_MAR_2020 = 'year ending March 2020';
/** The Home Office's stop and search figures for the year ending March 2020 leave out Greater Manchester Police. */
const E_W_EX_GMP = `${E_W} (excluding Greater Manchester Police)`;

export const figureList: Figure[] = [
	// ══ Chapter 0 / 7: the timeline ═══════════════════════════════════════════════════════════
	dated({
		id: 'event-bbc-foi-forces',
		date: '2018-05',
		display: 'May 2018',
		place: 'United Kingdom',
		label: 'BBC finds 27 of 45 UK police forces refer victims and witnesses of crime to immigration enforcement',
		source: S['sbs-2018-bbc-foi'],
		quote:
			'Twenty-seven said they did. Some gave a straight “yes”, others had caveats such as “not routinely” or “it’s rare”.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'A Freedom of Information survey by BBC Victoria Derbyshire, also reported by the Guardian on 14 May 2018. Some of the 27 forces gave caveats such as “not routinely” or “it’s rare”. It covers victims and witnesses of crime generally, not only women.'
	}),
	dated({
		id: 'event-super-complaint-migrant',
		date: '2018-12-18',
		display: '18 December 2018',
		place: E_W,
		label:
			'Liberty and Southall Black Sisters lodge the first police super-complaint, on data-sharing with immigration enforcement',
		source: S['hmicfrs-safe-to-share-2020-12-17'],
		quote: 'On 18 December 2018, Liberty and Southall Black Sisters made a super-complaint to HMICFRS.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'It was the first police super-complaint.'
	}),
	dated({
		id: 'event-lawrs-study',
		date: '2019-05',
		display: 'May 2019',
		place: 'London',
		label: '‘The Right to be Believed’ study of migrant women facing violence is published',
		source: S['stepup-2019-right-to-be-believed'],
		quote:
			'We are proud to announce the publication of The Right to be Believed: Migrant women facing violence against women and girls (VAWG) in the ‘hostile immigration’ environment in London, a research report produced by King’s College London, LAWRS, and the Step Up Migrant Women coalition.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'By King’s College London, LAWRS and the Step Up Migrant Women coalition. Its findings were presented at a conference on 21 May 2019.'
	}),
	dated({
		id: 'event-cwj-super-complaint',
		date: '2020-03-09',
		display: '9 March 2020',
		place: E_W,
		label: 'Centre for Women’s Justice submits a super-complaint on police-perpetrated domestic abuse',
		source: S['tbij-2020-03-09'],
		quote: 'The CWJ submission uses the accounts of 19 victims of police domestic abuse and six professionals',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Submitted with the Bureau of Investigative Journalism. The watchdogs reported on it only in June 2022, after the statement.'
	}),
	dated({
		id: 'event-safe-to-share',
		date: '2020-12-17',
		display: '17 December 2020',
		place: E_W,
		label: 'Watchdogs’ ‘Safe to share?’ report finds data-sharing with immigration enforcement causes significant harm',
		source: S['hmicfrs-news-2020-12-17'],
		quote: 'The investigation found that the current system was causing significant harm to the public interest.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'By HMICFRS, the College of Policing and the IOPC. It recommended that, as an interim measure, police stop sharing domestic abuse victims’ information with Immigration Enforcement where they only have doubts about immigration status.'
	}),
	dated({
		id: 'event-everard-kidnapped',
		date: '2021-03-03',
		display: '3 March 2021',
		place: 'Clapham, south London',
		label: 'Sarah Everard is kidnapped in south London by Wayne Couzens, a serving Met officer',
		shortLabel: 'Met officer Wayne Couzens kidnaps Sarah Everard',
		source: S['hmicfrs-vigil-2021-03-30'],
		quote: "went missing after leaving a friend's house in Clapham, south London, on 3 March 2021.",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The report says she “went missing”. Couzens, then a serving Met constable, used his warrant card and handcuffs in a fake Covid arrest; he admitted kidnap and rape on 8 June 2021 and murder on 9 July 2021.'
	}),
	dated({
		id: 'event-couzens-arrested',
		date: '2021-03-09',
		display: '9 March 2021',
		place: MET,
		label: 'The Met arrests Wayne Couzens',
		source: S['hmicfrs-vigil-2021-03-30'],
		quote: 'On 9 March 2021, the Metropolitan Police Service arrested Wayne Couzens …',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Sarah Everard’s body was found near Ashford, Kent, on 10 March 2021.'
	}),
	dated({
		id: 'event-couzens-charged',
		date: '2021-03-12',
		display: '12 March 2021',
		place: MET,
		label: 'Wayne Couzens is charged with the kidnap and murder of Sarah Everard',
		source: S['hmicfrs-vigil-2021-03-30'],
		quote: 'On 12 March 2021, Couzens was charged with the kidnap and murder',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-vigil',
		date: '2021-03-13',
		display: '13 March 2021',
		place: 'Clapham Common, south London',
		label: 'Police restrain and arrest women at the Clapham Common vigil for Sarah Everard',
		shortLabel: 'Police arrest women at the Clapham Common vigil',
		source: S['tle-2021-03-30-vigil'],
		quote:
			'Her Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) was called in to examine the force’s actions after women who attended the event on March 13 were bundled to the ground and arrested.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The organisers, Reclaim These Streets, had cancelled the vigil after a High Court ruling on 12 March. Secondary reports say the Met arrested four people; we could not confirm that count in a primary source, so it is not used as a figure here.'
	}),
	dated({
		id: 'event-vigil-report',
		date: '2021-03-30',
		display: '30 March 2021',
		place: MET,
		label: 'HMICFRS finds officers at the vigil did not act inappropriately',
		shortLabel: 'HMICFRS: vigil policing not inappropriate',
		source: S['tle-2021-03-30-vigil'],
		quote:
			'It found that officers at the event did their best to peacefully disperse the crowd, remained calm and professional when subjected to abuse, and did not act inappropriately or in a heavy-handed manner.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The inspection, commissioned by the Home Secretary, was published on 30 March 2021.'
	}),
	dated({
		id: 'event-couzens-pleads-kidnap-rape',
		date: '2021-06-08',
		display: '8 June 2021',
		place: 'Old Bailey, London',
		label: 'Wayne Couzens pleads guilty to the kidnap and rape of Sarah Everard',
		source: S['bbc-2021-06-08-couzens'],
		quote: 'PC Wayne Couzens, 48, pleaded guilty both to kidnap and rape.',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-walk-and-talk-pilot',
		date: '2021-06-09',
		display: '9 June 2021',
		place: 'Lambeth and Southwark, London',
		label: 'The Met launches a ‘Walk and Talk’ pilot with 25 female officers in Lambeth and Southwark',
		source: S['standard-2021-06-09-walk-and-talk'],
		quote:
			"The new 'walk and talk' scheme will see 25 female neighbourhood officers buddying up with local women to walk the streets of south London",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Announced by the Met on 9 June 2021 in its Central South command (Lambeth and Southwark). It was rolled out to all 12 of the Met’s command units from 8 March 2022.'
	}),
	dated({
		id: 'event-hmicfrs-interim',
		date: '2021-07-07',
		display: '7 July 2021',
		place: E_W,
		label: 'HMICFRS interim report calls violence against women and girls an ‘epidemic’',
		shortLabel: 'HMICFRS interim report calls VAWG an ‘epidemic’',
		source: S['hmicfrs-interim-2021-07-07'],
		quote:
			'our findings show the need for immediate, radical and cross-system action to respond with greater pace and urgency to what we consider to be an epidemic of offending against women and girls.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The inspection was commissioned by the Home Secretary on 26 March 2021, after the murder of Sarah Everard.'
	}),
	dated({
		id: 'event-couzens-pleads-murder',
		date: '2021-07-09',
		display: '9 July 2021',
		place: 'Old Bailey, London',
		label: 'Wayne Couzens pleads guilty to the murder of Sarah Everard',
		source: S['itv-2021-07-09-couzens'],
		quote:
			'Metropolitan Police officer Wayne Couzens has pleaded guilty at the Old Bailey to the murder of Sarah Everard.',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-streetsafe-pilot',
		date: '2021-09-02',
		display: '2 September 2021',
		place: E_W,
		label: 'The Home Office launches the StreetSafe pilot for reporting places where people feel unsafe',
		source: S['home-office-2021-09-02-streetsafe'],
		quote:
			"A pilot for a new online tool to allow people to flag places where they have felt unsafe has been launched today (Thursday 2 September) by the Government with support from the National Police Chiefs' Council (NPCC).",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'A national Home Office and NPCC tool on police.uk, not a Met-only scheme; a three-month pilot, later extended to the end of the financial year. EVAW says StreetSafe was “announced in June”; we could not verify a June announcement.'
	}),
	dated({
		id: 'event-dick-extended',
		date: '2021-09-10',
		display: '10 September 2021',
		place: MET,
		label: 'Cressida Dick’s term as Met Commissioner is extended to 2024',
		source: S['govuk-2021-09-10-dick'],
		quote:
			'Dame Cressida Dick will continue to lead the Metropolitan Police Service until 2024, Home Secretary Priti Patel confirmed today (10 September 2021).',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Commissioner since April 2017; her contract had been due to end in April 2022. She announced her resignation in February 2022.'
	}),
	dated({
		id: 'event-pcsc-lords',
		date: '2021-09-14',
		display: '14 September 2021',
		place: 'UK Parliament',
		label: 'The Police, Crime, Sentencing and Courts Bill reaches the House of Lords',
		shortLabel: 'The Policing Bill reaches the House of Lords',
		source: S['parliament-pcsc-2022-04-29'],
		quote: 'The bill was considered by the House of Lords between 14 September 2021 and 25 January 2022',
		publishedAfterStatement: true,
		confidence: 'HIGH',
		period: '14 September 2021 to 25 January 2022',
		note: 'When EVAW wrote, the Bill was at committee stage in the Lords; that stage ended on the night of 24–25 November 2021. The page quoted was published after the statement (29 April 2022); the Lords dates themselves were public at the time.'
	}),
	dated({
		id: 'event-hmicfrs-final',
		date: '2021-09-17',
		display: '17 September 2021',
		place: E_W,
		label: 'HMICFRS final report: an ‘epidemic’ of violent and abusive offending against women and girls',
		shortLabel: 'HMICFRS final report: an ‘epidemic’ of VAWG',
		source: S['hmicfrs-final-2021-09-17'],
		quote:
			'We consider they represent an epidemic of violent and abusive offending against women and girls in England and Wales.',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-femicide-census-police',
		date: '2021-09-28',
		display: '28 September 2021',
		place: 'United Kingdom',
		label: 'Femicide Census: at least 15 serving or former police officers have killed women since 2009',
		source: S['times-2021-09-28-femicide'],
		quote: 'At least 15 serving or former police officers have been responsible for killing women since 2009',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Reported by the Times from Femicide Census data; the Census later updated the count to 16.'
	}),
	dated({
		id: 'event-whole-life-order',
		date: '2021-09-30',
		display: '30 September 2021',
		place: 'Old Bailey, London',
		label: 'Wayne Couzens is sentenced to a whole-life order, the first police officer to receive one',
		shortLabel: 'Couzens is sentenced to a whole-life order',
		source: S['londonworld-2021-09-30'],
		quote: 'Lord Justice Fulford handed him a whole-life order - the first police officer to receive this sentence.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Sentencing ran over 29 and 30 September 2021; the order was made on 30 September.'
	}),
	dated({
		id: 'event-spoke-supportively',
		date: '2021-09-30',
		display: '30 September 2021',
		place: 'Old Bailey, London',
		label: 'The judge notes that some of Couzens’ colleagues had ‘spoken supportively’ of him',
		shortLabel: 'Some colleagues had ‘spoken supportively’ of Couzens',
		source: S['inews-2021-09-30-supportively'],
		quote: "Lord Justice Fulford revealed officers had 'spoken supportively' of the murderer.",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The likely basis of EVAW’s “officers defending Couzens’ character in court”. The identity and number of the officers are not known.'
	}),
	dated({
		id: 'event-rapist-nickname',
		date: '2021-09-30',
		display: '30 September 2021',
		place: 'United Kingdom',
		label: 'Chief Inspector says Couzens was called ‘the rapist’ by other officers; the Met disputes it',
		shortLabel: 'Inspector: Couzens was known as ‘the rapist’',
		source: S['gbnews-2021-09-30-rapist'],
		quote:
			"Wayne Couzens was known as 'the rapist' by other officers at times during his career, the Chief Inspector of Constabulary Sir Tom Winsor has confirmed.",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Sir Tom Winsor said “other officers” used it “at times during his career”; reports say it came from colleagues at his previous force, the Civil Nuclear Constabulary (Evening Standard, 30 September 2021). The Met’s Deputy Commissioner said he was not aware of it, and an Assistant Commissioner said the force “refutes” that Couzens was ever called that, according to a republished news report.'
	}),
	dated({
		id: 'event-kate-wilson-judgment',
		date: '2021-09-30',
		display: '30 September 2021',
		place: 'Investigatory Powers Tribunal, London',
		label: 'Tribunal rules an undercover Met officer’s deception of Kate Wilson, from 2003, breached her rights',
		shortLabel: 'Ruling on 2003 deception of Kate Wilson',
		source: S['ipt-kate-wilson'],
		quote: 'hand down of judgment of the Tribunal on 30 September 2021',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The ruling was made in 2021; the conduct it is about was not. The officer, Mark Kennedy, deceived her into a relationship that began in 2003 and lasted about two years, according to an article by Kit Klarenberg read from a republished copy. The Tribunal found breaches of Articles 3, 8, 10, 11 and 14 of the European Convention on Human Rights. The quoted words are from the Tribunal’s order on the award, which may itself post-date the judgment.'
	}),
	dated({
		id: 'rapist-nickname-cnc',
		date: '2021-09-30',
		display: '30 September 2021',
		place: 'London Assembly Police and Crime Committee',
		label:
			'The Met’s Deputy Commissioner says he was not aware of the nickname given to Couzens by colleagues at the Civil Nuclear Constabulary',
		source: S['standard-2021-09-30-nickname'],
		quote:
			'Mr House said he was “not aware of” the nickname given to Mr Couzens by his colleagues at the Civil Nuclear Constabulary, where he worked prior to the Met.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The Civil Nuclear Constabulary was Couzens’ force before he joined the Met.'
	}),
	dated({
		id: 'met-refutes-rapist-nickname',
		date: '2021',
		display: '2021',
		place: MET,
		label: 'The Met says it “refutes” that Couzens was ever called ‘the rapist’',
		source: S['dorseteye-2021-couzens-questions'],
		quote:
			'Met Police assistant commissioner Nick Ephgrave said the force “refutes” he was ever referred to by that name',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Read from a republished article whose date is not shown (it was written after the sentencing on 30 September 2021); the rest of Nick Ephgrave’s sentence is cut off in the copy we read.'
	}),
	dated({
		id: 'kate-wilson-relationship-began',
		date: '2003',
		display: '2003',
		place: 'United Kingdom',
		label: 'Kate Wilson meets ‘Mark Stone’, the undercover officer Mark Kennedy, and a two-year relationship begins',
		source: S['klarenberg-2020-kate-wilson'],
		quote: 'one must travel back to 2003, when she met and fell in love with fellow activist Mark Stone.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The same article says the relationship ended “after two years”, and that “Mark Stone” was Mark Kennedy, an undercover officer in the Met’s National Public Order Intelligence Unit. Read from a republished copy.'
	}),
	dated({
		id: 'event-650-officers',
		date: '2021-10-05',
		display: '5 October 2021',
		place: MET,
		label: 'The Met announces 650 extra officers for busy public places',
		shortLabel: 'The Met announces 650 extra officers',
		source: S['hits-radio-2021-10-05'],
		quote:
			'London will soon be getting an additional 650 police officers who will work solely in busy public places and other areas, including those where women and girls often feel unsafe.',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-safe-connection',
		date: '2021-10-20',
		display: '20 October 2021',
		place: MET,
		label: 'Cressida Dick announces ‘Safe Connection’ video verification for lone plain-clothes officers',
		shortLabel: 'Cressida Dick announces ‘Safe Connection’ checks',
		source: S['lbc-2021-10-20'],
		quote:
			'What I can say today is that we are launching our Safe Connection, as we call it, which allows a woman who is stopped by such a police officer immediately to have verification that this is a police officer.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Announced at the London Assembly Police and Crime Committee. Plain-clothes officers would still patrol mainly in twos or more, LBC reported; the check was for the ‘very rare occasions’ an officer was alone.'
	}),
	dated({
		id: 'event-photo-officers-plead',
		date: '2021-11-02',
		display: '2 November 2021',
		place: 'Old Bailey, London',
		label: 'Two Met officers plead guilty over photographs taken at the scene of the Wembley murders',
		shortLabel: 'Met officers plead guilty over murder-scene photos',
		source: S['iopc-2021-11-02-photos'],
		quote:
			'The officers appeared at the Old Bailey today Tuesday, 2 November, to formally enter their guilty pleas to the charge of misconduct in public office',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'PCs Deniz Jaffer and Jamie Lewis photographed the bodies of Bibaa Henry and Nicole Smallman and shared the images. They were jailed for two years and nine months on 6 December 2021, after the statement.'
	}),
	dated({
		id: 'event-met-plan',
		date: '2021-11-03',
		display: '3 November 2021',
		place: MET,
		label: 'The Met launches its action plan on violence against women and girls',
		shortLabel: 'The Met launches its VAWG action plan',
		source: S['met-2021-11-03'],
		quote:
			"The Metropolitan Police has today launched the service's action plan setting out how it is tackling violence against women and girls in London.",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Launched as a draft for consultation; the final plan followed on 4 April 2022.'
	}),
	dated({
		id: 'event-statement',
		date: '2021-11-10',
		display: '10 November 2021',
		place: 'United Kingdom',
		label: 'EVAW publishes its statement on the Met’s action plan',
		shortLabel: 'EVAW publishes its statement on the plan',
		source: S['evaw-statement'],
		quote: 'Date Published November 10, 2021',
		publishedAfterStatement: false,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-met-plan-final',
		date: '2022-04-04',
		display: '4 April 2022',
		place: MET,
		label: 'The Met publishes its final VAWG action plan after consultation',
		source: S['met-2022-04-04'],
		quote: 'Last November we published our draft plan and invited Londoners and partners to provide feedback',
		publishedAfterStatement: true,
		confidence: 'HIGH'
	}),
	dated({
		id: 'event-pcsc-royal-assent',
		date: '2022-04-28',
		display: '28 April 2022',
		place: 'UK Parliament',
		label: 'The Police, Crime, Sentencing and Courts Bill becomes law',
		shortLabel: 'The Policing Bill becomes law',
		source: S['parliament-pcsc-2022-04-29'],
		quote: 'received Royal Assent and became an Act of Parliament on 28 April 2022.',
		publishedAfterStatement: true,
		confidence: 'HIGH'
	}),

	// ══ Chapter 1: Increased police presence ═════════════════════════════════════════════════
	{
		id: 'met-extra-officers',
		value: 650,
		unit: 'officers',
		display: '650',
		period: 'announced 5 October 2021',
		place: MET,
		label: 'Additional officers for busy public places',
		source: S['hits-radio-2021-10-05'],
		quote:
			'London will soon be getting an additional 650 police officers who will work solely in busy public places and other areas, including those where women and girls often feel unsafe.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: '500 in Town Centre Teams and 150 joining London’s ward officers.'
	},
	{
		id: 'town-centre-officers',
		value: 500,
		unit: 'officers',
		display: '500',
		period: 'announced 5 October 2021',
		place: MET,
		label: 'Officers to form Town Centre Teams',
		source: S['hits-radio-2021-10-05'],
		quote: 'Five hundred officers will form town centre teams',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'met-extra-officers'
	},
	{
		id: 'ward-officers',
		value: 150,
		unit: 'officers',
		display: '150',
		period: 'announced 5 October 2021',
		place: MET,
		label: 'Officers to join London’s dedicated ward officers',
		source: S['hits-radio-2021-10-05'],
		quote: "A further 150 officers will join London's dedicated ward officers",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'met-extra-officers'
	},
	{
		id: 'town-centre-teams',
		value: 19,
		unit: 'count',
		display: '19',
		period: 'to be in place by spring 2022',
		place: MET,
		label: 'Town Centre Teams planned',
		source: S['ctb-2021-10-05'],
		quote: 'All 19 teams are expected to be in place by spring 2022.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Sources disagree on team size (one inspector, two sergeants and 21 constables in October 2021; 25 officers with three sergeants in December 2021). The first 12 teams launched in early December 2021, after the statement.'
	},
	{
		id: 'ss-rate-white-2020',
		value: 6,
		unit: 'per-1000',
		display: '6',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches per 1,000 White people',
		source: S['eff-stop-search-v5'],
		quote: 'there were 6 stop and searches for every 1,000 White people, compared with 54 for every 1,000 Black people',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Excludes Greater Manchester Police and vehicle searches. Rates are rounded to whole numbers. The latest official figures when EVAW wrote: the year ending March 2021 figures came out on 18 November 2021.'
	},
	{
		id: 'ss-rate-black-2020',
		value: 54,
		unit: 'per-1000',
		display: '54',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches per 1,000 Black people',
		source: S['eff-stop-search-v5'],
		quote: 'there were 6 stop and searches for every 1,000 White people, compared with 54 for every 1,000 Black people',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Excludes Greater Manchester Police and vehicle searches. Rates are rounded to whole numbers. Published rates for Asian, Mixed and Other groups were not found, so the piece shows their ratios to the White rate instead and does not work rates back from them.'
	},
	{
		id: 'ss-rate-all-2020',
		value: 11,
		unit: 'per-1000',
		display: '11',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches per 1,000 people',
		source: S['eff-stop-search-v5'],
		quote:
			'there were 11 stop and searches for every 1,000 people, down from 25 per 1,000 people in the year ending March 2010',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Excludes Greater Manchester Police and vehicle searches. Rates are rounded to whole numbers.'
	},
	{
		id: 'ss-rate-london-2020',
		value: 34,
		unit: 'per-1000',
		display: '34',
		period: YE_MAR_2020,
		place: 'London (Metropolitan Police force area)',
		label: 'Stop and searches per 1,000 people in London',
		source: S['eff-stop-search-v5'],
		quote:
			'there were 34 stop and searches for every 1,000 people in London, the highest rate out of all police force areas',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The highest rate of any police force area. Excludes vehicle searches. Rates are rounded to whole numbers.'
	},
	{
		id: 'ss-ratio-black-2020',
		value: 8.9,
		unit: 'ratio',
		display: '8.9 times',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and search rate for Black people compared with White people',
		source: S['stopwatch-2020-10-27'],
		quote: 'Black (or Black British): 8.9x',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Home Office figures as reported by StopWatch, worked out from unrounded data, so they do not equal the ratio of the rounded rates.'
	},
	{
		id: 'ss-ratio-mixed-2020',
		value: 3.3,
		unit: 'ratio',
		display: '3.3 times',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and search rate for people of Mixed ethnicity compared with White people',
		source: S['stopwatch-2020-10-27'],
		quote: 'Mixed: 3.3x',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Home Office figures as reported by StopWatch, worked out from unrounded data. The rate per 1,000 for this group was not found.'
	},
	{
		id: 'ss-ratio-asian-2020',
		value: 2.7,
		unit: 'ratio',
		display: '2.7 times',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and search rate for Asian people compared with White people',
		source: S['stopwatch-2020-10-27'],
		quote: 'Asian (or Asian British): 2.7x',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Home Office figures as reported by StopWatch, worked out from unrounded data. The rate per 1,000 for this group was not found.'
	},
	{
		id: 'ss-ratio-other-2020',
		value: 1.3,
		unit: 'ratio',
		display: '1.3 times',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and search rate for people of Other ethnic groups compared with White people',
		source: S['stopwatch-2020-10-27'],
		quote: 'Other Ethnic Group: 1.3x',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Home Office figures as reported by StopWatch, worked out from unrounded data. The rate per 1,000 for this group was not found.'
	},
	{
		id: 'ss-total-2020',
		value: 577054,
		unit: 'count',
		display: '577,054',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches (section 1 PACE and section 60 combined)',
		source: S['home-office-ppp-2020'],
		quote: 'Of the 577,054 combined stops and searches, 437,139 resulted in no further action (76%).',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Combines 558,973 section 1 PACE searches and 18,081 section 60 searches. A different base from the 563,837 in Ethnicity facts and figures, which excludes vehicle searches. StopWatch reported the same numbers on 27 October 2020.'
	},
	{
		id: 'ss-nfa-2020',
		value: 437139,
		unit: 'count',
		display: '437,139',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches that resulted in no further action',
		source: S['home-office-ppp-2020'],
		quote: 'Of the 577,054 combined stops and searches, 437,139 resulted in no further action (76%).',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'ss-total-2020'
	},
	{
		id: 'ss-nfa-share-2020',
		value: 76,
		unit: 'percent',
		display: '76%',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Share of stop and searches that resulted in no further action',
		source: S['home-office-ppp-2020'],
		quote: 'Of the 577,054 combined stops and searches, 437,139 resulted in no further action (76%).',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: '437,139 of 577,054 searches (section 1 PACE and section 60 combined).'
	},
	{
		id: 'ss-total-excl-vehicle-2020',
		value: 563837,
		unit: 'count',
		display: '563,837',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Stop and searches of people (excluding vehicle searches)',
		source: S['eff-stop-search-v5'],
		quote:
			'between April 2019 and March 2020, there were 563,837 stop and searches in England and Wales (excluding vehicle searches)',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The base behind the per-1,000 rates by ethnicity. Differs from the 577,054 combined total, which includes vehicle searches.'
	},
	{
		id: 'ss-met-share-2020',
		value: 0.5,
		unit: 'share',
		display: 'almost half',
		inWords: 'upper-bound',
		period: YE_MAR_2020,
		place: 'London (Metropolitan Police force area)',
		label: 'Share of all stop and searches in England and Wales carried out in the Met area',
		source: S['eff-stop-search-v5'],
		quote: 'almost half of all stop and searches took place in the Metropolitan Police force area in London',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The source gives words, not a number: “almost half”, so the share is below 0.5 (an upper bound).'
	},
	{
		id: 'ss-met-s1-2020',
		value: 268384,
		unit: 'count',
		display: '268,384',
		period: YE_MAR_2020,
		place: MET,
		label: 'Section 1 PACE stop and searches by the Metropolitan Police',
		source: S['politicmag-2020-met-searches'],
		quote:
			'London’s Metropolitan Police carried out the most at 268,384, followed by Merseyside (33,416), West Midlands (24,269) and Essex (19,248).',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'A news report citing Home Office figures; StopWatch (2022) gives the same number. Section 1 PACE searches only: not directly comparable with the 577,054 combined total.'
	},

	// ══ Chapter 2: StreetSafe ═════════════════════════════════════════════════════════════════
	{
		id: 'met-ss-may-2020',
		value: 43000,
		unit: 'count',
		display: '43,000',
		period: 'May 2020 (first Covid lockdown)',
		place: MET,
		label: 'Stop and searches by the Met in May 2020',
		source: S['london-assembly-2020-07-14'],
		quote:
			'It is reported that the Met carried out 43,000 stop and searches in May 2020, compared to 21,000 in May 2019',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The London Assembly’s press release says only “it is reported”, without naming where: not an official statistics release. The number is rounded.'
	},
	{
		id: 'met-ss-may-2019',
		value: 21000,
		unit: 'count',
		display: '21,000',
		period: 'May 2019',
		place: MET,
		label: 'Stop and searches by the Met in May 2019',
		source: S['london-assembly-2020-07-14'],
		quote:
			'It is reported that the Met carried out 43,000 stop and searches in May 2020, compared to 21,000 in May 2019',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The London Assembly’s press release says only “it is reported”, without naming where: not an official statistics release. The number is rounded.'
	},
	{
		id: 'met-ss-apr-2020',
		value: 30608,
		unit: 'count',
		display: '30,608',
		period: 'April 2020 (first Covid lockdown)',
		place: MET,
		label: 'Stop and searches by the Met in April 2020',
		source: S['london-assembly-2020-07-14'],
		quote:
			'It is reported that the Met carried out 43,000 stop and searches in May 2020, compared to 21,000 in May 2019, and 30,608 in April 2020 compared to 20,981 in April 2019.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The London Assembly’s press release says only “it is reported”, without naming where: not an official statistics release.'
	},
	{
		id: 'met-ss-apr-2019',
		value: 20981,
		unit: 'count',
		display: '20,981',
		period: 'April 2019',
		place: MET,
		label: 'Stop and searches by the Met in April 2019',
		source: S['london-assembly-2020-07-14'],
		quote:
			'It is reported that the Met carried out 43,000 stop and searches in May 2020, compared to 21,000 in May 2019, and 30,608 in April 2020 compared to 20,981 in April 2019.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The London Assembly’s press release says only “it is reported”, without naming where: not an official statistics release.'
	},
	{
		id: 'streetsafe-met-reports-2022',
		value: 3272,
		unit: 'count',
		display: '3,272',
		period: 'September 2021 (launch) to March 2022',
		place: MET,
		label: 'StreetSafe reports submitted to the Met',
		source: S['met-2022-03-streetsafe'],
		quote:
			'Since September 2021 when StreetSafe was launched, 3,272 reports have been submitted through StreetSafe to the Met.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'Published in March 2022, after the statement. How many of these reports were made by 10 November 2021 was not found. Counts reports of places, not people.'
	},
	{
		id: 'streetsafe-met-women-share-2022',
		value: 73,
		unit: 'percent',
		display: '73%',
		period: 'September 2021 (launch) to March 2022',
		place: MET,
		label: 'Share of StreetSafe reports to the Met that came from women',
		source: S['met-2022-03-streetsafe'],
		quote: 'Of those, almost three quarters (73%) have come from women.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'Published in March 2022, after the statement.'
	},
	{
		id: 'streetsafe-reports-8000',
		value: 8000,
		unit: 'count',
		display: 'over 8,000',
		inWords: 'lower-bound',
		period: 'from the launch on 2 September 2021 to the article (probably early 2022)',
		place: E_W,
		label: 'StreetSafe reports submitted by the public',
		source: S['wakefield-express-streetsafe'],
		quote:
			'Since launch, in England and Wales there have been over 8,000 reports submitted by the public via the tool, averaging at 50 reports daily, with 72% of reports from women.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'The source gives “over 8,000”: 8,000 is a lower bound. National, not London. The article is undated; it was probably published after 10 November 2021. The number of reports by 10 November 2021 was not found; the Met’s own count for London was published in March 2022.'
	},
	{
		id: 'streetsafe-women-share',
		value: 72,
		unit: 'percent',
		display: '72%',
		period: 'from the launch on 2 September 2021 to the article (probably early 2022)',
		place: E_W,
		label: 'Share of StreetSafe reports made by women',
		source: S['wakefield-express-streetsafe'],
		quote:
			'Since launch, in England and Wales there have been over 8,000 reports submitted by the public via the tool, averaging at 50 reports daily, with 72% of reports from women.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'National, not London. The article is undated; it was probably published after 10 November 2021.'
	},

	// ══ Chapter 3: Walk and Talk ══════════════════════════════════════════════════════════════
	{
		id: 'walk-talk-officers',
		value: 25,
		unit: 'officers',
		display: '25',
		period: 'pilot from June 2021',
		place: 'Lambeth and Southwark, London',
		label: 'Female neighbourhood officers in the ‘Walk and Talk’ pilot',
		source: S['standard-2021-06-09-walk-and-talk'],
		quote:
			"The new 'walk and talk' scheme will see 25 female neighbourhood officers buddying up with local women to walk the streets of south London",
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The pilot in the Met’s Central South command. The scheme was rolled out to all 12 command units from 8 March 2022.'
	},
	{
		id: 'ons-adults-da-2020',
		value: 2300000,
		unit: 'people',
		display: '2.3 million',
		period: YE_MAR_2020,
		place: E_W,
		label: 'Adults aged 16 to 74 who experienced domestic abuse in the last year (estimate)',
		source: S['ons-da-2020-11-25'],
		quote:
			'an estimated 2.3 million adults aged 16 to 74 years experienced domestic abuse in the last year (1.6 million women and 757,000 men)',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'A survey estimate from the Crime Survey for England and Wales, adults aged 16 to 74. The latest such estimate when EVAW wrote.'
	},
	{
		id: 'ons-women-da-2020',
		value: 1600000,
		unit: 'people',
		display: '1.6 million',
		period: YE_MAR_2020,
		place: E_W,
		label: 'Women aged 16 to 74 who experienced domestic abuse in the last year (estimate)',
		source: S['ons-da-2020-11-25'],
		quote:
			'an estimated 2.3 million adults aged 16 to 74 years experienced domestic abuse in the last year (1.6 million women and 757,000 men)',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'ons-adults-da-2020',
		note: 'A survey estimate (Crime Survey for England and Wales), adults aged 16 to 74; HMICFRS quotes the same figure. No comparable estimate for the year ending March 2021 was found: the face-to-face survey was suspended in March 2020.'
	},
	{
		id: 'ons-men-da-2020',
		value: 757000,
		unit: 'people',
		display: '757,000',
		period: YE_MAR_2020,
		place: E_W,
		label: 'Men aged 16 to 74 who experienced domestic abuse in the last year (estimate)',
		source: S['ons-da-2020-11-25'],
		quote:
			'an estimated 2.3 million adults aged 16 to 74 years experienced domestic abuse in the last year (1.6 million women and 757,000 men)',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'ons-adults-da-2020',
		note: 'A survey estimate (Crime Survey for England and Wales), adults aged 16 to 74.'
	},
	{
		id: 'ons-police-recorded-da-2020',
		value: 758941,
		unit: 'count',
		display: '758,941',
		period: YE_MAR_2020,
		place: E_W_EX_GMP,
		label: 'Domestic abuse-related crimes recorded by the police',
		source: S['ons-da-2020-11-25'],
		quote:
			'the police recorded 758,941 domestic abuse-related crimes in England and Wales (excluding Greater Manchester Police)',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Crimes recorded by the police, not people: not comparable with the survey estimates of people experiencing abuse.'
	},
	{
		id: 'ons-police-recorded-da-2021',
		value: 845734,
		unit: 'count',
		display: '845,734',
		period: 'year ending March 2021',
		place: E_W,
		label: 'Domestic abuse-related crimes recorded by the police',
		source: S['ons-da-2021-11-24'],
		quote:
			'The number of police recorded domestic abuse-related crimes in England and Wales rose 6% in the year ending March 2021 to 845,734',
		publishedAfterStatement: true,
		confidence: 'HIGH',
		note: 'Published on 24 November 2021, after the statement. Crimes recorded by the police, not a survey estimate of people: not comparable with the 1.6 million.'
	},
	{
		id: 'partner-killings-per-year',
		value: 80,
		unit: 'per-year',
		display: '80',
		period: 'average over the past decade, as reported in September 2021',
		place: E_W,
		label: 'Women killed by a partner or ex-partner, on average each year',
		source: S['hmicfrs-final-2021-09-17'],
		quote: 'over the past decade, an average of 80 women a year were killed by a partner or ex-partner',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'An average over ten years, as the inspectorate’s foreword gives it; the inspectorate does not name its underlying source there.'
	},

	// ══ Chapter 4: Safe Connection (who polices the police) ═══════════════════════════════════
	{
		id: 'met-sm-accused',
		value: 771,
		unit: 'people',
		display: '771',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Met officers and staff who faced allegations of sexual misconduct',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			'A total of 771 officers and staff – 88 per cent of whom were serving officers – from the service have faced allegations of sexual misconduct since 2010.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'One outlet’s Freedom of Information request. It counts people, while the 156 cases with formal action and the 83 dismissals are counted in cases; the source does not say how the two match. It does not mean that everyone not dismissed was still serving: some retired or resigned, some allegations were unsubstantiated, some were ongoing.'
	},
	{
		id: 'met-sm-serving-share',
		value: 88,
		unit: 'percent',
		display: '88%',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Share of those accused of sexual misconduct who were serving officers',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			'A total of 771 officers and staff – 88 per cent of whom were serving officers – from the service have faced allegations of sexual misconduct since 2010.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The rest were police staff. One outlet’s Freedom of Information request.'
	},
	{
		id: 'met-sm-formal-action',
		value: 156,
		unit: 'count',
		display: '156',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Sexual misconduct cases in which formal action was taken',
		source: S['inews-2021-met-sexual-misconduct'],
		quote: 'formal action was taken in 156 cases and 83 resulted in dismissal without notice.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Counts cases, while the 771 counts people: the source does not say how the two match, so the piece never draws or describes these cases as a part of the 771.'
	},
	{
		id: 'met-sm-dismissed',
		value: 83,
		unit: 'count',
		display: '83',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Sexual misconduct cases that resulted in dismissal without notice',
		source: S['inews-2021-met-sexual-misconduct'],
		quote: 'formal action was taken in 156 cases and 83 resulted in dismissal without notice.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'met-sm-formal-action',
		note: 'Counts cases, not people. It does not mean the rest of the 771 were still serving: see the note on the 771.'
	},
	{
		id: 'met-sm-resigned',
		value: 46,
		unit: 'people',
		display: '46',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'People who retired or resigned after sexual misconduct complaints were upheld',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			"Another 46 people retired or resigned from the force after complaints were upheld, while 71 allegations were recorded as 'discontinued'",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'met-sm-accused',
		note: 'Whether these 46 are counted within the 156 cases with formal action is not clear from the source.'
	},
	{
		id: 'met-sm-discontinued',
		value: 71,
		unit: 'count',
		display: '71',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Sexual misconduct allegations recorded as ‘discontinued’',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			"Another 46 people retired or resigned from the force after complaints were upheld, while 71 allegations were recorded as 'discontinued'",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'met-sm-accused',
		note: 'Counts allegations, not people; the i says “discontinued” means the complainants decided to stop proceedings.'
	},
	{
		id: 'met-sexual-offence-arrests',
		value: 163,
		unit: 'officers',
		display: '163',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Met officers arrested for sexual offences',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			"Over the same period 163 of the Met's officers were arrested for sexual offences, with 38 of them convicted after appearing in court.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'A separate count from the 771 facing misconduct allegations.'
	},
	{
		id: 'met-sexual-offence-convictions',
		value: 38,
		unit: 'officers',
		display: '38',
		period: '1 January 2010 to 31 May 2021',
		place: MET,
		label: 'Met officers arrested for sexual offences who were convicted',
		source: S['inews-2021-met-sexual-misconduct'],
		quote:
			"Over the same period 163 of the Met's officers were arrested for sexual offences, with 38 of them convicted after appearing in court.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'met-sexual-offence-arrests'
	},
	{
		id: 'iopc-apsp-2016',
		value: 10,
		unit: 'count',
		display: '10',
		period: '2016',
		place: E_W,
		label:
			'IOPC investigations (“probes”) of police officers and staff over allegations of abuse of position for a sexual purpose (calendar or financial year not stated)',
		source: S['itv-2021-10-25'],
		quote:
			'Last year there were 70 IOPC probes of police officers and staff over allegations of abuse of position for a sexual purpose (APSP), as opposed to 10 in 2016.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The source counts “probes” (IOPC investigations) of officers and staff, not people and not all police misconduct cases. It says “2016” without saying whether that is the calendar or the financial year.'
	},
	{
		id: 'iopc-apsp-2020-21',
		value: 70,
		unit: 'count',
		display: '70',
		period: '“last year”, as reported in October 2021',
		place: E_W,
		label:
			'IOPC investigations (“probes”) of police officers and staff over allegations of abuse of position for a sexual purpose (2020 or 2020/21: not stated)',
		source: S['itv-2021-10-25'],
		quote:
			'Last year there were 70 IOPC probes of police officers and staff over allegations of abuse of position for a sexual purpose (APSP), as opposed to 10 in 2016.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'The source says “last year” and does not say whether it means 2020 or the financial year 2020/21, so the two periods compared may be calendar and financial years. It counts “probes” (IOPC investigations) of officers and staff, not people.'
	},
	{
		id: 'iopc-apsp-proceedings',
		value: 66,
		unit: 'people',
		display: '66',
		period: 'April 2018 to March 2021',
		place: E_W,
		label:
			'Officers and staff who faced disciplinary proceedings after an IOPC investigation for abuse of position for a sexual purpose',
		source: S['iopc-2021-10-25'],
		quote:
			'From 2018 to 2021, 66 officers and members of police staff faced disciplinary proceedings – 42 of them in the last year alone – after being investigated for APSP.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Counts only cases that followed an IOPC independent investigation (April 2018 to March 2021), not all police misconduct cases.'
	},
	{
		id: 'iopc-apsp-proceedings-last-year',
		value: 42,
		unit: 'people',
		display: '42',
		period: '2020/21',
		place: E_W,
		label: 'Of whom in the last year',
		source: S['iopc-2021-10-25'],
		quote:
			'From 2018 to 2021, 66 officers and members of police staff faced disciplinary proceedings – 42 of them in the last year alone – after being investigated for APSP.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-proceedings'
	},
	{
		id: 'iopc-apsp-proven',
		value: 63,
		unit: 'people',
		display: '63',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Misconduct proven',
		source: S['iopc-2021-10-25'],
		quote: 'Misconduct was proven for 63 of these.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-proceedings'
	},
	{
		id: 'iopc-apsp-gross',
		value: 52,
		unit: 'people',
		display: '52',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Faced gross misconduct proceedings',
		source: S['iopc-2021-10-25'],
		quote:
			'Of the 52 individuals who faced gross misconduct proceedings, 73 per cent (38) are no longer serving and were barred from working in policing again.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-proceedings'
	},
	{
		id: 'iopc-apsp-barred',
		value: 38,
		unit: 'people',
		display: '38',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'No longer serving and barred from policing',
		source: S['iopc-2021-10-25'],
		quote:
			'Of the 52 individuals who faced gross misconduct proceedings, 73 per cent (38) are no longer serving and were barred from working in policing again.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-gross',
		note: '29 were dismissed and nine would have been had they not already resigned.'
	},
	{
		id: 'iopc-apsp-barred-share',
		value: 73,
		unit: 'percent',
		display: '73%',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Share of those facing gross misconduct proceedings who are no longer serving and barred',
		source: S['iopc-2021-10-25'],
		quote:
			'Of the 52 individuals who faced gross misconduct proceedings, 73 per cent (38) are no longer serving and were barred from working in policing again.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: '38 of 52.'
	},
	{
		id: 'iopc-apsp-dismissed',
		value: 29,
		unit: 'people',
		display: '29',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Dismissed',
		source: S['itv-2021-10-25'],
		quote: 'Most of these (29) were sacked and the remaining nine would have been if they had not resigned already.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-barred'
	},
	{
		id: 'iopc-apsp-would-have-been-dismissed',
		value: 9,
		unit: 'people',
		display: 'nine',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Would have been dismissed had they not already resigned',
		source: S['itv-2021-10-25'],
		quote: 'Most of these (29) were sacked and the remaining nine would have been if they had not resigned already.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-barred'
	},
	{
		id: 'iopc-apsp-prosecuted',
		value: 7,
		unit: 'people',
		display: '7',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Prosecuted for criminal offences',
		source: S['iopc-2021-10-25'],
		quote:
			'7 individuals were also prosecuted for criminal offences, leading to six convictions and three people receiving a custodial sentence.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'Whether all seven are among the 66 who faced disciplinary proceedings is not stated.'
	},
	{
		id: 'iopc-apsp-convicted',
		value: 6,
		unit: 'people',
		display: 'six',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Convicted',
		source: S['iopc-2021-10-25'],
		quote:
			'7 individuals were also prosecuted for criminal offences, leading to six convictions and three people receiving a custodial sentence.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-prosecuted'
	},
	{
		id: 'iopc-apsp-custody',
		value: 3,
		unit: 'people',
		display: 'three',
		period: 'April 2018 to March 2021',
		place: E_W,
		label: 'Given a custodial sentence',
		source: S['iopc-2021-10-25'],
		quote:
			'7 individuals were also prosecuted for criminal offences, leading to six convictions and three people receiving a custodial sentence.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'iopc-apsp-convicted'
	},

	// ══ Chapter 5: Discrimination against migrant women ═══════════════════════════════════════
	{
		id: 'forces-asked-2018',
		value: 45,
		unit: 'forces',
		display: '45',
		period: 'May 2018',
		place: 'United Kingdom',
		label: 'UK police forces asked whether they refer victims and witnesses to immigration enforcement',
		source: S['sbs-2018-bbc-foi'],
		quote:
			'The BBC’s Victoria Derbyshire programme asked 45 UK police forces, via a Freedom of Information request, if they referred victims and witnesses of crime to the Home Office for immigration enforcement.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		note: 'A BBC Victoria Derbyshire Freedom of Information survey (May 2018), also reported by the Guardian on 14 May 2018.'
	},
	{
		id: 'forces-referring-2018',
		value: 27,
		unit: 'forces',
		display: '27',
		period: 'May 2018',
		place: 'United Kingdom',
		label: 'Forces that said they referred victims and witnesses of crime to immigration enforcement',
		source: S['sbs-2018-bbc-foi'],
		quote:
			'Twenty-seven said they did. Some gave a straight “yes”, others had caveats such as “not routinely” or “it’s rare”.',
		publishedAfterStatement: false,
		confidence: 'HIGH',
		partOf: 'forces-asked-2018',
		note: 'Some gave a straight “yes”, others caveats such as “not routinely” or “it’s rare”: the survey does not say how often forces referred people. Three said they did not; the rest were unclear, did not reply or said they had no data. Covers victims and witnesses of crime generally, not only women.'
	},
	{
		id: 'lawrs-sample',
		value: 60,
		unit: 'people',
		display: 'more than 60',
		inWords: 'lower-bound',
		period: 'published May 2019',
		place: 'London',
		label: 'Migrant women in ‘The Right to be Believed’ study',
		source: S['stepup-2019-right-to-be-believed'],
		quote:
			'The study involved more than 60 women from 22 different countries with current or previous experiences of VAWG and insecure immigration status, as well as 10 BME-specialist organisations based in London.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “more than 60”, so 60 is a lower bound. A small, purposive London sample of women with insecure immigration status: not representative.'
	},
	{
		id: 'lawrs-not-believed',
		value: 2,
		unit: 'count',
		display: '2 in 3',
		inWords: 'words-only',
		outOf: 3,
		period: 'published May 2019',
		place: 'London',
		label: 'Migrant women in the study who felt they would not be believed',
		source: S['lawrs-2019-right-to-be-believed'],
		quote: '2 in 3 migrant women felt that they would not be believed.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a count: “2 in 3” of the women in the study. The chart draws it as two of three figures; no count is given. From a small, purposive London sample of 60+ migrant women with insecure status: not representative.'
	},
	{
		id: 'lawrs-side-with-perpetrator',
		value: 0.5,
		unit: 'share',
		display: 'more than half',
		inWords: 'lower-bound',
		period: 'published May 2019',
		place: 'London',
		label: 'Migrant women in the study who believed the police would side with the perpetrator',
		source: S['lawrs-2019-right-to-be-believed'],
		quote: 'More than half believed that the police would side with the perpetrator.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “more than half”, so the share is above 0.5 (a lower bound). From a small, purposive London sample of 60+ migrant women: not representative.'
	},
	{
		id: 'lawrs-denied-support',
		value: 45,
		unit: 'percent',
		display: '45%',
		period: 'published May 2019',
		place: 'London',
		label: 'Migrant women in the study who reported abuse and were denied support by the police',
		source: S['stepup-2019-right-to-be-believed'],
		quote: '45% were denied support by the police when reporting',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'A share of those in the study who reported to the police, not of all participants. Small, purposive London sample: not representative.'
	},

	// ══ Chapter 6: "One woman a week" ═════════════════════════════════════════════════════════
	{
		id: 'evaw-one-a-week',
		value: 1,
		unit: 'per-week',
		display: 'one woman a week',
		period: 'not stated',
		place: 'not stated',
		label: 'EVAW’s claim: women reporting domestic abuse by a police officer',
		source: S['evaw-statement'],
		quote:
			'We know that one woman a week reports domestic abuse by a police officer and police commit offences as wide-ranging as deceiving women into sexual relationships, taking photographs of women killed, nicknaming their ‘rapist’ colleagues, and committing rape and murder.',
		publishedAfterStatement: false,
		confidence: 'CLAIM',
		note: 'EVAW’s words; we found no published source for “one woman a week” in any form. The sourced figures closest to it count accused police employees or reports, not women, and most are higher: nearly five a week in 2015–18 and almost six a week in 2020/21.'
	},
	{
		id: 'tbij-accused-per-week',
		value: 5,
		unit: 'per-week',
		display: 'nearly five times a week',
		inWords: 'upper-bound',
		period: '2015–18',
		place: E_W,
		label: 'How often police officers and staff were accused of domestic violence, on average',
		source: S['times-tbij-2019'],
		quote:
			'Police officers and staff are being accused of domestic violence on average nearly five times a week but less than a quarter of cases result in any internal discipline, new figures show.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “nearly five”, so 5 is an upper bound. Freedom of Information data from police forces gathered by the Bureau of Investigative Journalism; it counts accusations against employees, not women reporting. The total number of reports for 2015–18 was not found.'
	},
	{
		id: 'tbij-discipline-share',
		value: 0.25,
		unit: 'share',
		display: 'less than a quarter',
		inWords: 'upper-bound',
		period: '2015–18',
		place: E_W,
		label: 'Share of domestic violence accusations against police employees that led to any internal discipline',
		source: S['times-tbij-2019'],
		quote:
			'Police officers and staff are being accused of domestic violence on average nearly five times a week but less than a quarter of cases result in any internal discipline, new figures show.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “less than a quarter”, so 0.25 is an upper bound.'
	},
	{
		id: 'conviction-police-2015-18',
		value: 3.9,
		unit: 'percent',
		display: '3.9%',
		period: '2015–18',
		place: `${E_W} (37 forces)`,
		label: 'Domestic abuse claims against police that led to a conviction',
		source: S['bbc-2019-police-ex-husband'],
		quote:
			'They show 3.9% of claims against police led to a conviction from 2015-18 in England and Wales, compared with 6.2% among the population as a whole.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Data from 37 forces in England and Wales (Bureau of Investigative Journalism). The total number of claims was not found.'
	},
	{
		id: 'conviction-all-2015-18',
		value: 6.2,
		unit: 'percent',
		display: '6.2%',
		period: '2015–18',
		place: E_W,
		label: 'Domestic abuse claims among the population as a whole that led to a conviction',
		source: S['bbc-2019-police-ex-husband'],
		quote:
			'They show 3.9% of claims against police led to a conviction from 2015-18 in England and Wales, compared with 6.2% among the population as a whole.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The comparison figure for 3.9% (police employees), same period and source.'
	},
	{
		id: 'byline-reports-2020-21',
		value: 308,
		unit: 'count',
		display: '308',
		period: 'April 2020 to March 2021',
		place: 'United Kingdom (33 of 45 territorial forces)',
		label: 'Reports of domestic abuse against serving police staff',
		source: S['byline-2021-09-29'],
		quote:
			"there were 308 reports of domestic abuse against serving police staff in 33 of the UK's 45 territorial police forces – almost six incidents a week.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'One outlet’s Freedom of Information request; not every force answered, and “police staff” may include civilian staff. Counts reports, not women.'
	},
	{
		id: 'byline-forces-total',
		value: 45,
		unit: 'forces',
		display: '45',
		period: 'April 2020 to March 2021',
		place: 'United Kingdom',
		label: 'UK territorial police forces',
		source: S['byline-2021-09-29'],
		quote:
			"there were 308 reports of domestic abuse against serving police staff in 33 of the UK's 45 territorial police forces – almost six incidents a week.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM'
	},
	{
		id: 'byline-forces-answered',
		value: 33,
		unit: 'forces',
		display: '33',
		period: 'April 2020 to March 2021',
		place: 'United Kingdom',
		label: 'Forces whose data the 308 reports come from',
		source: S['byline-2021-09-29'],
		quote:
			"there were 308 reports of domestic abuse against serving police staff in 33 of the UK's 45 territorial police forces – almost six incidents a week.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'byline-forces-total',
		note: 'Twelve forces are not covered, so the 308 is not a UK total.'
	},
	{
		id: 'byline-per-week',
		value: 6,
		unit: 'per-week',
		display: 'almost six incidents a week',
		inWords: 'upper-bound',
		period: 'April 2020 to March 2021',
		place: 'United Kingdom (33 of 45 territorial forces)',
		label: 'Reports of domestic abuse against serving police staff, per week',
		source: S['byline-2021-09-29'],
		quote:
			"there were 308 reports of domestic abuse against serving police staff in 33 of the UK's 45 territorial police forces – almost six incidents a week.",
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “almost six”, so 6 is an upper bound (308 reports over 52 weeks). Counts reports, not women.'
	},
	{
		id: 'byline-met-reports',
		value: 96,
		unit: 'count',
		display: '96',
		period: 'April 2020 to March 2021',
		place: MET,
		label: 'Reports of domestic abuse against Met police staff',
		source: S['byline-2021-09-29'],
		quote:
			'Of the 96 reports against police staff in the Metropolitan Police, 15 involved actual or bodily harm along with 46 cases of common assault.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'byline-reports-2020-21',
		note: 'One outlet’s Freedom of Information request; “police staff” may include civilian staff.'
	},
	{
		id: 'byline-met-abh',
		value: 15,
		unit: 'count',
		display: '15',
		period: 'April 2020 to March 2021',
		place: MET,
		label: 'Of which involved actual bodily harm',
		source: S['byline-2021-09-29'],
		quote:
			'Of the 96 reports against police staff in the Metropolitan Police, 15 involved actual or bodily harm along with 46 cases of common assault.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'byline-met-reports'
	},
	{
		id: 'byline-met-common-assault',
		value: 46,
		unit: 'count',
		display: '46',
		period: 'April 2020 to March 2021',
		place: MET,
		label: 'Of which were common assault',
		source: S['byline-2021-09-29'],
		quote:
			'Of the 96 reports against police staff in the Metropolitan Police, 15 involved actual or bodily harm along with 46 cases of common assault.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		partOf: 'byline-met-reports'
	},
	{
		id: 'byline-five-year-reports',
		value: 1378,
		unit: 'count',
		display: '1,378',
		period: 'the five years to March 2020',
		place: 'United Kingdom (forces answering the request)',
		label: 'Reports of domestic abuse against police staff over the previous five years',
		source: S['byline-2021-09-29'],
		quote:
			'During the previous five years, there had been a total of 1,378 reports, meaning the rate had increased by almost a half.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'One outlet’s Freedom of Information request; the forces covered may differ from the 33 behind the 308.'
	},
	{
		id: 'byline-increase',
		value: 49,
		unit: 'percent',
		display: '49%',
		period: 'April 2020 to March 2021 compared with the previous five-year average',
		place: 'United Kingdom (forces answering the request)',
		label: 'Increase in reports of domestic abuse against police staff during the pandemic',
		source: S['byline-2021-09-29'],
		quote:
			'Reports of domestic abuse made against police staff increased by 49% during the Coronavirus pandemic, compared to the previous five-year average.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The base Byline Times used for the 49% is not given, and we could not reproduce it from the published numbers, so the piece does not chart it.'
	},
	{
		id: 'conviction-police-2015-20',
		value: 3.5,
		unit: 'percent',
		display: '3.5%',
		period: '2015–20',
		place: E_W,
		label: 'Domestic abuse reports that led to a conviction when a police officer is accused',
		source: S['byline-2021-09-29'],
		quote:
			'between 2015-20 only 5.7% of reports in England and Wales led to a conviction. However, when a police officer is accused, the conviction rate drops even further, to 3.5%.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'One outlet’s Freedom of Information request.'
	},
	{
		id: 'conviction-all-2015-20',
		value: 5.7,
		unit: 'percent',
		display: '5.7%',
		period: '2015–20',
		place: E_W,
		label: 'Domestic abuse reports that led to a conviction (all reports)',
		source: S['byline-2021-09-29'],
		quote:
			'between 2015-20 only 5.7% of reports in England and Wales led to a conviction. However, when a police officer is accused, the conviction rate drops even further, to 3.5%.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The comparison figure for 3.5% (police officers accused), same period and source.'
	},
	{
		id: 'cwj-super-complaint-victims',
		value: 19,
		unit: 'people',
		display: '19',
		period: 'submitted 9 March 2020',
		place: 'England and Wales (15 force areas)',
		label:
			'Victims of police-perpetrated domestic abuse whose accounts the Centre for Women’s Justice super-complaint uses',
		source: S['tbij-2020-03-09'],
		quote: 'The CWJ submission uses the accounts of 19 victims of police domestic abuse and six professionals',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Nineteen women across 15 force areas, plus six professionals.'
	},
	{
		id: 'cwj-women-came-forward-2020',
		value: 100,
		unit: 'people',
		display: 'nearly 100',
		inWords: 'upper-bound',
		period: 'March to October 2020',
		place: 'United Kingdom',
		label: 'Women who came forward to the Centre for Women’s Justice about domestic abuse by police partners',
		source: S['tbij-2020-10-republished'],
		quote:
			'Nearly 100 women from around the UK have come forward to share experiences of domestic abuse by partners in the police.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a number: “nearly 100”, so 100 is an upper bound. Contacts to a charity, not police reports. Read from a republished copy.'
	},
	{
		id: 'cwj-women-came-forward-2021',
		value: 160,
		unit: 'people',
		display: 'approximately 160',
		inWords: 'approximate',
		period: 'March 2020 to December 2021',
		place: 'United Kingdom',
		label: 'Women who came forward to the Centre for Women’s Justice after the super-complaint',
		source: S['cwj-2021-12-01'],
		quote:
			'Publicity about the super-complaint has led to approximately 160 women coming forward who have suffered similar experiences.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'The source gives words, not a count: “approximately 160”. Contacts to a charity, not police reports; published on 1 December 2021, after the statement. It is not a weekly rate, and the piece does not turn it into one.'
	},
	{
		id: 'tbij-2022-accused',
		value: 1319,
		unit: 'people',
		display: '1,319',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom (41 forces)',
		label: 'Police officers and staff accused of domestic abuse',
		source: S['itv-tbij-2022-03-17'],
		quote:
			'found 1,319 officers and staff from across the UK were accused of domestic abuse between January 2018 to September 2021.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'Published on 17 March 2022, after the statement: not known when EVAW wrote. Freedom of Information data from 41 forces gathered by the Bureau of Investigative Journalism.'
	},
	{
		id: 'tbij-2022-kept-jobs',
		value: 1080,
		unit: 'people',
		display: '1,080',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom (41 forces)',
		label: 'Of whom still working for the police',
		source: S['itv-tbij-2022-03-17'],
		quote: 'Of those, 1,080 kept their jobs, less than 9% were disciplined and the conviction rate was just 3.4%.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		partOf: 'tbij-2022-accused',
		note: 'Published on 17 March 2022, after the statement, so not known in November 2021. Counts people still serving when forces answered, whatever the outcome of the allegation.'
	},
	{
		id: 'tbij-2022-disciplined-share',
		value: 9,
		unit: 'percent',
		display: 'less than 9%',
		inWords: 'upper-bound',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom (41 forces)',
		label: 'Share of accused police officers and staff who were disciplined',
		source: S['itv-tbij-2022-03-17'],
		quote: 'Of those, 1,080 kept their jobs, less than 9% were disciplined and the conviction rate was just 3.4%.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'The source gives “less than 9%”: 9% is an upper bound. Published on 17 March 2022, after the statement.'
	},
	{
		id: 'tbij-2022-forces',
		value: 41,
		unit: 'forces',
		display: '41',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom',
		label: 'Forces whose data the 2022 investigation analysed',
		source: S['times-tbij-2022-03'],
		quote: 'The investigation analysed data from 41 forces across the UK.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'Published in March 2022, after the statement.'
	},
	{
		id: 'conviction-police-2018-21',
		value: 3.4,
		unit: 'percent',
		display: '3.4%',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom (41 forces)',
		label: 'Domestic abuse reports against police employees that led to a conviction',
		source: S['itv-tbij-2022-03-17'],
		quote: 'Of those, 1,080 kept their jobs, less than 9% were disciplined and the conviction rate was just 3.4%.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'Published on 17 March 2022, after the statement.'
	},
	{
		id: 'conviction-all-2018-21',
		value: 6.3,
		unit: 'percent',
		display: '6.3%',
		period: 'January 2018 to September 2021',
		place: 'United Kingdom',
		label: 'Domestic abuse conviction rate for the general public',
		source: S['times-tbij-2022-03'],
		quote: 'The conviction rate for the general public is about twice as high at 6.3 per cent.',
		publishedAfterStatement: true,
		confidence: 'MEDIUM',
		note: 'The comparison figure for 3.4% (police employees). Published in March 2022, after the statement.'
	},
	{
		id: 'evaw-largest-corruption',
		value: 0,
		unit: 'share',
		display: 'the largest form of police corruption',
		inWords: 'words-only',
		period: 'not stated',
		place: 'not stated',
		label:
			'EVAW’s claim: abuse of power for a sexual purpose is the largest form of police corruption the IOPC deals with',
		source: S['evaw-statement'],
		quote:
			'Police abuse of power for a sexual purpose is now the largest form of police corruption dealt with by the IOPC.',
		publishedAfterStatement: false,
		confidence: 'CLAIM',
		note: 'EVAW’s words. Media reports attribute similar wording to the IOPC (see the PA report, read from a copy), but no IOPC counts for other kinds of corruption were found, so the ranking cannot be shown in numbers. HMIC in 2016 called it the “most serious” form of corruption, not the largest.'
	},
	{
		id: 'iopc-largest-form-wording',
		value: 0,
		unit: 'share',
		display: 'the largest form of police corruption',
		inWords: 'words-only',
		period: 'October 2021',
		place: E_W,
		label:
			'IOPC, as reported: police abusing their position for sexual gain is now the largest form of police corruption',
		source: S['pa-2021-10-26-mirror'],
		quote:
			'Police officers and staff abusing their position for sexual gain is now the largest form of police corruption, a watchdog has said.',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'Wording attributed to the IOPC’s Deputy Director General, Claire Bassett, in media reports; it is not in the readable part of the IOPC’s own press release, and counts for other corruption types were not found. A ‘25%’ share appears only in a video summary, and is not used.'
	},
	{
		id: 'femicide-police-perpetrators-2021',
		value: 15,
		unit: 'people',
		display: 'at least 15',
		inWords: 'lower-bound',
		period: '2009 to September 2021',
		place: 'United Kingdom',
		label: 'Serving or former police officers responsible for killing women',
		source: S['times-2021-09-28-femicide'],
		quote: 'At least 15 serving or former police officers have been responsible for killing women since 2009',
		publishedAfterStatement: false,
		confidence: 'MEDIUM',
		note: 'The source gives “at least”: 15 is a lower bound. From Femicide Census data as reported by the Times on 28 September 2021; the Census later updated the count to 16. Most of the women killed were partners or former partners.'
	}
];

/** Figures by id. */
export const figures: Record<string, Figure> = Object.fromEntries(figureList.map((f) => [f.id, f]));

/** The figure with this id; throws `Unknown figure "<id>"` if there is none. */
export function figure(id: string): Figure {
	const f = figures[id];
	if (f === undefined) throw new Error(`Unknown figure "${id}"`);
	return f;
}

/** Figure ids grouped by the id of the source they cite, in list order (for /sources/). */
export function figureIdsBySource(): Map<string, string[]> {
	const bySource = new Map<string, string[]>();
	for (const f of figureList) {
		const ids = bySource.get(f.source.id);
		if (ids) ids.push(f.id);
		else bySource.set(f.source.id, [f.id]);
	}
	return bySource;
}

validateFigures(figureList, sources);
