import { embed } from '$content/strings';

/**
 * The "Embed this" boxes' copy buttons (EmbedThis.svelte is server-rendered, not an island):
 * one click listener for the page copies the code beside the button and says so in the box's
 * status line. Returns the function that removes the listener.
 */
export function copyCodes(root: Document = document): () => void {
	const onClick = (event: MouseEvent): void => {
		const button = event.target instanceof Element ? event.target.closest('[data-copy-code]') : null;
		const code = button?.parentElement?.querySelector('pre')?.textContent;
		if (!button || code == null) return;
		const status = button.closest('details')?.querySelector('[data-copy-status]');
		navigator.clipboard.writeText(code).then(
			() => status && (status.textContent = embed.copied),
			() => status && (status.textContent = '')
		);
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
