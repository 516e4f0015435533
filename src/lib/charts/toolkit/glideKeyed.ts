/**
 * A layer's moves between states as Web Animations of transform and opacity, which the
 * browser's compositor runs: no script and no repaint per frame on the page's main thread.
 *
 * At the start of a move the layer's elements are already drawn as the new state has them at
 * rest (as the server draws a state); an animation per element that moves then runs from where
 * it stood to there and ends on exactly that rest place, so nothing changes hands at the end.
 * Every animation of a move starts together and has the same easing, so at any instant every
 * element is the same share of the way (`progress`): things that must meet (a leader and its
 * label) meet in every frame. What is linear in that share (a place) needs two keyframes; what
 * is not (a leader's slope) is sampled at `STEPS` shares.
 *
 * A layer keeps, for each of its things (a mark, a label), where it is going in the chart's own
 * units (percent of the plot, em, opacity as `o`), and where it started: a new state mid-move
 * starts from where each thing is then.
 */
import { EASE } from './glide';

export type Values = Readonly<Record<string, number>>;

/** The shares of the way at which what does not move in a straight line is sampled. */
export const STEPS: readonly number[] = Array.from({ length: 9 }, (_, i) => i / 8);

export function lerpValues(a: Values, b: Values, p: number): Values {
	const out: Record<string, number> = {};
	for (const k in b) out[k] = (a[k] ?? b[k]!) + (b[k]! - (a[k] ?? b[k]!)) * p;
	return out;
}

function sameValues(a: Values, b: Values): boolean {
	for (const k in b) if (a[k] !== b[k]) return false;
	return true;
}

/** One thing's animations for a move from `from` to `to`, made by its layer. */
export type Animate<K> = (
	key: K,
	from: Values,
	to: Values,
	options: KeyframeAnimationOptions
) => (Animation | undefined)[];

export class Glide<K> {
	/** Each thing's values at rest in the state last moved to. */
	#to = new Map<K, Values>();
	/** Where each thing that moves started, for the move under way. */
	#from = new Map<K, Values>();
	#animations: Animation[] = [];

	/** Where a thing stands now (partway through a move, or at rest), or undefined if never placed. */
	now(key: K): Values | undefined {
		const to = this.#to.get(key);
		const from = this.#from.get(key);
		const progress = this.#animations[0]?.effect?.getComputedTiming().progress;
		if (!to || !from || progress === null || progress === undefined) return to;
		return lerpValues(from, to, progress);
	}

	/** Stops the move under way: everything shows its place at rest. */
	stop(): void {
		for (const a of this.#animations) a.cancel();
		this.#animations = [];
		this.#from.clear();
	}

	/**
	 * Starts a move to `to` (every thing's values at rest in the new state) over `duration` ms,
	 * from `from` (where the things that move stand now); `onEnd` runs once it has run to its
	 * end (at once when nothing moves), not when it is stopped.
	 */
	move(
		from: ReadonlyMap<K, Values>,
		to: ReadonlyMap<K, Values>,
		duration: number,
		animate: Animate<K>,
		onEnd: () => void
	): void {
		this.stop();
		this.#to = new Map(to);
		if (duration <= 0) return onEnd();
		const options = { duration, easing: EASE };
		for (const [key, start] of from) {
			const end = to.get(key);
			// Unseen throughout, or still: nothing to animate.
			if (!end || (start.o === 0 && end.o === 0) || sameValues(start, end)) continue;
			const started = animate(key, start, end, options).filter((a): a is Animation => a !== undefined);
			if (started.length) this.#from.set(key, start);
			this.#animations.push(...started);
		}
		const clock = this.#animations[0];
		if (!clock) return onEnd();
		clock.onfinish = () => {
			if (this.#animations[0] !== clock) return;
			this.#animations = [];
			this.#from.clear();
			onEnd();
		};
	}
}

/**
 * One element's animation of the properties whose keyframes differ (nothing when none do, or
 * the element is gone). Keyframes are evenly spread over the move's share of the way.
 */
export function animateElement(
	el: Element | null | undefined,
	frames: Record<string, string[]>,
	options: KeyframeAnimationOptions
): Animation | undefined {
	if (!(el instanceof HTMLElement)) return undefined;
	const changing: Record<string, string[]> = {};
	let any = false;
	for (const p in frames) {
		const v = frames[p]!;
		if (v.every((x) => x === v[0])) continue;
		changing[p] = v;
		any = true;
	}
	return any ? el.animate(changing, options) : undefined;
}

/** Where a move starts when nothing moves. */
export function nowhere<K>(): ReadonlyMap<K, Values> {
	return new Map();
}

/** A layer's things at rest in the state shown: each one's values by key, and which are drawn. */
export interface Rest<K> {
	values: ReadonlyMap<K, Values>;
	drawn: ReadonlySet<K>;
}

/**
 * Where a move to `rest` starts: every thing on screen before it (`onScreen`) or drawn after it,
 * from where it stands now (a thing not on screen before comes in from its last place, unseen);
 * and those on screen before and not drawn after, which leave.
 */
export function startOf<K>(
	glide: Glide<K>,
	onScreen: Iterable<K>[],
	rest: Rest<K>
): { from: Map<K, Values>; leaving: K[] } {
	const before = new Set(onScreen.flatMap((keys) => [...keys]));
	const from = new Map<K, Values>();
	const leaving: K[] = [];
	for (const key of new Set([...before, ...rest.drawn])) {
		const to = rest.values.get(key);
		if (!to) continue;
		const now = glide.now(key) ?? to;
		from.set(key, before.has(key) ? now : { ...now, o: 0 });
		if (!rest.drawn.has(key)) leaving.push(key);
	}
	return { from, leaving };
}
