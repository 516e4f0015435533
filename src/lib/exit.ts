/**
 * Where "Exit this page" goes: a page with no personal content, as GOV.UK recommends. Its own
 * module, free of SvelteKit imports, because the exit control is an island built without SvelteKit.
 */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
