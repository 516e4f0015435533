import { getContext, setContext, untrack } from 'svelte';
import {
	HELLO_TO_LOADER,
	HeightDedupe,
	heightMessages,
	parseHostMessage,
	readChildContext,
	type ChildContext,
	type HostPosition
} from './protocol';
import { takeHeldHostMessages } from '$lib/islands/islands-loader';

type PositionListener = (position: HostPosition) => void;

/**
 * The embed's side of the conversation with its host page: it reports the document's height
 * (load, fonts, resize, state changes, and whenever the host asks) and passes on where the host
 * says the frame sits in its viewport, for the scroll-driven layout. Messages are accepted only
 * from the window that frames us, and only in the shapes `parseHostMessage` knows.
 */
export class EmbedChild {
	/** Set once a host has reported the frame's position: the host will keep doing so as it scrolls. */
	hostScrolls = $state(false);
	/**
	 * The host's viewport height, for sizing the scroll-driven layout. Kept steady while a phone's
	 * address bar comes and goes; updated when it changes by a fifth (a rotation, a resize).
	 */
	hostViewportHeight = $state<number | null>(null);

	#context: ChildContext = {};
	#dedupe = new HeightDedupe();
	// Plain callbacks, not state: nothing renders from this set.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#listeners = new Set<PositionListener>();
	#last: HostPosition | null = null;
	#frame = 0;
	/**
	 * Whether start() has run: until then the host's dialect is unknown (pym's child id), and a
	 * chart's island, which may hydrate first, must not spend the first height on no dialect.
	 */
	#started = false;

	/** Starts listening and reporting; returns the function that stops all of it. */
	start(): () => void {
		if (window.parent === window) return () => {};
		this.#context = readChildContext(window.location.search, window.location.hash);
		this.#started = true;
		let stopped = false;

		const onMessage = (event: MessageEvent): void => {
			if (event.source !== window.parent) return;
			const message = parseHostMessage(event.data, this.#context);
			if (!message) return;
			if (message.kind === 'position') {
				this.#last = { viewportHeight: message.viewportHeight, top: message.top, bottom: message.bottom };
				this.hostScrolls = true;
				const known = this.hostViewportHeight;
				if (known === null || Math.abs(message.viewportHeight - known) > known / 5) {
					this.hostViewportHeight = message.viewportHeight;
				}
				for (const listener of this.#listeners) listener(this.#last);
			} else {
				this.#send(true);
			}
		};
		const onLoad = (): void => this.#send();
		const observer = new ResizeObserver(() => this.heightMayHaveChanged());

		window.addEventListener('message', onMessage);
		// What the host said before the islands script had loaded (islands-loader.ts). Heard untracked:
		// start() runs in its caller's effect, which must not come to depend on the state a message sets
		// (it would run again, and stop and start everything a chart had just subscribed to).
		untrack(() => {
			for (const event of takeHeldHostMessages()) onMessage(event);
		});
		window.addEventListener('load', onLoad);
		observer.observe(document.documentElement);
		void document.fonts?.ready.then(() => {
			if (!stopped) this.#send();
		});
		this.#send();
		window.parent.postMessage(HELLO_TO_LOADER, '*');

		return () => {
			stopped = true;
			this.#started = false;
			cancelAnimationFrame(this.#frame);
			window.removeEventListener('message', onMessage);
			window.removeEventListener('load', onLoad);
			observer.disconnect();
			// The position listeners stay: each belongs to a chart, which unsubscribes itself.
		};
	}

	/** Call after anything that may change the page's height (a chart state, a layout switch). */
	heightMayHaveChanged(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#send());
	}

	/** Calls `listener` with every position the host reports (and the last one, if any); returns unsubscribe. */
	onPosition(listener: PositionListener): () => void {
		this.#listeners.add(listener);
		if (this.#last) listener(this.#last);
		return () => this.#listeners.delete(listener);
	}

	#send(hostAsked = false): void {
		if (!this.#started || window.parent === window) return;
		const height = this.#dedupe.next(document.documentElement.getBoundingClientRect().height, hostAsked);
		if (height === null) return;
		for (const message of heightMessages(height, this.#context)) window.parent.postMessage(message, '*');
	}
}

/**
 * The page's one connection to its host. A module singleton, not context: each island is
 * hydrated on its own, and the embed chrome that starts it and the charts that follow the host's
 * scroll must share it.
 */
export const embedChild = new EmbedChild();

const KEY = Symbol('embed-child');

/** Server rendering: marks everything inside the embed layout as being in an embed. */
export function setEmbedChild(child: EmbedChild): void {
	setContext(KEY, child);
}

/** The embed's host connection while rendering an embed, or undefined on the site's own pages. */
export function getEmbedChild(): EmbedChild | undefined {
	return getContext<EmbedChild | undefined>(KEY);
}
