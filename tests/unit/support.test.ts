import { describe, expect, it } from 'vitest';
import { supportLines, supportSources, validateSupportLines, type SupportLine } from '../../src/lib/data/support';

const line = (id: string): SupportLine => {
	const found = supportLines.find((l) => l.id === id);
	if (!found) throw new Error(`no support line ${id}`);
	return found;
};

describe('support information', () => {
	it('backs every number, hour and web address with a quote from a source record', () => {
		expect(() => validateSupportLines(supportLines, supportSources)).not.toThrow();
	});

	it('rejects a phone number no source gives', () => {
		const bad = { ...line('rape-crisis-support-line'), phone: '0808 000 0000' };
		expect(() => validateSupportLines([bad], supportSources)).toThrow(/no quote gives the number/);
	});

	it('rejects an hour no source gives, and hours not 24/7 without the date they were published', () => {
		const wrongHour = { ...line('southall-black-sisters'), hours: 'Monday to Friday, 9am to 7pm' };
		expect(() => validateSupportLines([wrongHour], supportSources)).toThrow(/no quote gives the hour “7pm”/);
		const { hoursAsOf: _dropped, ...undated } = line('galop');
		expect(() => validateSupportLines([undated], supportSources)).toThrow(/does not say when its hours were published/);
	});

	it('says that pressing 55 works from a mobile', () => {
		expect(line('emergency-999').how).toMatch(/mobile/);
		const bad = { ...line('emergency-999'), how: 'Press 55 if you cannot speak.' };
		expect(() => validateSupportLines([bad], supportSources)).toThrow(/mobile/);
	});

	it('includes the Rape Crisis 24/7 Support Line, by its web address, with no number no source gives', () => {
		const rc = line('rape-crisis-support-line');
		expect(rc.web).toBe('https://247sexualabusesupport.org.uk');
		expect(rc.phone).toBeUndefined();
		expect(rc.hours).toMatch(/24 hours/);
	});

	it('gives the hours of every line that is not open 24 hours, with when they were published', () => {
		for (const l of supportLines.filter((x) => x.hours && !/24 hours/.test(x.hours)))
			expect(l.hoursAsOf, l.id).toBeTruthy();
	});
});
