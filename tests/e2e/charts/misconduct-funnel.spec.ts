import { expect } from '@playwright/test';
import { count, display, expectMarks, marks, show, unitChartTests, value } from './unit-chart-helpers';

unitChartTests('misconduct-funnel', {
	pages: ['/', '/measures/safe-connection/'],
	first: { state: 'accused', mark: 'accused', count: count('met-sm-accused') },
	walk: async (figure) => {
		await show(figure, 'accused');
		await expectMarks(marks(figure, 'accused'), count('met-sm-accused'));
		await expectMarks(marks(figure, 'formal-action'), 0);
		await expect(value(figure, 'accused')).toHaveText(display('met-sm-accused'));

		await show(figure, 'formal-action');
		await expectMarks(marks(figure, 'accused'), count('met-sm-accused'));
		await expectMarks(marks(figure, 'formal-action'), count('met-sm-formal-action'));
		await expectMarks(marks(figure, 'dismissed'), 0);
		await expect(value(figure, 'formal')).toHaveText(display('met-sm-formal-action'));

		await show(figure, 'dismissed');
		await expectMarks(marks(figure, 'formal-action'), count('met-sm-formal-action'));
		await expectMarks(marks(figure, 'dismissed'), count('met-sm-dismissed'));
		await expectMarks(marks(figure, 'resigned'), count('met-sm-resigned'));
		await expect(value(figure, 'dismissed')).toHaveText(display('met-sm-dismissed'));
		await expect(value(figure, 'resigned')).toHaveText(display('met-sm-resigned'));
		// A funnel of published counts: never a share who "kept their jobs".
		await expect(figure.locator('.chart')).not.toContainText(/%|kept their jobs|still serving/i);

		await show(figure, 'iopc');
		await expectMarks(marks(figure, 'accused'), 0);
		await expectMarks(marks(figure, 'dismissed'), 0);
		await expectMarks(marks(figure, 'iopc-2016'), count('iopc-apsp-2016'));
		await expectMarks(marks(figure, 'iopc-2020-21'), count('iopc-apsp-2020-21'));
		await expect(value(figure, 'iopc-2016')).toHaveText(display('iopc-apsp-2016'));
		await expect(value(figure, 'iopc-2020-21')).toHaveText(display('iopc-apsp-2020-21'));

		await show(figure, 'accused');
		await expectMarks(marks(figure, 'formal-action'), 0);
		await expectMarks(marks(figure, 'iopc-2016'), 0);
	}
});
