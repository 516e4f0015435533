/** The words of the chart misconduct-funnel (src/lib/charts/misconduct-funnel/): captions, labels, footnotes. */
export const words = {
	accused: 'people accused of sexual misconduct',
	formalAction: 'cases (not people) with formal action',
	dismissed: 'cases ended in dismissal',
	resigned: 'people retired or resigned after complaints upheld',
	iopcTitle: 'IOPC “probes” of officers and staff over abuse of position for a sexual purpose',
	/** Under the IOPC title: where, and that the source does not say which years. */
	iopcScope: (place: string) => `${place}; year types not stated`,
	/** After an IOPC year's count. */
	inPeriod: (period: string) => `in ${period}`
} as const;
