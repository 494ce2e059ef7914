/**
 * A custom response curve in projections: the formula travels as the input
 * `technicalResponseCurve`, is compiled once into a table, and replaces the
 * built-in pro-rata rule in the engine. A formula that does not compile stops the
 * run with a message in both languages and is never half-applied.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import { responseAt } from '../../src/lib/engine/evolveYear';
import { checkFormulaText } from '../../src/lib/scenario/formulaText';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { runScenario } from '../../src/lib/scenario/runScenario';
import {
	checkInput,
	defaultScenario,
	scenarioSchema,
	type Inputs,
	type Scenario
} from '../../src/lib/scenario/scenario';
import {
	FormulaInputError,
	formulaInputProblems,
	loadFormulaCompiler,
	technicalResponseTable
} from '../../src/lib/scenario/technicalResponse';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import {
	checkScenarioFileFormulas,
	readScenarioFile,
	scenarioIssueText
} from '../../src/lib/ui/scenarios/scenarioFile';

const CURVE = 'technicalResponseCurve';
/** More technical training than the status quo, so the curve has trainees to act on. */
const PLAN: Inputs = { trainingBudgetShare: 2, coverage: 60 };

const scenarioWith = (inputs: Inputs): Scenario => ({ ...defaultScenario(), inputs });
const indexes = (inputs: Inputs, draws = 0) =>
	project(resolveScenario(scenarioWith(inputs), { draws })).years.map((y) => y.index!.p50);

describe('the formula compiler is loaded on demand', () => {
	// First in the file: nothing has loaded mathjs yet.
	it('a scenario with a formula cannot be resolved before its formulas are prepared', () => {
		expect(() => resolveScenario(scenarioWith({ ...PLAN, [CURVE]: '0' }))).toThrow(
			/await prepareFormulas/
		);
		// A scenario without one never needs it.
		expect(resolveScenario(scenarioWith(PLAN)).assumptions.technicalResponse).toBeUndefined();
	});
});

describe('the response curve in projections', () => {
	beforeAll(loadFormulaCompiler);

	it('the built-in curve written as a formula projects exactly the built-in projection', () => {
		for (const draws of [0, 30]) {
			expect(indexes({ ...PLAN, [CURVE]: 'min(1, jp / 32)' }, draws)).toEqual(indexes(PLAN, draws));
		}
		// It follows "JP for the full effect" as the built-in rule does.
		expect(indexes({ ...PLAN, jpForFullEffect: 48, [CURVE]: 'min(1, jp / 48)' })).toEqual(
			indexes({ ...PLAN, jpForFullEffect: 48 })
		);
	});

	it('acts on performance only: qualification, competency and discipline stay as built in', () => {
		const dims = (inputs: Inputs) =>
			project(resolveScenario(scenarioWith(inputs))).years.map((y) => y.dimensions);
		const builtIn = dims(PLAN);
		for (const formula of ['0', '1.5', '1 - exp(-jp / 24)']) {
			const custom = dims({ ...PLAN, [CURVE]: formula });
			custom.forEach((d, y) => {
				expect(d.qualification, formula).toBe(builtIn[y].qualification);
				expect(d.competency, formula).toBe(builtIn[y].competency);
				expect(d.discipline, formula).toBe(builtIn[y].discipline);
			});
		}
		const none = dims({ ...PLAN, [CURVE]: '0' });
		const last = builtIn.length - 1;
		expect(none[last].performance).toBeLessThan(builtIn[last].performance);
	});

	it('a higher curve never lowers any year’s index, and a full curve raises the target year', () => {
		const levels = ['0', '0.25', '0.5', '1', '1.5'];
		const runs = levels.map((level) => indexes({ ...PLAN, [CURVE]: level }));
		for (let k = 1; k < runs.length; k++) {
			runs[k].forEach((value, y) =>
				expect(value, `${levels[k]} vs ${levels[k - 1]}, year ${y}`).toBeGreaterThanOrEqual(
					runs[k - 1][y] - 1e-9
				)
			);
		}
		const last = runs[0].length - 1;
		expect(runs[4][last]).toBeGreaterThan(runs[0][last]);
	});

	it('a curve that saturates sooner gives more for the same short courses (24 JP in town)', () => {
		// Built in, a 24 JP Bimtek buys 24/32 of the effect; this curve gives all of it from 20 JP.
		const sooner = indexes({ ...PLAN, [CURVE]: 'jp >= 20 ? 1 : jp / 20' });
		const builtIn = indexes(PLAN);
		const last = builtIn.length - 1;
		expect(sooner[last]).toBeGreaterThan(builtIn[last]);
	});

	it('is compiled once per formula: the same table serves every run', () => {
		const a = technicalResponseTable({ [CURVE]: '1 - exp(-jp / 24)' });
		const b = technicalResponseTable({ [CURVE]: ' 1 - exp(-jp / 24) ' });
		expect(a).toBeInstanceOf(Float64Array);
		expect(b).toBe(a);
		expect(technicalResponseTable({})).toBeUndefined();
		expect(technicalResponseTable({ [CURVE]: '' })).toBeUndefined();
	});

	it('the engine reads the table linearly between whole JP and holds the last value beyond', () => {
		const table = Float64Array.from([0, 0.5, 1]);
		expect(responseAt(table, 0)).toBe(0);
		expect(responseAt(table, 0.5)).toBe(0.25);
		expect(responseAt(table, 1)).toBe(0.5);
		expect(responseAt(table, 1.5)).toBe(0.75);
		expect(responseAt(table, 2)).toBe(1);
		expect(responseAt(table, 40)).toBe(1);
		expect(responseAt(table, -3)).toBe(0);
	});
});

describe('a formula that cannot be used changes nothing', () => {
	beforeAll(loadFormulaCompiler);

	it.each([
		['jp / 0', 'not_finite'],
		['2 * jp', 'out_of_range'],
		['jp +', 'syntax'],
		['(jp', 'syntax']
	])('%s stops the run with a message in both languages (%s)', async (formula, code) => {
		const scenario = scenarioWith({ ...PLAN, [CURVE]: formula });
		// The text is made of allowed tokens, so the cheap border check lets it through …
		expect(checkInput(CURVE, formula)).toBeNull();
		// … and the compile, before any projection, stops it.
		let thrown: unknown;
		try {
			runScenario(scenario);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(FormulaInputError);
		const error = (thrown as FormulaInputError).error;
		expect(error.code).toBe(code);
		expect(error.message.id.length).toBeGreaterThan(10);
		expect(error.message.en.length).toBeGreaterThan(10);
		expect(await formulaInputProblems(scenario.inputs)).toEqual([
			{ id: CURVE, message: error.message }
		]);
		// Nothing is cached from the failure: the same inputs without it project as before.
		expect(indexes(PLAN)).toEqual(indexes({ ...PLAN, [CURVE]: 'min(1, jp / 32)' }));
	});

	it.each([
		['foo(jp)', 'Unknown name "foo"'],
		['x * 2', 'Unknown name "x"'],
		['import("fs")', 'Unknown name "import"'],
		['jp = 3', 'The character "="'],
		['jp.constructor', 'The character "."'],
		['"text"', 'The character """'],
		['[1, 2]', 'The character "["'],
		['jp; 1', 'The character ";"'],
		['f(x) = x', 'Unknown name "f"']
	])('the schema refuses %s without loading mathjs: %s', (formula, message) => {
		const problem = checkFormulaText(formula);
		expect(problem?.en).toContain(message);
		expect(problem?.id.length).toBeGreaterThan(10);
		const parsed = scenarioSchema.safeParse({
			...defaultScenario(),
			inputs: { [CURVE]: formula }
		});
		expect(parsed.success).toBe(false);
	});

	it('the schema takes a valid formula, and the empty text as the built-in curve', () => {
		for (const formula of ['1 - exp(-jp / 24)', 'jp < 20 ? 0 : min(1, jp / 40)', '1e-2 * jp', '']) {
			expect(
				scenarioSchema.safeParse({ ...defaultScenario(), inputs: { [CURVE]: formula } }).success,
				formula
			).toBe(true);
		}
		expect(checkInput(CURVE, 3)).toContain('must be a formula');
		expect(checkInput(CURVE, 'x'.repeat(201))).toContain('too long');
	});
});

describe('a scenario file with a formula', () => {
	const file = (formula: string) =>
		JSON.stringify({ ...defaultScenario(), inputs: { [CURVE]: formula } });

	it('is refused, naming the input, when the formula does not compile', async () => {
		const result = await checkScenarioFileFormulas(readScenarioFile(file('1 / jp')));
		expect(result.ok).toBe(false);
		if (result.ok || result.error.code !== 'invalid') throw new Error('expected issues');
		const [issue] = result.error.issues;
		expect(issue).toMatchObject({
			code: 'input',
			problem: { code: 'badFormula', param: `inputs.${CURVE}`, got: '1 / jp' }
		});
		const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
		expect(scenarioIssueText(issue, en)).toMatch(
			/inputs\.technicalResponseCurve is not a usable formula: At jp = 0/
		);
		const id = (key: MessageKey, params?: MessageParams) => translate('id', key, params);
		expect(scenarioIssueText(issue, id)).toMatch(/bukan rumus yang dapat dipakai: Pada jp = 0/);
	});

	it('is read as it is when the formula compiles, or when there is none', async () => {
		for (const text of [file('1 - exp(-jp / 24)'), file(''), JSON.stringify(defaultScenario())]) {
			const read = readScenarioFile(text);
			expect(await checkScenarioFileFormulas(read)).toBe(read);
			expect(read.ok).toBe(true);
		}
	});
});
