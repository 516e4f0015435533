import { expect } from '@playwright/test';
import { count, display, expectMarks, label, marks, show, unitChartTests } from './unit-chart-helpers';

unitChartTests('migrant-data-sharing', {
	pages: ['/', '/measures/migrant-women/'],
	first: { state: 'forces', mark: 'force', count: count('forces-asked-2018') },
	walk: async (figure) => {
		await show(figure, 'forces');
		await expectMarks(marks(figure, 'force'), count('forces-asked-2018'));
		await expectMarks(
			figure.locator('[data-mark="force"].highlight:not([data-hidden])'),
			count('forces-referring-2018')
		);
		await expect(label(figure, 'asked')).toHaveAttribute('data-value', display('forces-asked-2018'));
		await expect(label(figure, 'referred')).toHaveAttribute('data-value', display('forces-referring-2018'));
		await expect(label(figure, 'not-said')).toContainText(/did not say they did/i);

		await show(figure, 'super-complaint');
		await expectMarks(marks(figure, 'force'), 0);
		await expect(marks(figure, 'axis')).toHaveCount(1);
		await expect(marks(figure, 'event')).toHaveCount(1);
		await expect(label(figure, 'super-complaint')).toHaveAttribute(
			'data-value',
			display('event-super-complaint-migrant')
		);

		await show(figure, 'safe-to-share');
		await expect(marks(figure, 'event')).toHaveCount(2);
		await expect(label(figure, 'safe-to-share')).toHaveAttribute('data-value', display('event-safe-to-share'));
		await expect(label(figure, 'safe-to-share')).toContainText('Safe to share?');

		await show(figure, 'believed');
		await expect(marks(figure, 'event')).toHaveCount(0);
		await expect(marks(figure, 'woman')).toHaveCount(3);
		await expect(figure.locator('[data-mark="woman"].highlight')).toHaveCount(2);
		await expect(label(figure, 'not-believed')).toHaveAttribute('data-value', display('lawrs-not-believed'));
		await expect(label(figure, 'sample')).toContainText(display('lawrs-sample'));
		await expect(label(figure, 'sample')).toContainText('not representative');

		await show(figure, 'forces');
		await expectMarks(marks(figure, 'force'), count('forces-asked-2018'));
		await expect(marks(figure, 'woman')).toHaveCount(0);
	}
});
