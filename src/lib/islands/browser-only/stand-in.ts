/**
 * A library function the islands build leaves out (vite.islands.config.ts aliases its module
 * here): if something ever calls it in the browser, it fails loudly rather than draw something
 * wrong. `why` says why it is not needed there.
 */
export function standIn(name: string, why: string): () => never {
	return function (): never {
		throw new Error(`${name} is not in the browser build: ${why} (see vite.islands.config.ts)`);
	};
}
