/** Fixtures the server suites share. */
import type { Agency } from '../../src/lib/scenario/agency';

/** An agency other than the default, with every kind of figure. */
export const AGENCY: Agency = {
	name: 'Dinas Pendidikan Kota Contoh',
	startYear: 2025,
	unitNames: { sd: 'Bidang SD' },
	ceilings: [
		{ year: 2025, amount: 12_000_000_000, source: 'DPA 2025' },
		{ year: 2026, amount: 12_600_000_000 }
	],
	spent: [
		{ year: 2025, amount: 90_000_000, source: 'LRA 2025' },
		{ year: 2026, share: 0.8 }
	],
	results: [{ year: 2025, index: 64.2, competency: 20, scope: 'agency', source: 'BKN 2025' }]
};
