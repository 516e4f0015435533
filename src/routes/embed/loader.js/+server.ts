import { loaderSource } from '$lib/embed/loader';

export const prerender = true;

export function GET(): Response {
	return new Response(loaderSource(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
