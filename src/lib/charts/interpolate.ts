/**
 * Interpolates numbers, arrays and plain objects for Svelte's Tween, returning a new value
 * on every call. d3-interpolate's own object and array interpolators hand back the same
 * mutated object each frame, which a Tween does not see as a change, so the chart would
 * jump at the end instead of moving. Arrays are matched by index; marks that only exist in
 * the target appear at their target; anything that is not a number takes the target's value.
 * (What does not move is not redrawn: SceneChart keeps the drawn object of a mark whose
 * geometry is unchanged.)
 */
export function interpolateFresh<T>(a: T, b: T): (t: number) => T {
	return (t: number) => (t >= 1 ? b : (lerp(a, b, t) as T));
}

function lerp(a: unknown, b: unknown, t: number): unknown {
	if (a === b) return b;
	// d3's interpolateNumber, written out: no closure per number per frame.
	if (typeof a === 'number' && typeof b === 'number') return a * (1 - t) + b * t;
	if (Array.isArray(b)) {
		const from = Array.isArray(a) ? a : [];
		return b.map((v, i) => (i < from.length ? lerp(from[i], v, t) : v));
	}
	if (b !== null && typeof b === 'object') {
		const from = a !== null && typeof a === 'object' ? (a as Record<string, unknown>) : {};
		const out: Record<string, unknown> = {};
		for (const k in b) {
			const v = (b as Record<string, unknown>)[k];
			out[k] = k in from ? lerp(from[k], v, t) : v;
		}
		return out;
	}
	return b;
}
