import { timelineTags } from './timeline-tags';

/** The words of the chart timeline-2021 (src/lib/charts/timeline-2021/), laid out at build time. */
export const words = { tags: timelineTags } as const;
