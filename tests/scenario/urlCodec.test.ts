/**
 * Share links: what a scenario writes, what a link reads back as, why a bad
 * link is refused, how an old link is migrated, and that a link restores
 * exactly the same numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../src/lib/scenario/agency';
import { BONTANG_UNITS } from '../../src/lib/scenario/bontang';
import { INPUT_SPECS, type NumberSpec } from '../../src/lib/scenario/inputSpecs';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { prepareFormulas } from '../../src/lib/scenario/technicalResponse';
import {
	DEFAULT_SEED,
	MODEL_VERSION,
	SCHEMA_VERSION,
	checkYears,
	effectiveInput,
	defaultScenario,
	scenarioSchema,
	type Inputs,
	type Scenario
} from '../../src/lib/scenario/scenario';
import {
	LINK_MIGRATIONS,
	hasScenarioParams,
	minimalInputs,
	scenarioFromSearchParams,
	scenarioToSearchParams,
	type LinkOptions,
	type LinkProblem
} from '../../src/lib/scenario/urlCodec';

/** The calendar's planning years as a link writes them, today being 2026-12-07 (vite.config.ts). */
const PLAN_YEARS = 'i.firstPlanningYear=2027&i.endYear=2030&i.targetYear=2029';

const scenarioWith = (inputs: Inputs, seed = DEFAULT_SEED): Scenario => ({
	...defaultScenario(),
	seed,
	inputs
});

describe('scenarioToSearchParams', () => {
	// The planning years' defaults follow the calendar (2027, 2029, 2030 on the tests' pinned
	// today), so a link always writes them out: it must mean the same years next year.
	const cases: Array<{ name: string; scenario: Scenario; options?: LinkOptions; query: string }> = [
		{ name: 'the status quo', scenario: scenarioWith({}), query: `v=1.0.0&s=2&${PLAN_YEARS}` },
		{
			name: 'the example of the brief',
			scenario: scenarioWith({
				fundingRule: 'least_covered_first',
				'coverage.anggaran': 80,
				trainingBudgetShare: 1.5
			}),
			query: `v=1.0.0&s=2&i.trainingBudgetShare=1.5&i.coverage.anggaran=80&i.fundingRule=least_covered_first&${PLAN_YEARS}`
		},
		{
			name: 'a saved scenario at a version, another seed, draws',
			scenario: scenarioWith({ matchedToDuties: 90 }, 7),
			options: { id: 'abc-123', version: 4, draws: 1000 },
			query: `v=1.0.0&s=2&id=abc-123&rev=4&seed=7&d=1000&i.matchedToDuties=90&${PLAN_YEARS}`
		},
		{
			name: 'a version without an id is left out',
			scenario: scenarioWith({}),
			options: { version: 4 },
			query: `v=1.0.0&s=2&${PLAN_YEARS}`
		},
		{
			name: 'inputs equal to their defaults are left out',
			scenario: scenarioWith({
				trainingBudgetShare: 0.69,
				coverage: 50,
				fundingRule: 'points_per_rupiah'
			}),
			query: `v=1.0.0&s=2&${PLAN_YEARS}`
		},
		{
			name: 'a unit equal to its family is left out; one equal to the spec default is not',
			scenario: scenarioWith({ coverage: 80, 'coverage.aset': 80, 'coverage.anggaran': 50 }),
			query: `v=1.0.0&s=2&i.coverage=80&i.coverage.anggaran=50&${PLAN_YEARS}`
		},
		{
			name: 'a year equal to the share of every year is left out',
			scenario: scenarioWith({
				trainingBudgetShare: 1.2,
				'trainingBudgetShare.2027': 1.2,
				'trainingBudgetShare.2028': 0.69
			}),
			query: `v=1.0.0&s=2&i.trainingBudgetShare=1.2&i.trainingBudgetShare.2028=0.69&${PLAN_YEARS}`
		},
		{
			name: 'numbers with a dot, whatever the page language; big ones in full',
			scenario: scenarioWith({ costBimtekOutOfTown: 12_500_000, effectHalfLifeMonths: 10.5 }),
			query: `v=1.0.0&s=2&${PLAN_YEARS}&i.costBimtekOutOfTown=12500000&i.effectHalfLifeMonths=10.5`
		},
		{
			name: 'years of its own are written as they are, in the spec order',
			scenario: scenarioWith({ firstPlanningYear: 2023, targetYear: 2026, endYear: 2030 }),
			query: 'v=1.0.0&s=2&i.firstPlanningYear=2023&i.endYear=2030&i.targetYear=2026'
		}
	];

	it.each(cases)('$name', ({ scenario, options, query }) => {
		const before = structuredClone(scenario);
		expect(scenarioToSearchParams(scenario, options).toString()).toBe(query);
		expect(scenario).toEqual(before);
	});
});

describe('scenarioFromSearchParams: links that open', () => {
	const cases: Array<{
		name: string;
		query: string;
		inputs: Inputs;
		seed?: number;
		id?: string;
		version?: number;
		draws?: number;
		notices?: RegExp[];
	}> = [
		{
			name: 'the example of the brief',
			query:
				'v=1.0.0&s=2&i.trainingBudgetShare=1.5&i.coverage.anggaran=80&i.fundingRule=least_covered_first',
			inputs: {
				trainingBudgetShare: 1.5,
				'coverage.anggaran': 80,
				fundingRule: 'least_covered_first'
			}
		},
		{
			name: 'a saved scenario with a seed and draws',
			query: 'v=1.0.0&s=2&id=abc_123&rev=12&seed=7&d=0&i.matchedToDuties=90',
			inputs: { matchedToDuties: 90 },
			seed: 7,
			id: 'abc_123',
			version: 12,
			draws: 0
		},
		{ name: 'only an id', query: 'id=abc', inputs: {}, id: 'abc' },
		{ name: 'no params at all', query: '', inputs: {} },
		{
			name: 'params that are not the scenario’s are ignored',
			query: 'lang=en&utm_source=wa&v=1.0.0&s=2&i.coverage=70',
			inputs: { coverage: 70 }
		},
		{
			name: 'another model version opens, with a notice',
			query: 'v=0.9.0&s=2&i.coverage=70',
			inputs: { coverage: 70 },
			notices: [/model version 0\.9\.0.*numbers may differ/]
		},
		{
			name: 'a link cut short before `s` still reads as today’s format',
			query: 'i.coverage=70&seed=7',
			inputs: { coverage: 70 },
			seed: 7,
			notices: [/does not say which model version/]
		},
		{
			name: 'exponent notation reads back',
			query: 'v=1.0.0&s=2&i.trainingBudgetShare=1e-7',
			inputs: { trainingBudgetShare: 1e-7 }
		}
	];

	it.each(cases)('$name', ({ query, inputs, seed, id, version, draws, notices = [] }) => {
		const result = scenarioFromSearchParams(new URLSearchParams(query));
		if (!result.ok) throw new Error(result.reason);
		expect(result.scenario).toEqual({
			schemaVersion: SCHEMA_VERSION,
			modelVersion: new URLSearchParams(query).get('v') ?? MODEL_VERSION,
			seed: seed ?? DEFAULT_SEED,
			inputs
		});
		expect(result.id).toBe(id);
		expect(result.version).toBe(version);
		expect(result.draws).toBe(draws);
		expect(result.notices).toHaveLength(notices.length);
		notices.forEach((pattern, k) => expect(result.notices[k]).toMatch(pattern));
		expect(scenarioSchema.safeParse(result.scenario).success).toBe(true);
	});
});

describe('scenarioFromSearchParams: links that cannot be opened say why', () => {
	const cases: Array<{
		name: string;
		query: string;
		problem: Partial<LinkProblem>;
		reason: RegExp;
	}> = [
		{
			name: 'a newer schema',
			query: 'v=2.0.0&s=3&i.coverage=70',
			problem: { code: 'newerSchema', param: 's', got: 3, supported: 2 },
			reason: /newer version.*format 3.*up to 2/
		},
		{
			name: 'a schema that is not a number',
			query: 's=one',
			problem: { code: 'badSchema', param: 's' },
			reason: /s \(the link format\) must be a whole number/
		},
		{
			name: 'an input out of range',
			query: 'v=1.0.0&s=2&i.coverage.anggaran=120',
			problem: { code: 'outOfRange', param: 'i.coverage.anggaran', min: 0, max: 100 },
			reason: /i\.coverage\.anggaran must be between 0 and 100; got 120/
		},
		{
			name: 'a decimal comma',
			query: 'v=1.0.0&s=2&i.trainingBudgetShare=1,5',
			problem: { code: 'decimalComma', param: 'i.trainingBudgetShare', suggestion: '1.5' },
			reason: /decimal dot: 1\.5, not 1,5/
		},
		{
			name: 'not a number',
			query: 'v=1.0.0&s=2&i.trainingBudgetShare=lots',
			problem: { code: 'notANumber', param: 'i.trainingBudgetShare' },
			reason: /must be a number; got "lots"/
		},
		{
			name: 'a fraction where a whole number is needed',
			query: 'v=1.0.0&s=2&i.leadershipPlaces=2.5',
			problem: { code: 'notWhole', param: 'i.leadershipPlaces' },
			reason: /whole number/
		},
		{
			name: 'a choice that does not exist',
			query: 'v=1.0.0&s=2&i.fundingRule=random',
			problem: {
				code: 'notAChoice',
				param: 'i.fundingRule',
				allowed: ['points_per_rupiah', 'pro_rata', 'least_covered_first']
			},
			reason: /one of points_per_rupiah, pro_rata, least_covered_first; got "random"/
		},
		{
			name: 'an input the simulator does not have',
			query: 'v=1.0.0&s=2&i.bonus=3',
			problem: { code: 'unknownInput', param: 'i.bonus' },
			reason: /i\.bonus is not an input/
		},
		{
			name: 'a per-year override that is not a year',
			query: 'v=1.0.0&s=2&i.trainingBudgetShare.next=1',
			problem: { code: 'invalid', param: 'i.trainingBudgetShare.next' },
			reason: /not a year/
		},
		{
			name: 'a seed out of range',
			query: 'v=1.0.0&s=2&seed=99999999999',
			problem: { code: 'outOfRange', param: 'seed' },
			reason: /seed must be between 0 and 4294967295/
		},
		{
			name: 'a negative seed',
			query: 'v=1.0.0&s=2&seed=-1',
			problem: { code: 'notWhole', param: 'seed' },
			reason: /seed must be a whole number/
		},
		{
			name: 'too many draws',
			query: 'v=1.0.0&s=2&d=100000',
			problem: { code: 'outOfRange', param: 'd', max: 5000 },
			reason: /d must be between 0 and 5000/
		},
		{
			name: 'a saved version that is not a version',
			query: 'v=1.0.0&s=2&id=abc&rev=0',
			problem: { code: 'outOfRange', param: 'rev', min: 1 },
			reason: /rev must be between 1 and/
		},
		{
			name: 'an id with markup in it',
			query: 'v=1.0.0&s=2&id=<b>x</b>',
			problem: { code: 'badId', param: 'id' },
			reason: /id must be a saved scenario's id/
		},
		{
			name: 'a param given twice',
			query: 'v=1.0.0&s=2&i.coverage=70&i.coverage=80',
			problem: { code: 'repeated', param: 'i.coverage' },
			reason: /more than once/
		},
		{
			name: 'a schema-0 share that is not a number',
			query: 'share=abc',
			problem: { code: 'notANumber', param: 'share' },
			reason: /share must be a number/
		}
	];

	it.each(cases)('$name', ({ query, problem, reason }) => {
		const result = scenarioFromSearchParams(new URLSearchParams(query));
		if (result.ok) throw new Error(`should not open: ${query}`);
		expect(result.problem).toMatchObject(problem);
		expect(result.reason).toMatch(reason);
	});
});

describe('migrations', () => {
	it('has a step from every older schema version to the current one', () => {
		for (let version = 0; version < SCHEMA_VERSION; version++) {
			expect(LINK_MIGRATIONS[version], `migration from ${version}`).toBeDefined();
		}
	});

	/** Schema 1's planning years, which a link of schema 0 or 1 relied on when it left them out. */
	const SCHEMA1_YEARS = { firstPlanningYear: 2023, targetYear: 2026, endYear: 2030 };

	const cases: Array<{ name: string; query: string; inputs: Inputs; seed?: number }> = [
		{
			name: 'a schema-0 share as a fraction',
			query: 'share=0.015',
			inputs: { trainingBudgetShare: 1.5, ...SCHEMA1_YEARS }
		},
		{
			name: 'fractions without float noise',
			query: 'share=0.0069&coverage=0.6&coverage.anggaran=0.85&seed=7',
			inputs: {
				trainingBudgetShare: 0.69,
				coverage: 60,
				'coverage.anggaran': 85,
				...SCHEMA1_YEARS
			},
			seed: 7
		},
		{
			name: 'an explicit s=0',
			query: 's=0&share=0.02',
			inputs: { trainingBudgetShare: 2, ...SCHEMA1_YEARS }
		}
	];

	it.each(cases)('$name', ({ query, inputs, seed = DEFAULT_SEED }) => {
		const result = scenarioFromSearchParams(new URLSearchParams(query));
		if (!result.ok) throw new Error(result.reason);
		expect(result.scenario.inputs).toEqual(inputs);
		expect(result.scenario.seed).toBe(seed);
		expect(result.noticeDetails).toEqual([
			{ code: 'migrated', from: 0, to: SCHEMA_VERSION },
			{ code: 'noModelVersion', currentVersion: MODEL_VERSION }
		]);
		expect(result.notices[1]).toMatch(/numbers may differ/);
	});

	const schema1: Array<{ name: string; query: string; inputs: Inputs }> = [
		{
			name: 'without years: schema 1’s years are pinned',
			query: 'v=1.0.0&s=1&i.coverage=70',
			inputs: { coverage: 70, ...SCHEMA1_YEARS }
		},
		{
			name: 'with a first planning year of its own: it is kept, the others pinned',
			query: 'v=1.0.0&s=1&i.firstPlanningYear=2024&i.trainingBudgetShare=1.5',
			inputs: { trainingBudgetShare: 1.5, firstPlanningYear: 2024, targetYear: 2026, endYear: 2030 }
		},
		{
			name: 'with every year of its own: nothing is pinned',
			query: 'v=1.0.0&s=1&i.firstPlanningYear=2025&i.targetYear=2027&i.endYear=2028',
			inputs: { firstPlanningYear: 2025, targetYear: 2027, endYear: 2028 }
		}
	];

	it.each(schema1)('a schema-1 link $name, with a notice', ({ query, inputs }) => {
		const result = scenarioFromSearchParams(new URLSearchParams(query));
		if (!result.ok) throw new Error(result.reason);
		expect(result.scenario).toEqual({
			schemaVersion: SCHEMA_VERSION,
			modelVersion: MODEL_VERSION,
			seed: DEFAULT_SEED,
			inputs
		});
		expect(result.noticeDetails).toEqual([{ code: 'migrated', from: 1, to: SCHEMA_VERSION }]);
		expect(result.notices).toEqual([
			'This link uses an older link format (1); it was converted to format 2.'
		]);
	});

	it('a schema-1 link projects as a scenario with schema 1’s years written out', () => {
		const old = scenarioFromSearchParams(new URLSearchParams('v=1.0.0&s=1&i.coverage=70'));
		if (!old.ok) throw new Error(old.reason);
		const pinned = scenarioWith({ coverage: 70, ...SCHEMA1_YEARS });
		const run = runScenario(old.scenario);
		expect(run.result).toEqual(runScenario(pinned).result);
		expect(run.result.years[0].year).toBe(2022);
		expect(run.result.years.at(-1)!.year).toBe(2030);
		// Written again, the link says its years: it means the same next year.
		expect(scenarioToSearchParams(old.scenario).toString()).toBe(
			'v=1.0.0&s=2&i.coverage=70&i.firstPlanningYear=2023&i.endYear=2030&i.targetYear=2026'
		);
	});

	it('a schema-1 link whose own target year is before the pinned first planning year fails', () => {
		const result = scenarioFromSearchParams(
			new URLSearchParams('v=1.0.0&s=1&i.firstPlanningYear=2025&i.targetYear=2024')
		);
		if (result.ok) throw new Error('should not open');
		expect(result.problem).toMatchObject({ code: 'invalid', param: 'i.targetYear' });
		expect(result.reason).toMatch(/targetYear 2024 is before the first planning year 2025/);
	});

	it('a migrated link projects the same as the link written today', () => {
		const old = scenarioFromSearchParams(new URLSearchParams('share=0.015&coverage=0.8'));
		if (!old.ok) throw new Error(old.reason);
		const written = scenarioToSearchParams(old.scenario).toString();
		expect(written).toBe(
			'v=1.0.0&s=2&i.trainingBudgetShare=1.5&i.coverage=80&i.firstPlanningYear=2023&i.endYear=2030&i.targetYear=2026'
		);
		const today = scenarioFromSearchParams(new URLSearchParams(written));
		if (!today.ok) throw new Error(today.reason);
		expect(today.notices).toEqual([]);
		expect(runScenario(old.scenario).result).toEqual(runScenario(today.scenario).result);
	});

	it('a schema-0 value out of range is refused after migration, naming the new param', () => {
		const result = scenarioFromSearchParams(new URLSearchParams('share=0.2'));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/i\.trainingBudgetShare must be between 0 and 5/);
	});
});

describe('the agency in a link', () => {
	const agency: Agency = {
		name: 'Dinas Pendidikan & Kebudayaan Kota Contoh',
		startYear: 2025,
		unitNames: { sekretariat: 'Sekretariat Dinas', anggaran: 'Bidang SD / SMP' },
		ceilings: [
			{ year: 2025, amount: 12_000_000_000, source: 'DPA 2025' },
			{ year: 2026, amount: 12_750_000_000.5 }
		],
		spent: [
			{ year: 2025, amount: 90_000_000, source: 'LRA 2025' },
			{ year: 2026, share: 0.85 },
			{ year: 2027, amount: 100_000_000, share: 0.8 }
		],
		results: [
			{
				year: 2024,
				index: 61.5,
				scope: 'city',
				source: 'BKN, laporan IP ASN 2024 (kota)'
			},
			{
				year: 2025,
				index: 64.2,
				qualification: 18.5,
				competency: 20,
				performance: 21.7,
				discipline: 4,
				scope: 'agency',
				source: 'BKN, laporan IP ASN 2025 — é'
			}
		]
	};
	const scenario: Scenario = {
		...scenarioWith({ trainingBudgetShare: 1.2, firstPlanningYear: 2027, targetYear: 2029 }, 7),
		agency
	};

	it('round-trips exactly through the address bar', () => {
		const before = structuredClone(scenario);
		const params = scenarioToSearchParams(scenario);
		expect(scenario).toEqual(before);
		expect(params.get('a.name')).toBe(agency.name);
		expect(params.get('a.start')).toBe('2025');
		expect(params.get('a.ceiling.2025')).toBe('12000000000');
		const result = scenarioFromSearchParams(new URLSearchParams(`?${params.toString()}`));
		if (!result.ok) throw new Error(result.reason);
		expect(result.notices).toEqual([]);
		expect(result.scenario.agency).toEqual(agency);
		// A link carries no name (the saved scenario's id does).
		expect(result.scenario).toEqual({
			...scenario,
			name: undefined,
			inputs: minimalInputs(scenario.inputs)
		});
		expect(scenarioToSearchParams(result.scenario).toString()).toBe(params.toString());
		expect(runScenario(result.scenario).result).toEqual(runScenario(scenario).result);
	});

	it('a link without a. params plans for the default agency', () => {
		const result = scenarioFromSearchParams(scenarioToSearchParams(scenarioWith({})));
		if (!result.ok) throw new Error(result.reason);
		expect(result.scenario.agency).toBeUndefined();
		expect(
			[...scenarioToSearchParams(scenarioWith({})).keys()].some((k) => k.startsWith('a.'))
		).toBe(false);
	});

	const AGENCY = 'a.name=Dinas%20Contoh&a.start=2025&a.ceiling.2025=12000000000';
	const bad: Array<{ name: string; query: string; problem: Partial<LinkProblem>; reason: RegExp }> =
		[
			{
				name: 'a ceiling that is not a number',
				query: 'v=1.0.0&s=2&a.name=Dinas%20Contoh&a.start=2025&a.ceiling.2025=abc',
				problem: { code: 'notANumber', param: 'a.ceiling.2025' },
				reason: /a\.ceiling\.2025 must be a number; got "abc"/
			},
			{
				name: 'a figure the codec does not know',
				query: `v=1.0.0&s=2&${AGENCY}&a.foo.2025=1`,
				problem: { code: 'unknownAgencyParam', param: 'a.foo.2025' },
				reason: /a\.foo\.2025 is not an agency figure/
			},
			{
				name: 'an empty agency name',
				query: 'v=1.0.0&s=2&a.name=&a.start=2025&a.ceiling.2025=12000000000',
				problem: { code: 'invalid', param: 'a.name' },
				reason: /a\.name: the agency needs a name/
			},
			{
				name: 'a blank agency name',
				query: 'v=1.0.0&s=2&a.name=%20%20&a.start=2025&a.ceiling.2025=12000000000',
				problem: { code: 'invalid', param: 'a.name' },
				reason: /the agency needs a name/
			},
			{
				name: 'a ceiling of Rp 0',
				query: 'v=1.0.0&s=2&a.name=Dinas%20Contoh&a.start=2025&a.ceiling.2025=0',
				problem: { code: 'invalid', param: 'a.ceiling.2025' },
				reason: /a\.ceiling\.2025: a ceiling must be more than Rp 0/
			},
			{
				name: 'a spent share over 100 %',
				query: `v=1.0.0&s=2&${AGENCY}&a.spentShare.2025=120`,
				problem: { code: 'invalid', param: 'a.spentShare.2025' },
				reason: /a\.spentShare\.2025/
			},
			{
				name: 'a recorded result out of range',
				query: `v=1.0.0&s=2&${AGENCY}&a.index.2025=101&a.source.2025=BKN`,
				problem: { code: 'invalid', param: 'a.index.2025' },
				reason: /a\.index\.2025/
			},
			{
				name: 'no ceiling at all',
				query: 'v=1.0.0&s=2&a.name=Dinas%20Contoh&a.start=2025',
				problem: { code: 'invalid', param: 'a.ceilings' },
				reason: /pagu OPD/
			},
			{
				name: 'a first planning year not after the agency’s roster year',
				query: `v=1.0.0&s=2&${AGENCY}&i.firstPlanningYear=2025&i.targetYear=2026`,
				problem: { code: 'invalid', param: 'i.firstPlanningYear' },
				reason: /after the roster's year 2025; got 2025/
			}
		];

	it.each(bad)('$name fails, naming the param', ({ query, problem, reason }) => {
		const result = scenarioFromSearchParams(new URLSearchParams(query));
		if (result.ok) throw new Error(`should not open: ${query}`);
		expect(result.problem).toMatchObject(problem);
		expect(result.reason).toMatch(reason);
	});
});

describe('the planning years in a link', () => {
	it.each([
		[
			'v=1.0.0&s=2&i.firstPlanningYear=2028&i.targetYear=2027',
			/targetYear 2027 is before the first planning year 2028; choose 2028 or later/
		],
		// The default first planning year (2027 on the tests' today) counts too.
		['v=1.0.0&s=2&i.targetYear=2026', /targetYear 2026 is before the first planning year 2027/]
	])(
		'a target year before the first planning year fails naming i.targetYear: %s',
		(query, reason) => {
			const result = scenarioFromSearchParams(new URLSearchParams(query));
			if (result.ok) throw new Error(`should not open: ${query}`);
			expect(result.problem).toMatchObject({ code: 'invalid', param: 'i.targetYear' });
			expect(result.reason).toMatch(/^i\.targetYear: /);
			expect(result.reason).toMatch(reason);
		}
	);

	it('a horizon past 15 years after the roster’s year fails naming the year', () => {
		const result = scenarioFromSearchParams(new URLSearchParams('v=1.0.0&s=2&i.endYear=2037'));
		if (result.ok) throw new Error('should not open');
		expect(result.problem).toMatchObject({ code: 'invalid', param: 'i.endYear' });
		expect(result.reason).toMatch(
			/at most 15 years after the roster's year 2021 \(2036\); got 2037/
		);
	});

	it('a target year equal to the first planning year opens', () => {
		const result = scenarioFromSearchParams(
			new URLSearchParams('v=1.0.0&s=2&i.firstPlanningYear=2028&i.targetYear=2028')
		);
		if (!result.ok) throw new Error(result.reason);
		expect(result.scenario.inputs).toEqual({ firstPlanningYear: 2028, targetYear: 2028 });
	});
});

describe('hasScenarioParams', () => {
	it.each([
		['', false],
		['lang=en', false],
		['id=abc', false],
		['s=1', true],
		['v=1.0.0', true],
		['i.coverage=70', true],
		['a.name=Dinas', true],
		['share=0.015', true]
	])('%s → %s', (query, expected) => {
		expect(hasScenarioParams(new URLSearchParams(query))).toBe(expected);
	});
});

// ── Round trips ──────────────────────────────────────────────────────────────

const WHOLE_UNITS = new Set(['year', 'placesPerYear', 'peoplePerYear', 'years']);
const YEARS = Array.from({ length: 14 }, (_, k) => 2023 + k);

function numberArb(spec: NumberSpec): fc.Arbitrary<number> {
	if (WHOLE_UNITS.has(spec.unit)) return fc.integer({ min: spec.min, max: spec.max });
	const steps = Math.floor((spec.max - spec.min) / spec.step);
	return fc.oneof(
		// On the slider's grid, as a planner sets it…
		fc.integer({ min: 0, max: steps }).map((k) => Number((spec.min + k * spec.step).toFixed(6))),
		// …or any number the schema allows, as a typed value or an import may carry.
		fc.double({ min: spec.min, max: spec.max, noNaN: true })
	);
}

/** Every input id a scenario may carry, with the values it may take. */
const INPUT_ARBS: Array<[string, fc.Arbitrary<number | string>]> = INPUT_SPECS.flatMap((spec) => {
	if (spec.type === 'choice') {
		return [[spec.id, fc.constantFrom(...spec.options.map((o) => o.value))]];
	}
	if (spec.type === 'formula') {
		// Spaces, '+', '?', ':', '<', '^' and '&'-free text: what a link must encode and decode.
		const formulas = fc.constantFrom(
			'1 - exp(-jp / 24)',
			'jp < 20 ? 0 : min(1, jp/40)',
			'min(1.2, 0.5 + jp^0.5 / 20)',
			'1e-2 * jp <= 1 ? 1e-2 * jp : 1'
		);
		return [[spec.id, formulas]];
	}
	const arb = numberArb(spec);
	const members = spec.perUnit
		? BONTANG_UNITS.map((u) => `${spec.id}.${u.id}`)
		: spec.perYear
			? YEARS.map((y) => `${spec.id}.${y}`)
			: [];
	return [spec.id, ...members].map((id): [string, fc.Arbitrary<number | string>] => [id, arb]);
});

const inputsArb: fc.Arbitrary<Inputs> = fc
	.subarray(INPUT_ARBS, { maxLength: 14 })
	.chain((chosen) =>
		fc
			.tuple(...chosen.map(([, arb]) => arb))
			.map((values) => Object.fromEntries(chosen.map(([id], k) => [id, values[k]])))
	)
	// Only scenarios the schema accepts: the years in order, within the horizon.
	.filter((inputs) => checkYears(inputs, undefined) === null);

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
	schemaVersion: fc.constant(SCHEMA_VERSION),
	modelVersion: fc.constant(MODEL_VERSION),
	seed: fc.oneof(fc.constant(DEFAULT_SEED), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
	inputs: inputsArb
});

/**
 * What the engine reads of every input: the effective value, family and defaults applied.
 * −0 counts as 0: a link writes both as "0", and no input tells them apart.
 */
function effectiveInputs(inputs: Inputs): Record<string, number | string> {
	const plain = (v: number | string) => (Object.is(v, -0) ? 0 : v);
	return Object.fromEntries(INPUT_ARBS.map(([id]) => [id, plain(effectiveInput(inputs, id))]));
}

function roundTrip(scenario: Scenario, options: LinkOptions = {}) {
	const params = scenarioToSearchParams(scenario, options);
	// Through the address bar: text, not the URLSearchParams object.
	const result = scenarioFromSearchParams(new URLSearchParams(`?${params.toString()}`));
	if (!result.ok) throw new Error(`${params}: ${result.reason}`);
	return { params, result };
}

describe('round trip', () => {
	it('every scenario reads back with the same effective inputs, seed, id and draws', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: undefined }),
				fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
				fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
				(scenario, id, version, draws) => {
					const before = structuredClone(scenario);
					const { params, result } = roundTrip(scenario, { id, version, draws });
					expect(scenario).toEqual(before);
					expect(result.scenario.seed).toBe(scenario.seed);
					expect(result.id).toBe(id);
					expect(result.version).toBe(id === undefined ? undefined : version);
					expect(result.draws).toBe(draws);
					expect(result.notices).toEqual([]);
					expect(effectiveInputs(result.scenario.inputs)).toEqual(effectiveInputs(scenario.inputs));
					expect(result.scenario.inputs).toEqual(minimalInputs(scenario.inputs));
					// Writing what was read gives the same link.
					expect(scenarioToSearchParams(result.scenario, { id, version, draws }).toString()).toBe(
						params.toString()
					);
				}
			),
			// Seeded, as every test here: a failure is reproducible. (Seed 20210 once found −0.)
			{ numRuns: 500, seed: 20210 }
		);
	});

	const named: Array<{ name: string; inputs: Inputs; seed?: number }> = [
		{ name: 'status quo', inputs: {} },
		{
			name: 'the brief’s example',
			inputs: {
				trainingBudgetShare: 1.5,
				'coverage.anggaran': 80,
				fundingRule: 'least_covered_first'
			}
		},
		{
			name: 'per-unit and per-year overrides, assumptions, another seed',
			inputs: {
				coverage: 70,
				'coverage.aset': 50,
				'coverage.anggaran': 70,
				trainingBudgetShare: 1.1,
				'trainingBudgetShare.2024': 2.35,
				'trainingBudgetShare.2026': 1.1,
				effectHalfLifeMonths: 12.5,
				technicalCredit: 'pro_rata',
				costBimtekOutOfTown: 17_350_000
			},
			seed: 4242
		}
	];

	it.each(named)(
		'$name: encode → decode → runScenario gives identical results',
		({ inputs, seed }) => {
			const scenario = scenarioWith(inputs, seed);
			const { result } = roundTrip(scenario);
			expect(runScenario(result.scenario, { draws: 30 })).toEqual(
				runScenario(scenario, { draws: 30 })
			);
		}
	);

	it('random scenarios project identically after a round trip', async () => {
		await fc.assert(
			fc.asyncProperty(scenarioArb, async (scenario) => {
				const { result } = roundTrip(scenario);
				// A scenario with its own response curve needs the formula compiler loaded.
				await prepareFormulas(scenario.inputs);
				expect(runScenario(result.scenario)).toEqual(runScenario(scenario));
			}),
			{ numRuns: 25, seed: 20210 }
		);
	});
});
