import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'migrant-data-sharing',
	title:
		'{fig:forces-referring-2018} of {fig:forces-asked-2018} UK police forces told the BBC they referred victims and witnesses to immigration enforcement',
	place: 'UK; London (study)',
	period: '2018 to 2020',
	kind: 'A chart of police forces, then a timeline of the super-complaint, then a study of migrant women',
	figureIds: [
		'forces-asked-2018',
		'forces-referring-2018',
		'event-super-complaint-migrant',
		'event-safe-to-share',
		'lawrs-sample',
		'lawrs-not-believed'
	],
	states: [
		{ id: 'forces', label: 'Police forces', figureIds: ['forces-asked-2018', 'forces-referring-2018'] },
		{ id: 'super-complaint', label: 'Super-complaint', figureIds: ['event-super-complaint-migrant'] },
		{
			id: 'safe-to-share',
			label: '“Safe to share?”',
			figureIds: ['event-super-complaint-migrant', 'event-safe-to-share']
		},
		{ id: 'believed', label: 'Not believed', figureIds: ['lawrs-sample', 'lawrs-not-believed'] }
	]
});

export type State = StateOf<typeof spec>;
