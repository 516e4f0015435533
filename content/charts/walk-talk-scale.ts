/** The words of the chart walk-talk-scale (src/lib/charts/walk-talk-scale/): captions, labels, footnotes. */
export const words = {
	/** Under a count: where and when it is from. */
	scope: (place: string, period: string) => `${place}, ${period}`,
	/** Under a count: where, when and who published it. */
	scopeBy: (place: string, period: string, publisher: string) => `${place}, ${period} (${publisher})`,
	officersToScale: 'officers: the speck in the ring',
	toScaleNote:
		'Set side by side as EVAW’s argument does, to one scale: each officer and each woman takes the same space'
} as const;
