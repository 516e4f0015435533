// The story's step source (windowScroll) sets a new step in a task of its own, never inside the
// IntersectionObserver's callback: Chromium runs that callback in the frame it is drawing, and the
// chart's move to a new state there made one long task of the two (see step-sources.ts).

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { windowScroll } from '../../src/lib/scrolly/step-sources';

type Report = { target: HTMLElement; isIntersecting: boolean };

let observers: { report: (entries: Report[]) => void; disconnected: boolean; watched: HTMLElement[] }[];

beforeEach(() => {
	vi.useFakeTimers();
	observers = [];
	class FakeIntersectionObserver {
		record: (typeof observers)[number];
		constructor(callback: (entries: Report[]) => void) {
			this.record = { report: callback, disconnected: false, watched: [] };
			observers.push(this.record);
		}
		observe(element: HTMLElement) {
			this.record.watched.push(element);
		}
		disconnect() {
			this.record.disconnected = true;
		}
	}
	vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
	vi.stubGlobal('window', {
		innerHeight: 844,
		matchMedia: () => ({ matches: false }),
		addEventListener: vi.fn(),
		removeEventListener: vi.fn()
	});
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** The story's step source on `count` steps, with the observer it made and the setter it calls. */
function start(count: number) {
	const steps = Array.from({ length: count }, () => ({}) as HTMLElement);
	const setActive = vi.fn();
	const stop = windowScroll(steps, setActive);
	return { steps, setActive, stop, observer: observers[0]! };
}

it('sets the step after the observer’s callback has returned, in a task of its own', () => {
	const { steps, setActive, stop, observer } = start(3);
	expect(observer.watched).toEqual(steps);

	observer.report([
		{ target: steps[0]!, isIntersecting: true },
		{ target: steps[1]!, isIntersecting: true }
	]);
	expect(setActive).not.toHaveBeenCalled();
	vi.runAllTimers();
	expect(setActive).toHaveBeenCalledExactlyOnceWith(1);
	stop();
});

it('gives one change for several reports before that task, the last step crossed', () => {
	const { steps, setActive, stop, observer } = start(4);

	observer.report([{ target: steps[0]!, isIntersecting: true }]);
	observer.report([{ target: steps[1]!, isIntersecting: true }]);
	observer.report([{ target: steps[2]!, isIntersecting: true }]);
	vi.runAllTimers();
	expect(setActive).toHaveBeenCalledExactlyOnceWith(2);

	// Scrolling back up: the step leaves the band, the one before it is active.
	observer.report([{ target: steps[2]!, isIntersecting: false }]);
	vi.runAllTimers();
	expect(setActive).toHaveBeenLastCalledWith(1);
	stop();
});

it('stopping cancels a step not yet set and disconnects the observer', () => {
	const { steps, setActive, stop, observer } = start(2);

	observer.report([{ target: steps[1]!, isIntersecting: true }]);
	stop();
	vi.runAllTimers();
	expect(setActive).not.toHaveBeenCalled();
	expect(observer.disconnected).toBe(true);
});
