/** The notes under a timeline event whose date, or whose source, comes after EVAW's statement. */
export const timelineTags = {
	after: 'After the statement',
	sourceAfter: 'Source published after the statement'
} as const;
