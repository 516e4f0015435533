import { scriptFromFunctions } from './served-script';

/**
 * The host-page script partners paste (`/embed/loader.js`): it turns placeholders such as
 *
 *   <div data-evaw-src="https://…/embed/chart/who-gets-stopped/" data-evaw-title="…"><a href="…">…</a></div>
 *
 * into self-sizing iframes, and tells each frame where it sits in the host's viewport so
 * scroll-driven embeds can follow the reader. It has no dependencies and no imports: the route
 * at src/routes/embed/loader.js serves these functions' own source, so each function here may
 * call only the others listed in loaderSource, and the unit tests import the same code.
 */

/** A finite height from an AMP/Frames `embed-size` message, clamped to what a page could be; else null. */
export function childHeight(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as { sentinel?: unknown; type?: unknown; height?: unknown };
	if (message.sentinel !== 'amp' || message.type !== 'embed-size') return null;
	const height = message.height;
	if (typeof height !== 'number' || !Number.isFinite(height)) return null;
	return Math.min(Math.max(Math.ceil(height), 100), 40000);
}

/** The embed's "I am listening" message. */
export function isHello(data: unknown): boolean {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { sentinel?: unknown }).sentinel === 'evaw-embed' &&
		(data as { type?: unknown }).type === 'hello'
	);
}

/**
 * The iframe's attributes for a placeholder, or null when the placeholder points anywhere but
 * the origin the loader came from (the loader frames our pages only).
 */
export function frameAttributes(
	placeholder: { src: string | null; title: string | null; height: string | null; linkText: string | null },
	loaderUrl: string
): Record<string, string> | null {
	if (!placeholder.src) return null;
	let src: URL;
	try {
		src = new URL(placeholder.src, loaderUrl);
	} catch {
		return null;
	}
	if (src.origin !== new URL(loaderUrl).origin || src.protocol.indexOf('http') !== 0) return null;
	const height = Number(placeholder.height);
	const title = (placeholder.title || placeholder.linkText || '').replace(/\s+/g, ' ').trim();
	return {
		src: src.href,
		title: title || 'Embedded graphic',
		width: '100%',
		height: String(Number.isFinite(height) && height >= 100 ? Math.min(height, 40000) : 600),
		scrolling: 'no',
		frameborder: '0',
		loading: 'lazy',
		referrerpolicy: 'strict-origin-when-cross-origin',
		// Scripts, its own origin, new tabs, and leaving for the story on a click (never on its own).
		sandbox:
			'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation'
	};
}

/** What the loader tells a frame about its place in the host viewport. */
export function positionMessage(
	rect: { top: number; bottom: number },
	viewportHeight: number
): { sentinel: string; type: string; viewportHeight: number; top: number; bottom: number } {
	return { sentinel: 'evaw-embed', type: 'position', viewportHeight, top: rect.top, bottom: rect.bottom };
}

/** Runs the loader in a host page; `script` is the loader's own script element. */
export function startLoader(script: HTMLScriptElement | null): void {
	if (!script || !script.src) return;
	const loaderUrl = script.src;
	const origin = new URL(loaderUrl).origin;
	const frames: HTMLIFrameElement[] = [];
	let queued = 0;

	const placeholders = document.querySelectorAll<HTMLElement>('[data-evaw-src]:not([data-evaw-loaded])');
	for (let i = 0; i < placeholders.length; i++) {
		const placeholder = placeholders[i]!;
		const link = placeholder.querySelector('a');
		const attributes = frameAttributes(
			{
				src: placeholder.getAttribute('data-evaw-src'),
				title: placeholder.getAttribute('data-evaw-title'),
				height: placeholder.getAttribute('data-evaw-height'),
				linkText: link ? link.textContent : null
			},
			loaderUrl
		);
		if (!attributes) continue;
		placeholder.setAttribute('data-evaw-loaded', '');
		const frame = document.createElement('iframe');
		for (const name in attributes) frame.setAttribute(name, attributes[name]!);
		// Styled through the CSSOM, not a style attribute, so a host page with a strict
		// Content-Security-Policy (style-src-attr) still lets the loader lay the frame out.
		frame.style.border = '0';
		frame.style.width = '100%';
		frame.style.display = 'block';
		// The plain link stays until the frame has loaded: a blocked or failed frame still leaves a way in.
		const fallback = document.createElement('div');
		while (placeholder.firstChild) fallback.appendChild(placeholder.firstChild);
		placeholder.appendChild(fallback);
		placeholder.appendChild(frame);
		frames.push(frame);
		frame.addEventListener('load', () => {
			fallback.hidden = true;
			if (frame.contentWindow) frame.contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, origin);
			sendPositions();
		});
	}
	if (frames.length === 0) return;

	function sendPosition(frame: HTMLIFrameElement): void {
		if (frame.contentWindow) {
			frame.contentWindow.postMessage(positionMessage(frame.getBoundingClientRect(), window.innerHeight), origin);
		}
	}
	function sendPositions(): void {
		queued = 0;
		for (let i = 0; i < frames.length; i++) sendPosition(frames[i]!);
	}
	function onScroll(): void {
		if (!queued) queued = requestAnimationFrame(sendPositions);
	}
	function onMessage(event: MessageEvent): void {
		if (event.origin !== origin || !event.source) return;
		for (let i = 0; i < frames.length; i++) {
			const frame = frames[i]!;
			if (frame.contentWindow !== event.source) continue;
			const height = childHeight(event.data);
			if (height !== null) frame.setAttribute('height', String(height));
			// The embed has started listening (perhaps after the frame's load event): tell it where it is.
			else if (isHello(event.data)) sendPosition(frame);
			return;
		}
	}
	// When a frame leaves the page, forget it; when none are left, stop listening altogether.
	const removals = new MutationObserver(() => {
		for (let i = frames.length - 1; i >= 0; i--) if (!frames[i]!.isConnected) frames.splice(i, 1);
		if (frames.length > 0) return;
		removals.disconnect();
		cancelAnimationFrame(queued);
		window.removeEventListener('scroll', onScroll);
		window.removeEventListener('resize', onScroll);
		window.removeEventListener('message', onMessage);
	});
	removals.observe(document.documentElement, { childList: true, subtree: true });
	window.addEventListener('scroll', onScroll, { passive: true });
	window.addEventListener('resize', onScroll, { passive: true });
	window.addEventListener('message', onMessage);
}

/** The loader as served at /embed/loader.js. */
export function loaderSource(): string {
	return scriptFromFunctions(
		'Partner embed loader: turns [data-evaw-src] placeholders into self-sizing frames.',
		[childHeight, isHello, frameAttributes, positionMessage, startLoader],
		'document.currentScript'
	);
}
