import { timelineNow } from './glide';

/**
 * One move of a chart, shared by its layers: when it starts on the document's timeline. Layers
 * that take a new state late (lagging.svelte.ts) must not lag on screen: a leader that runs from
 * a dot must stay on it. So a move that waits for late layers starts only once the last has
 * arrived (made its animations): until then every animation of the move is held at its
 * beginning, where things were seen, and then all start together. A move that waits for none
 * starts at once.
 */
export class MoveClock {
	#start: number | null;
	#waitingFor: number;
	#held = new Set<Animation>();
	#started = new Set<(start: number) => void>();

	/** @param waitFor how many late layers must arrive before the move starts. */
	constructor(waitFor = 0) {
		this.#waitingFor = waitFor;
		this.#start = waitFor > 0 ? null : timelineNow();
	}

	/** When the move started on the document's timeline; null while it waits. */
	get start(): number | null {
		return this.#start;
	}

	/** Times an animation of the move: from its start, or held at its beginning till then. */
	time(animation: Animation): void {
		if (this.#start !== null) {
			animation.startTime = this.#start;
			return;
		}
		animation.pause();
		this.#held.add(animation);
	}

	/** Calls `callback` with the start once the move starts (at once if it has); the function returned forgets it. */
	whenStarted(callback: (start: number) => void): () => void {
		if (this.#start !== null) {
			callback(this.#start);
			return () => {};
		}
		this.#started.add(callback);
		return () => this.#started.delete(callback);
	}

	/** A late layer has made its animations: the last to arrive starts the move, now. */
	arrived(): void {
		if (this.#start !== null || --this.#waitingFor > 0) return;
		const start = (this.#start = timelineNow());
		// One cancelled meanwhile (its element gone, or the layer moved on) stays cancelled.
		for (const animation of this.#held) if (animation.playState === 'paused') animation.startTime = start;
		this.#held.clear();
		for (const callback of this.#started) callback(start);
		this.#started.clear();
	}
}
