import type { HostPosition } from '$lib/embed/protocol';
import { activeStepIndex, triggerLine } from './active-step';

/**
 * What moves a scrolly section from step to step. A source is started with the section's step
 * elements and a setter, and returns the function that stops it (every listener it added goes).
 * The story uses the window's scroll (through an IntersectionObserver); an embed whose host reports the frame's position uses
 * that; a chart card uses buttons and arrow keys (see `keyboardSteps`).
 */
export type StepSource = (steps: HTMLElement[], setActive: (index: number) => void) => () => void;

/** The narrow layout's trigger line sits lower: the sticky chart takes the top of a phone screen. */
function triggerFraction(narrow: boolean): number {
	return narrow ? 0.72 : 0.55;
}

/** When the steps sit beside the chart rather than under it (the same media query as Scrolly.svelte's CSS). */
export const WIDE_LAYOUT =
	'(min-width: 60rem), (min-width: 40rem) and (max-height: 32rem) and (orientation: landscape)';

const isNarrow = (): boolean => !window.matchMedia(WIDE_LAYOUT).matches;

/**
 * The story page: the active step is the last one whose top has crossed the trigger line. One
 * IntersectionObserver per section watches the band from far above the viewport down to that
 * line: a step is in the band exactly when its top is above the line, and the observer reports
 * every step whose side of the line changed since the last frame, even one a fast flick or an
 * anchor jump carried straight past. No scroll listener and no layout read: the browser does the
 * geometry off the scroll path.
 *
 * The new step is set in a task of its own, not in the observer's callback: Chromium runs that
 * callback inside the frame it is drawing, so the chart's move to a new state (about 30 ms of script
 * at 4× CPU) and the drawing of the frame (about 20 ms) were one long task; apart, each is shorter
 * than 50 ms, and the step changes one task later. Several reports before that task give one change.
 */
export const windowScroll: StepSource = (steps, setActive) => {
	// Measured once: the mobile address bar changing innerHeight must not move the line.
	const line = triggerLine(window.innerHeight, triggerFraction(isNarrow()));
	const crossed = steps.map(() => false);
	let observer: IntersectionObserver | undefined;
	let pending: ReturnType<typeof setTimeout> | undefined;
	const settle = (): void => {
		pending = undefined;
		setActive(Math.max(0, crossed.lastIndexOf(true)));
	};
	// The band's bottom is set from the viewport's bottom, so a resize re-draws it at the same line.
	const observe = (): void => {
		observer?.disconnect();
		observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) crossed[steps.indexOf(entry.target as HTMLElement)] = entry.isIntersecting;
				pending ??= setTimeout(settle, 0);
			},
			// The band: from far above the page's top (any page is shorter) to the trigger line.
			{ rootMargin: `${ABOVE_THE_PAGE_PX}px 0px ${line - window.innerHeight}px 0px` }
		);
		for (const step of steps) observer.observe(step);
	};
	observe();
	window.addEventListener('resize', observe);
	return () => {
		window.removeEventListener('resize', observe);
		observer?.disconnect();
		clearTimeout(pending);
	};
};

/** How far above the viewport the band of crossed steps reaches: more than any page's height. */
const ABOVE_THE_PAGE_PX = 1_000_000;

/** Step tops in document coordinates, measured on layout changes only, never per message. */
function documentTops(steps: HTMLElement[]): number[] {
	return steps.map((s) => s.getBoundingClientRect().top + window.scrollY);
}

/**
 * An embed in a host that reports where the frame sits (pym.js `trackscroll`, our loader): the
 * host's viewport, translated into this document, decides the step, as the window would.
 * `onPosition` is the embed's subscription to those reports.
 */
export function hostScroll(onPosition: (listener: (position: HostPosition) => void) => () => void): StepSource {
	return (steps, setActive) => {
		let tops = documentTops(steps);
		const observer = new ResizeObserver(() => (tops = documentTops(steps)));
		observer.observe(document.documentElement);
		const stop = onPosition((position) => {
			const line = triggerLine(position.viewportHeight, triggerFraction(isNarrow()));
			// A step's top in the host's viewport is the frame's top there plus the step's top here.
			setActive(
				activeStepIndex(
					tops.map((top) => top + position.top - window.scrollY),
					line
				)
			);
		});
		return () => {
			stop();
			observer.disconnect();
		};
	};
}

/**
 * A chart card: arrow keys step through the states (buttons call the same setter). Keys typed
 * into the data table's scroll area or with a modifier are left alone.
 */
export function keyboardSteps(current: () => number): StepSource {
	return (steps, setActive) => {
		const onKeyDown = (event: KeyboardEvent): void => {
			if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
			const target = event.target instanceof Element ? event.target : null;
			if (target?.closest('input, textarea, select, [contenteditable], .table-wrap')) return;
			const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
			if (delta === 0) return;
			const next = Math.min(Math.max(current() + delta, 0), steps.length - 1);
			if (next === current()) return;
			event.preventDefault();
			setActive(next);
		};
		document.addEventListener('keydown', onKeyDown);
		return () => document.removeEventListener('keydown', onKeyDown);
	};
}
