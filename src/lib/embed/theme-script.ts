import { applyThemeFromQuery, themeFromQuery } from './params';
import { scriptFromFunctions } from './served-script';

/**
 * The embed's theme, set before the page is drawn: a classic script inlined in each embed page's
 * <head> (allowed by its hash in the page's Content-Security-Policy), so a dark host never sees
 * a light flash and the page waits for no request to find out.
 */
export const themeScript = scriptFromFunctions(
	'Sets the embed’s theme before it is drawn.',
	[themeFromQuery, applyThemeFromQuery],
	''
);
