import { applyThemeFromQuery, themeFromQuery } from '$lib/embed/params';
import { scriptFromFunctions } from '$lib/embed/served-script';

export const prerender = true;

export function GET(): Response {
	const source = scriptFromFunctions(
		'Sets the embed’s theme before it is drawn.',
		[themeFromQuery, applyThemeFromQuery],
		''
	);
	return new Response(source, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
