import { expect } from '@playwright/test';
import { count, display, expectMarks, marks, show, unitChartTests, value } from './unit-chart-helpers';

unitChartTests('walk-talk-scale', {
	pages: ['/', '/measures/walk-and-talk/'],
	first: { state: 'pilot', mark: 'officer', count: count('walk-talk-officers') },
	walk: async (figure) => {
		await show(figure, 'pilot');
		await expectMarks(marks(figure, 'officer'), count('walk-talk-officers'));
		await expect(marks(figure, 'women')).toHaveCount(0);
		await expectMarks(marks(figure, 'killed'), 0);
		await expect(value(figure, 'officers')).toHaveText(display('walk-talk-officers'));

		await show(figure, 'prevalence');
		// The same officers, beside the women, drawn at one scale and pointed out by a ring.
		await expectMarks(marks(figure, 'officer'), count('walk-talk-officers'));
		await expect(marks(figure, 'women')).toHaveCount(1);
		await expect(marks(figure, 'women')).toHaveAttribute('data-value', display('ons-women-da-2020'));
		await expect(figure.locator('[data-mark="ring"]')).toHaveCount(1);
		await expect(value(figure, 'women')).toHaveText(display('ons-women-da-2020'));
		await expect(value(figure, 'officers-to-scale')).toHaveText(display('walk-talk-officers'));
		// No worked-out comparison anywhere in the chart.
		await expect(figure.locator('.chart')).not.toContainText(/per \d|1 in [\d,]+|%/);

		await show(figure, 'killed');
		await expectMarks(marks(figure, 'killed'), count('partner-killings-per-year'));
		await expectMarks(marks(figure, 'officer'), 0);
		await expect(marks(figure, 'women')).toHaveCount(0);
		await expect(figure.locator('[data-mark="ring"]')).toHaveCount(0);
		await expect(value(figure, 'killed')).toHaveText(display('partner-killings-per-year'));

		// And back up: the first state again.
		await show(figure, 'pilot');
		await expectMarks(marks(figure, 'officer'), count('walk-talk-officers'));
		await expectMarks(marks(figure, 'killed'), 0);
	}
});
