/** The words of the chart streetsafe-london (src/lib/charts/streetsafe-london/): captions, labels, footnotes. */
export const words = {
	/** Each bar's name, by figure id. */
	barNames: {
		'ss-rate-london-2020': 'London',
		'ss-rate-all-2020': 'England and Wales',
		'met-ss-may-2019': 'May 2019',
		'met-ss-may-2020': 'May 2020, the first Covid lockdown'
	} as Record<string, string>,
	pilotCaption: 'StreetSafe was a national Home Office pilot in November 2021',
	pilotNote: (place: string) => `Run with the National Police Chiefs’ Council. Place: ${place}.`,
	pilotLaunched: 'Pilot launched',
	pilotTool: 'A national tool on police.uk for flagging places where people have felt unsafe',
	reportsName: 'Reports to the Met (London)',
	/** After the count of reports. */
	byMarch2022: ' by March 2022',
	publishedAfter: 'Published after the statement',
	shareCaption: 'Context, not StreetSafe data: searches per 1,000 people',
	shareNote: (period: string) => `${period}. England and Wales excludes Greater Manchester Police.`,
	/** Around the Met's share: "The Met’s area had … of all stop and searches in England and Wales". */
	shareBefore: 'The Met’s area had ',
	shareAfter: ' of all stop and searches in England and Wales',
	lockdownCaption: 'Context: Met stop and searches in a month, as reported',
	lockdownNote: 'The London Assembly: “It is reported that the Met carried out…”',
	reported: 'reported'
} as const;
