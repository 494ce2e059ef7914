import { describe, expect, it } from 'vitest';
import { isUnchangedLink } from '../../src/lib/ui/scenarios/linkOrigin';

const link = { inputs: { trainingBudgetShare: 1.2 }, seed: 7 };

describe('isUnchangedLink', () => {
	it('is true for an unsaved screen that still shows what the link opened', () => {
		expect(isUnchangedLink(link, { ...link }, { saved: false, dirty: true })).toBe(true);
		// The same content written out differently (a default spelled out) is the same link.
		expect(
			isUnchangedLink(
				link,
				{ inputs: { trainingBudgetShare: 1.2, seminarCoverage: 45 }, seed: 7 },
				{ saved: false, dirty: true }
			)
		).toBe(true);
	});

	it('is false once the screen is edited: that is unsaved work', () => {
		const edited = { inputs: { trainingBudgetShare: 1.3 }, seed: 7 };
		expect(isUnchangedLink(link, edited, { saved: false, dirty: true })).toBe(false);
		expect(isUnchangedLink(link, { ...link, seed: 8 }, { saved: false, dirty: true })).toBe(false);
	});

	it('is false for a saved scenario, the status quo, or a page that opened nothing', () => {
		expect(isUnchangedLink(link, link, { saved: true, dirty: true })).toBe(false);
		expect(isUnchangedLink({}, {}, { saved: false, dirty: false })).toBe(false);
		expect(isUnchangedLink(undefined, link, { saved: false, dirty: true })).toBe(false);
	});
});
