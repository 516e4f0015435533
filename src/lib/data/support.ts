/**
 * The support information on every page, typed once with its sources. Every phone number,
 * opening time and instruction is backed by a verbatim quote from a source record, and
 * importing this module checks that it is: a number or an hour that no quote gives fails
 * the build. Where no source we can cite gives a phone number (the Rape Crisis 24/7 Support
 * Line), the line is given by its web address only.
 *
 * Hours are as the source published them, on the source's date: the page says so for every
 * line that is not open 24 hours. Re-check every number and hour before publishing.
 */
import type { Source } from './types';
import { checkSource } from './validate';

/** A verbatim quote from a source, backing what a line says. */
export interface SupportClaim {
	source: Source;
	quote: string;
}

export interface SupportLine {
	id: string;
	name: string;
	/** Who runs it or who it is for, in our words, backed by the claims. */
	about?: string;
	/** The number as the source prints it. */
	phone?: string;
	/** The web address, when it is how the line is reached (shown as text and linked). */
	web?: string;
	/** How to use it, in our words, backed by the claims (e.g. the Silent Solution). */
	how?: string;
	/** When it is open, in our words, backed by a claim. */
	hours?: string;
	/** For a line not open 24 hours: the month the source published the hours, in words. */
	hoursAsOf?: string;
	claims: SupportClaim[];
}

export const supportSources = {
	'refuge-news': {
		id: 'refuge-news',
		publisher: 'Refuge',
		// The charity's news index; undated, it carries items from the second lockdown (November 2020).
		title: 'News',
		date: '2020',
		url: 'https://www.refuge.org.uk/category/news/'
	},
	'refuge-covid-helpline': {
		id: 'refuge-covid-helpline',
		publisher: 'Refuge',
		// Title is the page's address slug in words.
		title: 'Refuge responds to reports of potential increase in domestic abuse during Covid-19',
		date: '2020',
		url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19'
	},
	'rape-crisis-247-faqs': {
		id: 'rape-crisis-247-faqs',
		publisher: 'Rape Crisis England & Wales',
		// The Support Line's own site. The page is undated; the line launched on 7 December 2022.
		title: '24/7 Rape & Sexual Abuse Support Line: FAQs',
		date: '2022-12',
		url: 'https://247sexualabusesupport.org.uk/faqs/'
	},
	'bcrp-2019-silent-solution': {
		id: 'bcrp-2019-silent-solution',
		publisher:
			'Brighton & Hove Business Crime Reduction Partnership (reporting the IOPC’s Make Yourself Heard campaign)',
		// Title and date as shown on the stored copy of the page.
		title: 'Do you know about the 999 Silent Solution facility?',
		date: '2019-04-08',
		url: 'https://www.bcrpbrighton.com/news-articles/2019/4/8/do-you-know-about-the-999-silent-solution-facility'
	},
	'newsletter-2019-04-08-silent-999': {
		id: 'newsletter-2019-04-08-silent-999',
		publisher: 'News Letter (reporting the IOPC’s Make Yourself Heard campaign)',
		// Title as shown on the stored copy; it reports the campaign launched "today (8 April)" 2019.
		title: 'This is how to make silent 999 calls from your mobile',
		date: '2019-04-08',
		url: 'https://www.newsletter.co.uk/read-this/this-is-how-to-make-silent-999-calls-from-your-mobile-40828'
	},
	'hits-radio-2023-02-02-galop': {
		id: 'hits-radio-2023-02-02-galop',
		publisher: 'Hits Radio',
		// Title and date ("Last updated 2nd Feb 2023") as shown on the stored copy of the page.
		title: 'National violence and abuse helpline launched to support LGBT+ community across the UK',
		date: '2023-02-02',
		url: 'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched'
	},
	'sbs-timeline-2021-12': {
		id: 'sbs-timeline-2021-12',
		publisher: 'Southall Black Sisters',
		// The timeline page states the helpline's hours as of December 2021.
		title: 'Southall Black Sisters timeline',
		date: '2021-12',
		url: 'https://southallblacksisters.org.uk/about/southall-black-sisters-timeline/'
	}
} satisfies Record<string, Source>;

const S = supportSources;

export const supportLines: SupportLine[] = [
	{
		id: 'national-domestic-abuse-helpline',
		name: 'National Domestic Abuse Helpline',
		about: 'run by Refuge',
		phone: '0808 2000 247',
		hours: 'free, 24 hours a day',
		claims: [
			{ source: S['refuge-news'], quote: 'Freephone 24-Hour National Domestic Abuse Helpline: 0808 2000 247' },
			{
				source: S['refuge-covid-helpline'],
				quote:
					'Any woman experiencing abuse should call the National Domestic Abuse Helpline, run by Refuge, on 0808 2000 247.'
			}
		]
	},
	{
		id: 'rape-crisis-support-line',
		name: 'Rape Crisis 24/7 Rape & Sexual Abuse Support Line',
		about: 'for anyone aged 16 or over in England and Wales affected by sexual violence or abuse',
		web: 'https://247sexualabusesupport.org.uk',
		how: 'free phone and online chat',
		hours: '24 hours a day, every day',
		claims: [
			{
				source: S['rape-crisis-247-faqs'],
				quote:
					'The Support Line is a free phone and online chat service for anyone aged 16+ in England and Wales who has been affected by any kind of sexual violence, abuse or harassment – no matter when or where it happened.'
			},
			{ source: S['rape-crisis-247-faqs'], quote: 'We are open 24 hours a day, every day of the year.' },
			{
				source: S['rape-crisis-247-faqs'],
				quote:
					'Run by the national charity Rape Crisis England & Wales, the Support Line is staffed around the clock by a trained team of specialists.'
			}
		]
	},
	{
		id: 'emergency-999',
		name: 'In an emergency',
		phone: '999',
		how: 'If you cannot speak, cough or tap the handset; on a mobile phone, press 55 when the automated system asks, and the call is put through to the police.',
		claims: [
			{
				source: S['bcrp-2019-silent-solution'],
				quote:
					'The facility prompts people calling 999 to press 55 on mobiles to signify they are in danger but unable to talk.'
			},
			{
				source: S['bcrp-2019-silent-solution'],
				quote:
					'Make yourself heard by coughing, tapping the handset or - once prompted by the automated system - by pressing 55.'
			},
			{
				source: S['newsletter-2019-04-08-silent-999'],
				quote:
					'If prompted, press 55. This lets the 999 call operator know it’s a genuine emergency and you’ll be put through to the police'
			}
		]
	},
	{
		id: 'galop',
		name: 'Galop',
		about: 'the LGBT+ anti-abuse charity',
		phone: '0800 999 5428',
		hours: 'Monday to Thursday 10am to 8:30pm, Friday 10am to 4:30pm',
		hoursAsOf: 'February 2023',
		claims: [
			{
				source: S['hits-radio-2023-02-02-galop'],
				quote:
					'Galop’s Helpline is available Monday – Thursday 10am – 8:30pm, and Friday 10am – 4:30pm. Contact the Helpline by phone (0800 999 5428) or via email help@galop.org.uk'
			}
		]
	},
	{
		id: 'southall-black-sisters',
		name: 'Southall Black Sisters',
		about: 'for Black and minoritised women, including migrant women',
		phone: '020 8571 9595',
		hours: 'Monday to Friday, 9am to 5pm',
		hoursAsOf: 'December 2021',
		claims: [
			{
				source: S['sbs-timeline-2021-12'],
				quote: 'Our Helpline (020 8571 9595) remains open between 9:00am and 5:00pm Monday – Friday'
			}
		]
	}
];

const digits = (s: string) => s.replace(/\D/g, '');

/** A `tel:` link for a number as printed. */
export const telHref = (phone: string): string => `tel:${digits(phone)}`;

/** The line with this id and a phone number (for the short support line in the header). */
export function phoneLine(id: string): SupportLine & { phone: string } {
	const line = supportLines.find((l) => l.id === id);
	if (!line?.phone) throw new Error(`No support line "${id}" with a phone number`);
	return line as SupportLine & { phone: string };
}

/** The clock times in a text, normalised: “9:00am” and “9am” are both “9am”. */
function times(text: string): Set<string> {
	const found = new Set<string>();
	for (const m of text.matchAll(/\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/gi)) {
		const minutes = m[2] && m[2] !== '00' ? `:${m[2]}` : '';
		found.add(`${Number(m[1])}${minutes}${(m[3] ?? '').toLowerCase()}`);
	}
	return found;
}

/**
 * Throws, naming the line, if a phone number, an hour or a web address is not backed by a
 * quote, or if a line not open 24 hours does not say when its hours were published.
 */
export function validateSupportLines(lines: readonly SupportLine[], registry: Readonly<Record<string, Source>>): void {
	const ids = new Set<string>();
	for (const line of lines) {
		const where = `Support line "${line.id}"`;
		if (ids.has(line.id)) throw new Error(`${where} is a duplicate id`);
		ids.add(line.id);
		if (line.claims.length === 0) throw new Error(`${where} has no sourced claims`);
		for (const claim of line.claims) {
			checkSource(claim.source, where);
			if (registry[claim.source.id] !== claim.source)
				throw new Error(`${where} cites "${claim.source.id}", which is not in supportSources`);
			if (claim.quote.trim() === '') throw new Error(`${where} has an empty quote`);
		}
		const quoted = line.claims.map((c) => c.quote).join(' ');
		if (!line.phone && !line.web) throw new Error(`${where} has neither a phone number nor a web address`);
		if (line.phone && !digits(quoted).includes(digits(line.phone))) {
			throw new Error(`${where}: no quote gives the number ${line.phone}; publish a number only if a source gives it`);
		}
		if (line.web && !line.claims.some((c) => c.source.url.startsWith(line.web!))) {
			throw new Error(`${where}: the web address ${line.web} is not the address of a cited source`);
		}
		if (line.hours) {
			const given = times(quoted);
			for (const t of times(line.hours)) {
				if (!given.has(t)) throw new Error(`${where}: no quote gives the hour “${t}” in “${line.hours}”`);
			}
			const allDay = /24 hours/.test(line.hours);
			if (allDay && !/24[- ]hours?\b/i.test(quoted)) throw new Error(`${where}: no quote says it is open 24 hours`);
			if (!allDay && !line.hoursAsOf)
				throw new Error(`${where} is not open 24 hours and does not say when its hours were published`);
		}
		if (line.phone === '999' && !/mobile/.test(line.how ?? ''))
			throw new Error(`${where}: say that pressing 55 works from a mobile`);
	}
}

validateSupportLines(supportLines, supportSources);
