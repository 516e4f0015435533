import { describe, expect, it } from 'vitest';
import {
	HeightDedupe,
	LOADER_SENTINEL,
	MAX_HEIGHT,
	heightMessages,
	parseHostMessage,
	readChildContext,
	roundHeight
} from '../../src/lib/embed/protocol';
import { readEmbedParams, sanitisePartner, PARTNER_MAX_LENGTH } from '../../src/lib/embed/params';

describe('readChildContext', () => {
	it('reads the pym child id and the WordPress secret, and nothing of the host page', () => {
		const search = '?initialWidth=375&childId=story-1&parentTitle=Host%20news&parentUrl=https%3A%2F%2Fhost.example%2Fa';
		const context = readChildContext(search, '#?secret=Ab12Cd34Ef');
		expect(context).toEqual({ childId: 'story-1', secret: 'Ab12Cd34Ef' });
		expect(JSON.stringify(context)).not.toMatch(/host/i);
	});

	it('ignores ids and secrets that could not be pym or WordPress values', () => {
		expect(readChildContext('?childId=a%20b%3Cscript%3E', '#?secret=x"y')).toEqual({});
		expect(readChildContext('?childId=' + 'a'.repeat(65), '')).toEqual({});
		expect(readChildContext('', '#amp=1')).toEqual({});
	});
});

describe('height messages', () => {
	it('round up to whole pixels and refuse nonsense', () => {
		expect(roundHeight(812.2)).toBe(813);
		expect(roundHeight(812)).toBe(812);
		expect(roundHeight(Number.NaN)).toBeNull();
		expect(roundHeight(-4)).toBeNull();
		expect(roundHeight(0)).toBeNull();
		expect(roundHeight(1e9)).toBe(MAX_HEIGHT);
	});

	it('speak pym, AMP/Frames and WordPress when the context allows each', () => {
		expect(heightMessages(640, { childId: 'c1', secret: 'abc' })).toEqual([
			'pymxPYMxc1xPYMxheightxPYMx640',
			{ sentinel: 'amp', type: 'embed-size', height: 640 },
			{ message: 'height', value: 640, secret: 'abc' }
		]);
		expect(heightMessages(640, {})).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 640 }]);
	});

	it('are sent once per height, again when it shrinks or grows, and again when the host asks', () => {
		const dedupe = new HeightDedupe();
		expect(dedupe.next(500.4)).toBe(501);
		expect(dedupe.next(500.9)).toBeNull();
		expect(dedupe.next(300)).toBe(300);
		expect(dedupe.next(900)).toBe(900);
		expect(dedupe.next(900)).toBeNull();
		expect(dedupe.next(900, true)).toBe(900);
		expect(dedupe.next(Number.NaN, true)).toBeNull();
	});
});

describe('parseHostMessage', () => {
	const pym = { childId: 'c1' };

	it('understands pym width and trackscroll messages for our child id only', () => {
		expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx375', pym)).toEqual({ kind: 'width', width: 375 });
		expect(parseHostMessage('pymxPYMxc1xPYMxviewport-iframe-positionxPYMx375 812 -120.5 0 2400 375', pym)).toEqual({
			kind: 'position',
			viewportHeight: 812,
			top: -120.5,
			bottom: 2400
		});
		expect(parseHostMessage('pymxPYMxother-childxPYMxwidthxPYMx375', pym)).toBeNull();
		expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx375', {})).toBeNull();
	});

	it('understands Frames and WordPress hellos and our loader’s position', () => {
		expect(parseHostMessage({ sentinel: 'amp', type: 'frames-init' }, {})).toEqual({ kind: 'hello' });
		expect(parseHostMessage({ message: 'ready', secret: 's3' }, { secret: 's3' })).toEqual({ kind: 'hello' });
		expect(parseHostMessage({ message: 'ready', secret: 'guess' }, { secret: 's3' })).toBeNull();
		expect(parseHostMessage({ message: 'ready' }, {})).toBeNull();
		expect(
			parseHostMessage({ sentinel: LOADER_SENTINEL, type: 'position', viewportHeight: 800, top: 40, bottom: 900 }, {})
		).toEqual({ kind: 'position', viewportHeight: 800, top: 40, bottom: 900 });
	});

	it('ignores malformed, forged and unknown messages without throwing', () => {
		const junk: unknown[] = [
			null,
			undefined,
			42,
			[],
			'',
			'x'.repeat(1000),
			'pymxPYMxc1xPYMxwidthxPYMx-5',
			'pymxPYMxc1xPYMxwidthxPYMx1e9',
			'pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)',
			'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx375 NaN 0 0 10 375',
			'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx375 812 0 0',
			'pymxPYMxc1xPYMxheightxPYMx100xPYMxextra',
			{ sentinel: 'amp', type: 'embed-size', height: 10 },
			{ sentinel: LOADER_SENTINEL, type: 'position', viewportHeight: '800', top: 0, bottom: 10 },
			{ sentinel: LOADER_SENTINEL, type: 'position', viewportHeight: 800, top: Infinity, bottom: 10 },
			{ sentinel: LOADER_SENTINEL, type: 'position', viewportHeight: 0, top: 0, bottom: 10 },
			{ sentinel: LOADER_SENTINEL, type: 'position', viewportHeight: 800, top: 50, bottom: 10 },
			{ sentinel: LOADER_SENTINEL, type: 'navigate', href: 'https://evil.example' },
			Object.create(null)
		];
		for (const data of junk) expect(parseHostMessage(data, { childId: 'c1', secret: 's' })).toBeNull();
	});
});

describe('embed query parameters', () => {
	it('read a known theme, reduced motion and a partner name', () => {
		expect(readEmbedParams('?theme=dark&motion=reduce&partner=The%20Gazette')).toEqual({
			theme: 'dark',
			reduceMotion: true,
			partner: 'The Gazette'
		});
		expect(readEmbedParams('?theme=auto').theme).toBe('auto');
	});

	it('fall back to the defaults for anything unknown or malformed', () => {
		expect(readEmbedParams('?theme=DARK&motion=on&partner=&colour=red')).toEqual({
			theme: 'light',
			reduceMotion: false,
			partner: null
		});
		expect(readEmbedParams('?theme=dark&theme=light').theme).toBe('dark');
		expect(readEmbedParams('%%%').theme).toBe('light');
	});

	it('keep a partner name to a short plain credit', () => {
		expect(sanitisePartner('  Süddeutsche   Zeitung ')).toBe('Süddeutsche Zeitung');
		expect(sanitisePartner('Smith & Jones (Wales)')).toBe('Smith & Jones (Wales)');
		expect(sanitisePartner('<img src=x onerror=alert(1)>')).toBeNull();
		expect(sanitisePartner('https://evil.example/')).toBeNull();
		expect(sanitisePartner('a'.repeat(PARTNER_MAX_LENGTH + 1))).toBeNull();
		expect(sanitisePartner('-dash first')).toBeNull();
	});
});
