declare module 'archieml' {
	export function load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
	const archieml: { load: typeof load };
	export default archieml;
}
