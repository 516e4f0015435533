/**
 * Which step is active for a given trigger line: the last step whose top has crossed it.
 * Pure, so a reload in mid-page, an anchor jump or a fast flick all land on the same answer.
 */
export function activeStepIndex(stepTops: readonly number[], triggerLine: number): number {
	let active = 0;
	stepTops.forEach((top, i) => {
		if (top <= triggerLine) active = i;
	});
	return active;
}

/** The trigger line, in pixels from the top of the viewport, measured once per setup. */
export function triggerLine(viewportHeight: number, fraction = 0.6): number {
	return Math.floor(viewportHeight * fraction);
}
