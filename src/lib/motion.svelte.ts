import { prefersReducedMotion } from 'svelte/motion';

const STORAGE_KEY = 'evaw-met-plan:motion';

/**
 * Whether charts animate between states. Off when the system asks for reduced motion or
 * the reader turns it off with the toggle; the reader's choice is kept on their device.
 */
class Motion {
	#readerOff = $state(false);
	#persist = true;

	/** The site's pages: bring back the reader's earlier choice, kept on their device. */
	restoreReaderChoice(): void {
		// Inside another site's frame even looking at localStorage can throw, so all of it is guarded.
		try {
			if (typeof localStorage !== 'undefined') this.#readerOff = localStorage.getItem(STORAGE_KEY) === 'off';
		} catch {
			// Storage blocked (private modes, third-party frames): keep the default.
		}
	}

	/**
	 * Embeds never touch storage (a sandboxed frame refuses it, and a partner's page is not the
	 * place to remember anything); the partner may ask for no motion with `motion=reduce`.
	 */
	useForEmbed(reduce: boolean): void {
		this.#persist = false;
		this.#readerOff = reduce;
	}

	get readerOff(): boolean {
		return this.#readerOff;
	}

	set readerOff(value: boolean) {
		this.#readerOff = value;
		if (!this.#persist) return;
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
