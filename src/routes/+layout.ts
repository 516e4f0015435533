export const prerender = true;
export const trailingSlash = 'always';
// No SvelteKit client: pages are plain prerendered HTML, and only their islands are hydrated
// (src/lib/islands/main.ts, built by vite.islands.config.ts). See the README's architecture.
export const csr = false;
