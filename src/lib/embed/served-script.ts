/**
 * A classic script made of these functions' own source, run once in a strict IIFE: the last
 * function is called with `call`'s argument expression. Lets a small host or head script be
 * written, type-checked and unit-tested in TypeScript and served as one dependency-free file.
 * Each function may call only the others in the list (no imports, no module constants).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function scriptFromFunctions(comment: string, functions: readonly Function[], call: string): string {
	const entry = functions[functions.length - 1];
	if (!entry) throw new Error('scriptFromFunctions needs at least one function');
	return `/* ${comment} */
(function () {
'use strict';
${functions.map((fn) => fn.toString()).join('\n')}
${entry.name}(${call});
})();
`;
}
