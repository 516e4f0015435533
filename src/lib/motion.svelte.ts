import { prefersReducedMotion } from 'svelte/motion';

const STORAGE_KEY = 'evaw-met-plan:motion';

/**
 * Whether charts animate between states. Off when the system asks for reduced motion or
 * the reader turns it off with the toggle; the reader's choice is kept on their device.
 */
class Motion {
	#readerOff = $state(false);

	constructor() {
		// Inside another site's frame even looking at localStorage can throw, so all of it is guarded.
		try {
			if (typeof localStorage !== 'undefined') this.#readerOff = localStorage.getItem(STORAGE_KEY) === 'off';
		} catch {
			// Storage blocked (private modes, third-party frames): keep the default.
		}
	}

	get readerOff(): boolean {
		return this.#readerOff;
	}

	set readerOff(value: boolean) {
		this.#readerOff = value;
		try {
			localStorage.setItem(STORAGE_KEY, value ? 'off' : 'on');
		} catch {
			// See above.
		}
	}

	get systemReduced(): boolean {
		return prefersReducedMotion.current;
	}

	get enabled(): boolean {
		return !this.#readerOff && !prefersReducedMotion.current;
	}

	/** The duration to animate for: the given one, or 0 when motion is off. */
	duration(ms: number): number {
		return this.enabled ? ms : 0;
	}
}

export const motion = new Motion();

/** How long a chart takes to move from one state to the next. */
export const STATE_DURATION_MS = 600;
