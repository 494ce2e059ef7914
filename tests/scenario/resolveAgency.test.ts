/**
 * A scenario for another agency: the horizon starts after its roster's year, the years before
 * the plan replay its own records (the share it spent, of its own ceilings), and the plan's
 * years grow its last ceiling. The default agency keeps the study's figures.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import type { Agency } from '../../src/lib/scenario/agency';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { HISTORY_FUNDING_RULE, resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario, type Inputs, type Scenario } from '../../src/lib/scenario/scenario';

const AGENCY: Agency = {
	name: 'Dinas Pendidikan Kota Contoh',
	startYear: 2023,
	ceilings: [
		{ year: 2022, amount: 9_000_000_000 },
		{ year: 2023, amount: 10_000_000_000 },
		{ year: 2024, amount: 12_000_000_000 }
	],
	spent: [
		{ year: 2023, share: 1.1 },
		// Rupiah: 96 jt of 12 M is 0.8 %.
		{ year: 2024, amount: 96_000_000 }
	],
	results: [{ year: 2023, index: 62, scope: 'agency', source: 'BKN 2023' }]
};

const roster = bontangRoster();

/** The scenario for `agency`; null: a scenario naming none (the default agency). */
function scenarioFor(inputs: Inputs, agency: Agency | null = AGENCY): Scenario {
	return { ...defaultScenario(), inputs, ...(agency && { agency }) };
}

const resolve = (inputs: Inputs, agency?: Agency | null) =>
	resolveScenario(scenarioFor(inputs, agency), { roster });

describe('resolveScenario with an agency of its own', () => {
	const inputs: Inputs = {
		firstPlanningYear: 2026,
		targetYear: 2027,
		endYear: 2028,
		trainingBudgetShare: 1.5,
		ceilingGrowth: 5
	};
	const resolved = resolve(inputs);

	it('starts the horizon after its roster’s year, the plan at the first planning year', () => {
		expect(resolved.startYear).toBe(2023);
		expect(resolved.years.map((y) => [y.year, y.phase])).toEqual([
			[2024, 'replay'],
			[2025, 'replay'],
			[2026, 'plan'],
			[2027, 'plan'],
			[2028, 'plan']
		]);
		expect(resolved.target).toEqual({ value: 75, year: 2027 });
	});

	it('replays its recorded years with its own ceilings and recorded share, as recorded', () => {
		const [y2024, y2025] = resolved.years;
		expect(y2024).toMatchObject({
			ceiling: 12_000_000_000,
			ceilingGrowthYears: 0,
			fundingRule: HISTORY_FUNDING_RULE
		});
		expect(y2024.budgetShare).toBeCloseTo(0.008, 12);
		// After the last record the status quo holds: its last share, of the ceiling grown since.
		expect(y2025).toMatchObject({ ceiling: 12_000_000_000, ceilingGrowthYears: 1 });
		expect(y2025.budgetShare).toBeCloseTo(0.008, 12);
		expect(y2025.fundingRule).toBe(HISTORY_FUNDING_RULE);
	});

	it('plans from its last ceiling, grown, with the scenario’s share', () => {
		for (const [k, y] of resolved.years.slice(2).entries()) {
			expect(y).toMatchObject({ ceiling: 12_000_000_000, ceilingGrowthYears: 2 + k });
			expect(y.budgetShare).toBeCloseTo(0.015, 12);
			expect(y.fundingRule).toBe('points_per_rupiah');
		}
	});

	it('projects its Rupiah: the recorded amount in a recorded year, the grown ceiling after', () => {
		const result = project(resolved);
		const [y2024, y2025, y2026] = result.years;
		expect(y2024.budget.ceiling).toBe(12_000_000_000);
		expect(y2024.budget.allocated).toBeCloseTo(96_000_000, 3);
		expect(y2025.budget.ceiling).toBeCloseTo(12_600_000_000, 3);
		expect(y2026.budget.ceiling).toBeCloseTo(12_000_000_000 * 1.05 ** 2, 3);
		expect(y2026.budget.allocated).toBeCloseTo(0.015 * 12_000_000_000 * 1.05 ** 2, 3);
	});

	it('replays Rupiah recorded in a year without a ceiling of its own as those Rupiah', () => {
		// Only 2023's ceiling: 2024's is it grown by the scenario's 5 %, and 105 jt of it is 0.8 %.
		const grown: Agency = {
			...AGENCY,
			ceilings: [{ year: 2023, amount: 12_500_000_000 }],
			spent: [{ year: 2024, amount: 105_000_000 }]
		};
		const replayed = resolve(inputs, grown);
		expect(replayed.years[0]).toMatchObject({ year: 2024, ceilingGrowthYears: 1 });
		expect(replayed.years[0].budgetShare).toBeCloseTo(0.008, 12);
		expect(project(replayed).years[0].budget.allocated).toBeCloseTo(105_000_000, 3);
	});

	it('replays a year before its first record at its first recorded share', () => {
		const late: Agency = { ...AGENCY, spent: [{ year: 2025, share: 0.5 }] };
		const [y2024, y2025] = resolve(inputs, late).years;
		expect(y2024.budgetShare).toBeCloseTo(0.005, 12);
		expect(y2025.budgetShare).toBeCloseTo(0.005, 12);
	});

	it('a recorded share is the share, whatever the ceiling', () => {
		const shares: Agency = { ...AGENCY, spent: [{ year: 2024, share: 2 }] };
		expect(resolve(inputs, shares).years[0].budgetShare).toBeCloseTo(0.02, 12);
	});

	it('with the calendar’s years (plan from 2027, target 2029), replays 2024–2026', () => {
		const calendar = resolve({});
		expect(calendar.startYear).toBe(2023);
		expect(calendar.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
		expect(calendar.years.filter((y) => y.phase === 'replay').map((y) => y.year)).toEqual([
			2024, 2025, 2026
		]);
	});

	it('runs the horizon to the target year when it is after the last projected year', () => {
		const years = resolve({ firstPlanningYear: 2025, targetYear: 2030, endYear: 2027 }).years;
		expect(years.at(-1)!.year).toBe(2030);
	});

	it('measures the 15-year horizon from its roster’s year, not the study’s', () => {
		expect(resolve({ firstPlanningYear: 2024, endYear: 2038 }).years.at(-1)!.year).toBe(2038);
		expect(() => resolve({ firstPlanningYear: 2024, endYear: 2039 })).toThrow(
			/endYear: the projection ends at most 15 years after the roster's year 2023 \(2038\); got 2039/
		);
		// For the study's agency 2037 is already too far.
		expect(() => resolve({ endYear: 2037 }, null)).toThrow(/roster's year 2021 \(2036\)/);
	});

	it('refuses a plan that starts in or before its roster’s year, or a target before the plan', () => {
		expect(() => resolve({ firstPlanningYear: 2023 })).toThrow(
			/firstPlanningYear: firstPlanningYear must be after the roster's year 2023; got 2023/
		);
		expect(() => resolve({ firstPlanningYear: 2026, targetYear: 2025 })).toThrow(
			/targetYear: targetYear 2025 is before the first planning year 2026/
		);
	});
});

describe('resolveScenario with the default agency', () => {
	it('replays 2022 as recorded and 2023–2026 at the study’s last share, 0.69 % pro rata', () => {
		const resolved = resolve({}, null);
		expect(resolved.startYear).toBe(2021);
		const replay = resolved.years.filter((y) => y.phase === 'replay');
		expect(replay.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
		for (const y of replay) {
			expect(y.budgetShare).toBeCloseTo(0.0069, 12);
			expect(y.fundingRule).toBe(HISTORY_FUNDING_RULE);
			expect(y.ceilingGrowthYears).toBe(y.year - 2022);
		}
		expect(resolved.years.filter((y) => y.phase === 'plan').map((y) => y.year)).toEqual([
			2027, 2028, 2029, 2030
		]);
	});

	it('gives a scenario without an agency the same inputs as one naming the default’s figures', async () => {
		const { BONTANG_AGENCY } = await import('../../src/lib/scenario/agency');
		expect(resolve({ trainingBudgetShare: 1.2 }, null)).toEqual(
			resolve({ trainingBudgetShare: 1.2 }, BONTANG_AGENCY)
		);
	});
});
