/**
 * Draws a social card to PNG at build time, without a browser: satori lays the card out as SVG,
 * resvg rasterises it. Fonts and colours: `src/lib/server/graphics/`.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '$lib/config';
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH, type SocialCard } from '$lib/social/cards';
import { satoriFonts } from '$lib/server/graphics/fonts';
import { palette } from '$lib/server/graphics/palette';

// The site's palette (src/lib/styles/global.css): ink on paper, one purple accent.
const { ink: INK, inkMuted: MUTED, paper: PAPER, paperTint: TINT, rule: RULE, accent: ACCENT } = palette;

/** A satori node: the shape React elements have, without React. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

function box(style: Record<string, string | number>, ...children: (Node | string | undefined | false)[]): Node {
	const kids = children.filter((c): c is Node | string => Boolean(c));
	return { type: 'div', props: { style: { display: 'flex', ...style }, children: kids } };
}

/** Title size that keeps long takeaways inside the card. */
function titleSize(title: string, hasHeadline: boolean): number {
	const n = title.length;
	if (hasHeadline) return n <= 40 ? 72 : n <= 80 ? 56 : 46;
	return n <= 60 ? 64 : n <= 100 ? 54 : 46;
}

function layout(card: SocialCard): Node {
	const size = titleSize(card.title, Boolean(card.headline));
	return box(
		{ width: '100%', height: '100%', flexDirection: 'column', backgroundColor: PAPER, color: INK, fontFamily: 'Sans' },
		box({ height: 14, backgroundColor: ACCENT }),
		box(
			{ flexDirection: 'column', flexGrow: 1, padding: '48px 72px 0' },
			box(
				{ fontSize: 26, fontWeight: 700, color: ACCENT, letterSpacing: 0.5, lineHeight: 1.3, marginBottom: 22 },
				card.kicker
			),
			box({ fontFamily: 'Serif', fontWeight: 600, fontSize: size, lineHeight: 1.12, letterSpacing: -0.5 }, card.title),
			card.headline &&
				box(
					{ marginTop: 28, paddingTop: 24, borderTop: `2px solid ${RULE}`, fontSize: 34, lineHeight: 1.3, color: INK },
					card.headline
				)
		),
		box(
			{
				flexDirection: 'column',
				padding: '18px 72px 24px',
				backgroundColor: TINT,
				borderTop: `1px solid ${RULE}`,
				fontSize: 22,
				lineHeight: 1.35,
				color: MUTED
			},
			card.sourceLine && box({ marginBottom: 6, color: INK }, card.sourceLine),
			box({}, `${SITE_NAME} · EVAW’s statement quoted in full, every figure sourced`)
		)
	);
}

/** The card as a 1200×630 PNG. */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
	// satori's types want a ReactNode; this plain object is one structurally.
	const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], {
		width: SOCIAL_CARD_WIDTH,
		height: SOCIAL_CARD_HEIGHT,
		fonts: satoriFonts()
	});
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: SOCIAL_CARD_WIDTH },
		font: { loadSystemFonts: false }
	}).render();
	return png.asPng();
}
