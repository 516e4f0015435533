/**
 * The messages an embed exchanges with the page that frames it. Pure: no DOM, so the parsing
 * and formatting are unit-tested without a browser.
 *
 * The embed (child) speaks three dialects, because hosts each listen for their own:
 * - pym.js (NPR): strings `pymxPYMx<childId>xPYMx<type>xPYMx<value>`, when the URL has `childId`;
 * - AMP / @newswire/frames / NPR Sidechain: `{ sentinel: 'amp', type: 'embed-size', height }`;
 * - WordPress oEmbed cards: `{ message: 'height', value, secret }`, when the URL ends `#?secret=…`.
 * Hosts talk back with a width (pym), a hello (`frames-init`, WordPress `ready`) or the frame's
 * position in the host viewport (pym `trackscroll`, or our own loader). Anything else is ignored.
 *
 * pym.js also appends the host page's URL and title (`parentUrl`, `parentTitle`) to the frame's
 * address. They are never read: nothing here looks at any query parameter but `childId`.
 */

const PYM_SEPARATOR = 'xPYMx';
/** Our loader's messages carry this sentinel (the AMP ones carry `'amp'`). */
export const LOADER_SENTINEL = 'evaw-embed';

/** Heights beyond this are not a page anyone could read: treated as a measuring error. */
export const MAX_HEIGHT = 100_000;

export interface ChildContext {
	/** pym.js's id for this frame, when a pym parent made it. */
	childId?: string;
	/** The secret WordPress puts in the fragment of a discovered oEmbed frame. */
	secret?: string;
}

/** Where the host says the frame is: its top and bottom edges in the host's viewport, in CSS px. */
export interface HostPosition {
	viewportHeight: number;
	top: number;
	bottom: number;
}

export type HostMessage = { kind: 'width'; width: number } | { kind: 'hello' } | ({ kind: 'position' } & HostPosition);

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = /^[A-Za-z0-9]{1,64}$/;

/** Reads the pym child id (query) and the WordPress secret (fragment `#?secret=…`); nothing else. */
export function readChildContext(search: string, hash: string): ChildContext {
	const context: ChildContext = {};
	const childId = new URLSearchParams(search).get('childId');
	if (childId && CHILD_ID.test(childId)) context.childId = childId;
	const fragment = hash.replace(/^#\??/, '');
	const secret = new URLSearchParams(fragment).get('secret');
	if (secret && SECRET.test(secret)) context.secret = secret;
	return context;
}

/** The document's height as hosts want it: whole pixels, rounded up so nothing is cut off. */
export function roundHeight(height: number): number | null {
	if (!Number.isFinite(height) || height <= 0) return null;
	return Math.min(Math.ceil(height - 0.01), MAX_HEIGHT);
}

export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, String(value)].join(PYM_SEPARATOR);
}

/** Every message that tells this host our height, one per dialect the context says it may speak. */
export function heightMessages(height: number, context: ChildContext): unknown[] {
	const messages: unknown[] = [{ sentinel: 'amp', type: 'embed-size', height }];
	if (context.childId) messages.unshift(pymMessage(context.childId, 'height', height));
	if (context.secret) messages.push({ message: 'height', value: height, secret: context.secret });
	return messages;
}

const finite = (value: unknown, limit = 1e7): value is number =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

function position(viewportHeight: unknown, top: unknown, bottom: unknown): HostMessage | null {
	if (!finite(viewportHeight, MAX_HEIGHT) || viewportHeight <= 0) return null;
	if (!finite(top) || !finite(bottom) || bottom < top) return null;
	return { kind: 'position', viewportHeight, top, bottom };
}

function parsePym(data: string, context: ChildContext): HostMessage | null {
	if (!context.childId) return null;
	const parts = data.split(PYM_SEPARATOR);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== context.childId) return null;
	const [, , type, value = ''] = parts;
	if (type === 'width') {
		if (!/^\d{1,6}$/.test(value)) return null;
		return { kind: 'width', width: Number(value) };
	}
	if (type === 'viewport-iframe-position') {
		// "viewportWidth viewportHeight top left bottom right", from the iframe's bounding rect.
		const numbers = value.split(' ');
		if (numbers.length !== 6 || !numbers.every((n) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(n))) return null;
		const [, viewportHeight, top, , bottom] = numbers.map(Number);
		return position(viewportHeight, top, bottom);
	}
	return null;
}

/** Tells our loader the embed is listening, so it sends the frame's position (it may have missed the first). */
export const HELLO_TO_LOADER = { sentinel: LOADER_SENTINEL, type: 'hello' } as const;

/**
 * What a host's message asks of the embed, or null for anything else: other sites' messages,
 * another frame's pym id, malformed or out-of-range values. Never throws.
 */
export function parseHostMessage(data: unknown, context: ChildContext): HostMessage | null {
	if (typeof data === 'string') return data.length <= 400 ? parsePym(data, context) : null;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const message = data as Record<string, unknown>;
	if (message.sentinel === 'amp' && message.type === 'frames-init') return { kind: 'hello' };
	if (message.message === 'ready' && context.secret !== undefined && message.secret === context.secret) {
		return { kind: 'hello' };
	}
	if (message.sentinel === LOADER_SENTINEL && message.type === 'position') {
		return position(message.viewportHeight, message.top, message.bottom);
	}
	return null;
}

/**
 * Remembers the last height sent, so a host hears about a height once: when it changes (up or
 * down), or again when the host asks.
 */
export class HeightDedupe {
	#last: number | null = null;

	/** The height to send now, or null when there is nothing new to say. */
	next(measured: number, hostAsked = false): number | null {
		const height = roundHeight(measured);
		if (height === null || (height === this.#last && !hostAsked)) return null;
		this.#last = height;
		return height;
	}
}
