/** The words of the chart migrant-data-sharing (src/lib/charts/migrant-data-sharing/): captions, labels, footnotes. */
export const words = {
	asked: 'UK police forces were asked',
	/** Under the forces asked: who asked, and when. */
	askedBy: (period: string) => `by the BBC, ${period}`,
	referred: 'said they referred victims and witnesses of crime to immigration enforcement',
	notSaid: 'Did not say they did',
	notBelieved: 'migrant women felt they would not be believed',
	/** The study behind “2 in 3”: its size (a figure's display) and place. */
	sample: (size: string, place: string) =>
		`In a study of ${size} migrant women with insecure immigration status in ${place} (not representative)`,
	/** Under the study: its publisher and when. */
	sampleSource: (publisher: string, period: string) => `${publisher}, ${period}`
} as const;
