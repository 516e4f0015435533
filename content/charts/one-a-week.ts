/** The words of the chart one-a-week (src/lib/charts/one-a-week/): captions, labels, footnotes. */
export const words = {
	claim: (claim: string) => `EVAW says ${claim} reports domestic abuse by a police officer: one mark a week for a year`,
	unsourced: 'Each box is one week. EVAW’s figure: we found no published source for it',
	perWeek: (perWeek: string) => `Police officers and staff accused of domestic abuse: ${perWeek}, 2015–18`,
	nearly: 'Lighter top mark: “nearly”',
	reports: (reports: string, answered: string, total: string) =>
		`${reports} reports against police staff, 2020/21, in ${answered} of ${total} forces`,
	met: (met: string) => `${met} of them in the Met (darker pink, first rows)`,
	convictions: 'Share of domestic abuse reports that led to a conviction',
	convictionsKey: 'Filled bars: police accused. Outlined bars: all cases, as each source counts them',
	policeAccused: (share: string) => `${share} police accused`,
	allCases: (share: string) => `${share} all cases`,
	/** The periods the conviction rates cover, as group names over their bars. */
	periods: { '2015-18': '2015–18', '2015-20': '2015–20' }
} as const;
