import { scriptFromFunctions } from '$lib/embed/served-script';

/**
 * The page's inline loader of the islands (IslandsScript.svelte), and what an embed hears before
 * the islands have loaded.
 *
 * Messages a host page sends an embed before the embed listens: the islands script starts after
 * the page's first paint, and a host may speak first: a WordPress host says
 * `ready` when the frame loads, @newswire/frames says hello, pym and our loader report the frame's
 * position as soon as the reader scrolls. So the inline loader holds every message a framed embed
 * is sent from the moment the page is parsed, and EmbedChild takes them, in order, when it starts
 * listening, judging each as if it had just arrived.
 */

declare global {
	interface Window {
		/** Set by holdHostMessages; stops holding and returns what was held. */
		__evawTakeHeldMessages?: () => MessageEvent[];
		/** Set by holdEarlyTaps; stops holding and returns the buttons tapped. */
		__evawTakeEarlyTaps?: () => HTMLElement[];
	}
}

/**
 * Starts holding the messages sent to an embed in a frame (a page with the embed-host island).
 * Inlined in the page by scriptFromFunctions: no imports, no module constants.
 */
export function holdHostMessages(): void {
	if (window.parent === window || !document.querySelector('[data-island="embed-host"]')) return;
	const held: MessageEvent[] = [];
	const hold = (event: MessageEvent): void => {
		held.push(event);
	};
	window.addEventListener('message', hold);
	window.__evawTakeHeldMessages = () => {
		window.removeEventListener('message', hold);
		delete window.__evawTakeHeldMessages;
		return held;
	};
}

/** The messages held so far (none when nothing held them); holding stops. */
export function takeHeldHostMessages(): MessageEvent[] {
	return window.__evawTakeHeldMessages?.() ?? [];
}

/**
 * The buttons a reader may tap before they work: the motion toggle is on the page from its first
 * paint, and the islands start only after it.
 */
export const EARLY_TAP_ISLANDS = '[data-island="motion"]';

/**
 * Holds the taps on the buttons of the islands `islands` (a selector) made before they are
 * hydrated (`data-hydrated`), in order; main.ts takes them once it has hydrated such an island
 * and taps the same buttons again (hydration keeps the server's elements), so an early tap takes
 * effect rather than being lost. Taking them stops the holding.
 * Inlined in the page by scriptFromFunctions: no imports, no module constants.
 */
export function holdEarlyTaps(islands: string): void {
	if (!document.querySelector(islands)) return;
	const held: HTMLElement[] = [];
	const hold = (event: Event): void => {
		const button = (event.target as Element).closest?.(`:is(${islands}):not([data-hydrated]) button`);
		if (button) held.push(button as HTMLElement);
	};
	window.addEventListener('click', hold, true);
	window.__evawTakeEarlyTaps = () => {
		window.removeEventListener('click', hold, true);
		delete window.__evawTakeEarlyTaps;
		return held;
	};
}

/** The buttons tapped before their island was hydrated (none when nothing held them); holding stops. */
export function takeEarlyTaps(): HTMLElement[] {
	return window.__evawTakeEarlyTaps?.() ?? [];
}

/** How long an embed the browser does not draw yet (a frame off screen) waits before it starts anyway. */
export const UNDRAWN_START_MS = 1000;

/**
 * Starts the islands after the page's first paint: nothing in them is needed to draw it (every
 * chart is in the HTML in its first state), so their code must not compete with the HTML for
 * the network or the main thread before the reader sees the page. A browser that cannot report
 * its first paint starts them after its next frame; a hidden page at once. A page in a frame
 * also starts after `undrawnMs`: a browser does not draw a frame that is off screen, and an embed
 * must tell its host its height before the reader gets there. (A visible page of its own is
 * always drawn: it waits for its paint, however slow the phone.) Taps on `earlyTapIslands`'
 * buttons before then are held (holdEarlyTaps).
 * Inlined in the page by scriptFromFunctions: no imports, no module constants.
 */
export function startIslandsAfterFirstPaint(
	load: () => Promise<unknown>,
	undrawnMs: number,
	earlyTapIslands: string
): void {
	holdHostMessages();
	holdEarlyTaps(earlyTapIslands);
	let started = false;
	let observer: PerformanceObserver | undefined;
	let fallback = 0;
	const start = (): void => {
		if (started) return;
		started = true;
		observer?.disconnect();
		clearTimeout(fallback);
		void load();
	};
	if (document.visibilityState === 'hidden') return start();
	if (window.parent !== window) fallback = window.setTimeout(start, undrawnMs);
	const entryTypes = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : undefined;
	if (entryTypes?.includes('paint')) {
		observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName('first-contentful-paint').length) start();
		});
		observer.observe({ type: 'paint', buffered: true });
	} else {
		requestAnimationFrame(() => setTimeout(start, 0));
	}
}

/** The inline script that starts the islands entry at `src` after the first paint (`<` escaped: nothing closes the element). */
export function islandsLoaderScript(src: string): string {
	return scriptFromFunctions(
		'Starts the islands after the first paint.',
		[holdHostMessages, holdEarlyTaps, startIslandsAfterFirstPaint],
		`() => import(${JSON.stringify(src).replace(/</g, '\\u003c')}), ${UNDRAWN_START_MS}, ${JSON.stringify(EARLY_TAP_ISLANDS)}`
	);
}
