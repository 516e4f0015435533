/** The words of the chart who-gets-stopped (src/lib/charts/who-gets-stopped/): captions, labels, footnotes. */
export const words = {
	groups: {
		black: 'Black people',
		white: 'White people',
		mixed: 'Mixed ethnicity',
		asian: 'Asian people',
		other: 'Other ethnic groups'
	},
	/** A footnote: when and where the figures are from. */
	scope: (period: string, place: string) => `${period}, ${place}`,
	officersCaption: (total: string) => `${total} extra officers: each square is one officer`,
	/** After the Town Centre Team officers' count. */
	inTeams: (teams: string) => ` in ${teams} Town Centre Teams`,
	/** After the ward officers' count. */
	joiningWard: ' joining London’s ward officers',
	ratesCaption: 'Stop and searches for every 1,000 people in each group',
	ratiosCaption: 'Stop and search rate compared with White people',
	ratiosNote: 'Ratios are from unrounded rates.',
	reference: 'White people = 1',
	outcomesCaption: (total: string, period: string) => `Of ${total} stop and searches in the ${period}`,
	outcomesNote: (place: string) => `Each square is one in every 100 searches. ${place}.`,
	noFurtherAction: 'no further action',
	otherOutcomes: 'Other outcomes',
	/** A count with its share, as one value: "9,000 (76%)". */
	countAndShare: (count: string, share: string) => `${count} (${share})`
} as const;
