import scrollamaUntyped from 'scrollama';

// scrollama's bundled types are stale (no pixel offsets, no root, a method that does not
// exist at runtime): these describe what version 3.2 actually does.
export interface StepEvent {
	element: HTMLElement;
	index: number;
	direction: 'up' | 'down';
}

export interface ScrollamaOptions {
	step: string | HTMLElement[];
	offset?: number | `${number}px`;
	progress?: boolean;
	once?: boolean;
	debug?: boolean;
	root?: Element | Document | null;
}

export interface ScrollamaInstance {
	setup(options: ScrollamaOptions): ScrollamaInstance;
	onStepEnter(callback: (event: StepEvent) => void): ScrollamaInstance;
	onStepExit(callback: (event: StepEvent) => void): ScrollamaInstance;
	enable(): ScrollamaInstance;
	disable(): ScrollamaInstance;
	destroy(): void;
}

export const scrollama = scrollamaUntyped as unknown as () => ScrollamaInstance;
