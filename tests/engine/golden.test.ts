/**
 * Golden results of named scenarios: the median index per year (2 decimals) and
 * the spending per year (whole Rupiah), deterministic and Monte Carlo (50 draws,
 * seed 7), recorded from the engine as it stood when this file was written.
 *
 * A golden change is not a test failure to silence: the commit that changes
 * these numbers must say why they moved (which mechanism, which default), and
 * bump MODEL_VERSION when results change for users.
 *
 * 2022 is a replay year: it repeats the recorded 0.69 % share with the status-quo
 * levers whatever the scenario, so every scenario spends the same that year.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario, type Inputs } from '../../src/lib/scenario/scenario';

const SEED = 7;
const MC_DRAWS = 50;
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];

interface Golden {
	p50: number[];
	spent: number[];
}

interface NamedScenario {
	name: string;
	inputs: Inputs;
	deterministic: Golden;
	monteCarlo: Golden;
}

const STATUS_QUO_SPENT = [
	346500000, 378000000, 381000000, 384000000, 427500000, 430500000, 474000000, 477000000, 522000000
];
const SHARE_15_SPENT = [
	346500000, 721500000, 721500000, 721500000, 709500000, 709500000, 709500000, 709500000, 709500000
];
const SHARE_15_COVERAGE_SPENT = [
	346500000, 807000000, 852000000, 895500000, 940500000, 985500000, 1030500000, 1086000000,
	1086000000
];
const ZERO_SPENT = [346500000, 0, 0, 0, 0, 0, 0, 0, 0];

const NAMED: NamedScenario[] = [
	{
		name: 'status quo (default)',
		inputs: {},
		deterministic: {
			p50: [66.95, 69.38, 70.78, 71.8, 73.55, 73.09, 74.45, 74.54, 74.89],
			spent: STATUS_QUO_SPENT
		},
		monteCarlo: {
			p50: [66.78, 69.35, 70.57, 71.93, 73.34, 73.11, 74.46, 74.35, 75.1],
			spent: STATUS_QUO_SPENT
		}
	},
	{
		name: 'share 1.5 %',
		inputs: { trainingBudgetShare: 1.5 },
		deterministic: {
			p50: [66.95, 76.92, 77.84, 77.79, 78.14, 78.05, 78.29, 78.25, 78.49],
			spent: SHARE_15_SPENT
		},
		monteCarlo: {
			p50: [66.78, 76.93, 77.71, 77.85, 78.01, 78.1, 78.28, 78.34, 78.57],
			spent: SHARE_15_SPENT
		}
	},
	{
		name: 'share 1.5 % + all units 80 % coverage + matched 90 %',
		inputs: { trainingBudgetShare: 1.5, coverage: 80, matchedToDuties: 90 },
		deterministic: {
			p50: [66.95, 77.5, 80.9, 81.44, 82.64, 83.62, 84.24, 85.12, 85.51],
			spent: SHARE_15_COVERAGE_SPENT
		},
		monteCarlo: {
			p50: [66.78, 77.46, 80.75, 81.42, 82.76, 83.5, 84.38, 85.19, 85.81],
			spent: SHARE_15_COVERAGE_SPENT
		}
	},
	{
		name: 'zero budget (from the first planning year)',
		inputs: { trainingBudgetShare: 0 },
		deterministic: {
			p50: [66.95, 63.3, 60.26, 60.11, 60.46, 60.25, 60.75, 60.55, 60.9],
			spent: ZERO_SPENT
		},
		monteCarlo: {
			p50: [66.78, 63.29, 60.18, 60.04, 60.38, 60.23, 60.74, 60.51, 60.91],
			spent: ZERO_SPENT
		}
	}
];

const round2 = (x: number) => Math.round(x * 100) / 100;

function goldenOf(inputs: Inputs, draws: number): Golden {
	const result = project(resolveScenario({ ...defaultScenario(), seed: SEED, inputs }, { draws }));
	expect(result.years.map((y) => y.year)).toEqual(YEARS);
	return {
		p50: result.years.map((y) => round2(y.index.p50)),
		spent: result.years.map((y) => Math.round(y.budget.spent))
	};
}

describe('golden results of named scenarios', () => {
	describe('deterministic', () => {
		it.each(NAMED)('$name', ({ inputs, deterministic }) => {
			expect(goldenOf(inputs, 0)).toEqual(deterministic);
		});
	});

	describe(`Monte Carlo, ${MC_DRAWS} draws, seed ${SEED}`, () => {
		it.each(NAMED)('$name', ({ inputs, monteCarlo }) => {
			expect(goldenOf(inputs, MC_DRAWS)).toEqual(monteCarlo);
		});
	});
});
