// MoveClock (src/lib/charts/toolkit/move-clock.ts): a chart's move, started once its late layers
// have made their animations, so that every layer's part starts together.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MoveClock } from '../../src/lib/charts/toolkit/move-clock';

/** The part of a Web Animation the clock uses: held (paused) or started at a time. */
class FakeAnimation {
	playState: AnimationPlayState = 'running';
	startTime: number | null = null;
	pause() {
		this.playState = 'paused';
	}
	cancel() {
		this.playState = 'idle';
	}
}
const animation = () => new FakeAnimation() as unknown as Animation & FakeAnimation;

describe('MoveClock', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
	afterEach(() => vi.useRealTimers());

	it('starts at once when it waits for no layer', () => {
		const now = performance.now();
		const clock = new MoveClock();
		expect(clock.start).toBe(now);
		const a = animation();
		clock.time(a);
		expect(a.startTime).toBe(now);
		expect(a.playState).toBe('running');
		const started = vi.fn();
		clock.whenStarted(started);
		expect(started).toHaveBeenCalledWith(now);
	});

	it('holds every animation at its beginning until the last late layer arrives, then starts them together', () => {
		const clock = new MoveClock(2);
		expect(clock.start).toBeNull();
		const early = animation();
		clock.time(early);
		expect(early.playState).toBe('paused');
		const started = vi.fn();
		clock.whenStarted(started);
		vi.advanceTimersByTime(40);
		clock.arrived();
		expect(clock.start).toBeNull();
		const late = animation();
		const gone = animation();
		clock.time(late);
		clock.time(gone);
		gone.cancel();
		vi.advanceTimersByTime(40);
		const now = performance.now();
		clock.arrived();
		expect(clock.start).toBe(now);
		expect(early.startTime).toBe(now);
		expect(late.startTime).toBe(now);
		// One cancelled while held stays cancelled.
		expect(gone.startTime).toBeNull();
		expect(started).toHaveBeenCalledExactlyOnceWith(now);
		// Arriving again changes nothing.
		vi.advanceTimersByTime(40);
		clock.arrived();
		expect(clock.start).toBe(now);
	});

	it('forgets a callback it was told to forget', () => {
		const clock = new MoveClock(1);
		const started = vi.fn();
		clock.whenStarted(started)();
		clock.arrived();
		expect(started).not.toHaveBeenCalled();
	});
});
