import { timelineTags } from './timeline-tags';

/** The words of the chart missteps (src/lib/charts/missteps/), laid out at build time. */
export const words = { tags: timelineTags } as const;
