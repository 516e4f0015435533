import type { Scene } from './toolkit/scene';

// Every chart draws through the toolkit's SceneChart: its layout returns a scene for each state.

/** Whether a layout's output is a scene (marks, geometry and labels). */
export function isScene(drawn: unknown): drawn is Scene {
	const s = drawn as Partial<Scene> | null;
	return Boolean(s && Array.isArray(s.meta) && Array.isArray(s.geom) && Array.isArray(s.labels));
}

/** A chart's layout output as a scene for SceneChart; throws naming the chart when it is not one. */
export function sceneOf(chartId: string, drawn: unknown): Scene {
	if (!isScene(drawn)) {
		throw new Error(`Chart "${chartId}": its layout returns no scene (marks, geometry and labels)`);
	}
	return drawn;
}
