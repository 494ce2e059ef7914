/**
 * The command line, run as a child process the way a person runs it
 * (`node --import tsx src/cli.ts …`). Every process costs about half a second,
 * so all of them start together in beforeAll and the tests read their output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, runAll, type Run } from './runCli';

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];

const ROSTER_HEADER =
	'id,unit,post_type,education,leadership_training,functional_training,seminar_last_2_years,technical_jp_last_year,skp_rating,punishment,field_matches_post,years_to_retirement';
const BAD_ROSTER = [
	ROSTER_HEADER,
	'P001,Sekretariat,structural,S2,yes,no,yes,24,sangat_baik,none,yes,9',
	'P002,Bidang Anggaran,functional,S1,no,yes,no,22.5,excellent,none,yes,21',
	''
].join('\n');

let dir: string;
let runs: Record<string, Run>;
let roundTrip: Run;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ipasn-cli-'));
	const file = (name: string, text: string) => {
		const path = join(dir, name);
		writeFileSync(path, text);
		return path;
	};
	const malformed = file('malformed.json', '{"schemaVersion": 1, "inputs": {');
	const unknownInput = file(
		'unknown-input.json',
		JSON.stringify({ schemaVersion: 1, modelVersion: '1.0.0', seed: 1, inputs: { foo: 1 } })
	);
	const badRoster = file('bad-roster.csv', BAD_ROSTER);
	runs = await runAll({
		score: ['score'],
		scoreJson: ['score', '--json'],
		project: ['project', '--json'],
		monteCarloA: ['project', '--draws', '20', '--seed', '5', '--json'],
		monteCarloB: ['project', '--draws', '20', '--seed', '5', '--json'],
		share15: ['project', '--set', 'trainingBudgetShare=1.5', '--json'],
		projectText: ['project'],
		curveText: ['project', '--set', 'technicalResponseCurve=1 - exp(-jp / 24)'],
		curveNone: [
			'project',
			'--set',
			'trainingBudgetShare=1.5',
			'--set',
			'technicalResponseCurve=0',
			'--json'
		],
		curveBad: ['project', '--set', 'technicalResponseCurve=jp / 0'],
		curveForeign: ['project', '--set', 'technicalResponseCurve=foo(jp)'],
		csv: ['project', '--csv'],
		levers: ['levers'],
		scenario: ['scenario'],
		unknownCommand: ['frobnicate'],
		unknownSet: ['project', '--set', 'nope=1'],
		outOfRange: ['project', '--set', 'trainingBudgetShare=99'],
		negativeDraws: ['project', '--draws', '-1'],
		negativeDrawsEq: ['project', '--draws=-1'],
		missingFile: ['project', join(dir, 'no-such-scenario.json')],
		malformed: ['project', malformed],
		unknownInput: ['project', unknownInput],
		badRoster: ['score', badRoster]
	});
	const saved = file('scenario.json', runs.scenario.stdout);
	roundTrip = await cli(['project', saved, '--json']);
}, 60_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function json(run: Run) {
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout);
}

describe('score', () => {
	it('prints the default roster’s index and category first', () => {
		expect(runs.score.status).toBe(0);
		const lines = runs.score.stdout.trim().split('\n');
		expect(lines[0].startsWith('71.59 sedang')).toBe(true);
		for (const d of ['qualification', 'competency', 'performance', 'discipline'])
			expect(runs.score.stdout).toContain(d);
	});

	it('--json gives the agency, its dimensions and every person as numbers', () => {
		const out = json(runs.scoreJson);
		expect(out.agency.index.toFixed(2)).toBe('71.59');
		expect(out.agency.category).toBe('sedang');
		expect(Object.keys(out.agency.dimensions).sort()).toEqual([
			'competency',
			'discipline',
			'performance',
			'qualification'
		]);
		expect(out.people).toHaveLength(150);
		for (const p of out.people) {
			expect(typeof p.id).toBe('string');
			for (const key of ['qualification', 'competency', 'performance', 'discipline', 'total'])
				expect(typeof p[key]).toBe('number');
			expect(p.total).toBeCloseTo(p.qualification + p.competency + p.performance + p.discipline, 9);
			expect(typeof p.category).toBe('string');
		}
		const mean = out.people.reduce((s: number, p: { total: number }) => s + p.total, 0) / 150;
		expect(mean).toBeCloseTo(out.agency.index, 9);
	});
});

describe('project', () => {
	it('--json has a year-by-year index band, category and budget', () => {
		const out = json(runs.project);
		expect(out.start.index.toFixed(2)).toBe('71.59');
		expect(out.draws).toBe(0);
		expect(out.years.map((y: { year: number }) => y.year)).toEqual(YEARS);
		for (const y of out.years) {
			for (const k of ['mean', 'p10', 'p50', 'p90']) expect(typeof y.index[k]).toBe('number');
			expect(typeof y.category).toBe('string');
			for (const k of ['ceiling', 'allocated', 'asked', 'spent'])
				expect(typeof y.budget[k]).toBe('number');
			expect(y.budget.spent).toBeLessThanOrEqual(y.budget.allocated + 1e-6);
		}
	});

	it('--draws 20 --seed 5 gives the same output twice, with bands', () => {
		expect(runs.monteCarloA.status).toBe(0);
		expect(runs.monteCarloA.stdout).toBe(runs.monteCarloB.stdout);
		const out = json(runs.monteCarloA);
		expect(out.draws).toBe(20);
		expect(out.seed).toBe(5);
		expect(
			out.years.some((y: { index: { p10: number; p90: number } }) => y.index.p90 > y.index.p10)
		).toBe(true);
	});

	it('--set trainingBudgetShare=1.5 raises 2026 above the default', () => {
		const at2026 = (run: Run) =>
			json(run).years.find((y: { year: number }) => y.year === 2026).index.p50 as number;
		expect(at2026(runs.share15)).toBeGreaterThan(at2026(runs.project));
	});

	it('--set technicalResponseCurve=0 (training buys no performance) lowers 2026 below the plan', () => {
		const at2026 = (run: Run) =>
			json(run).years.find((y: { year: number }) => y.year === 2026).index.p50 as number;
		expect(runs.curveNone.status).toBe(0);
		expect(at2026(runs.curveNone)).toBeLessThan(at2026(runs.share15));
	});

	it('the table names an own response curve under it', () => {
		expect(runs.curveText.status).toBe(0);
		expect(runs.curveText.stdout.trimEnd().split('\n').at(-1)).toBe(
			'Technical training response curve (own formula): 1 - exp(-jp / 24)'
		);
		expect(runs.projectText.status).toBe(0);
		expect(runs.projectText.stdout).toContain('2030 plan');
		expect(runs.projectText.stdout).not.toContain('response curve');
	});

	it('--csv has a header row and one row per year, matching the JSON', () => {
		expect(runs.csv.status).toBe(0);
		const [header, ...rows] = runs.csv.stdout.trimEnd().split('\n');
		const columns = header.split(',');
		expect(columns.slice(0, 5)).toEqual(['year', 'phase', 'index_mean', 'index_p10', 'index_p50']);
		expect(columns).toContain('spent');
		expect(rows).toHaveLength(YEARS.length);
		const p50 = columns.indexOf('index_p50');
		const years = json(runs.project).years;
		rows.forEach((row, k) => {
			const cells = row.split(',');
			expect(cells).toHaveLength(columns.length);
			expect(Number(cells[0])).toBe(YEARS[k]);
			expect(Number(cells[p50])).toBe(years[k].index.p50);
		});
	});

	it('a scenario written by `scenario` and read back projects like the default', () => {
		const saved = json(runs.scenario);
		expect(saved).toMatchObject({ schemaVersion: 1, inputs: {} });
		expect(json(roundTrip)).toEqual(json(runs.project));
	});
});

describe('levers', () => {
	it('lists the levers, per-unit families included', () => {
		expect(runs.levers.status).toBe(0);
		for (const id of ['trainingBudgetShare', 'coverage.<unitId>', 'matchedToDuties', 'fundingRule'])
			expect(runs.levers.stdout).toContain(id);
	});
});

describe('bad input exits with status 2 and says what to fix', () => {
	it.each([
		['an unknown command', 'unknownCommand', /Unknown command "frobnicate"[\s\S]*Usage:/],
		['--set with an unknown id', 'unknownSet', /--set nope=1: unknown input "nope".*levers/],
		['--set out of range', 'outOfRange', /trainingBudgetShare must be between 0 and 5; got 99/],
		['--draws -1', 'negativeDraws', /--draws/],
		[
			'a response curve that divides by zero',
			'curveBad',
			/technicalResponseCurve: At jp = 0 the formula does not give a finite number/
		],
		['a response curve with a foreign name', 'curveForeign', /Unknown name "foo"/],
		['--draws=-1', 'negativeDrawsEq', /--draws must be a whole number from 0 to 100000; got "-1"/],
		[
			'a missing file',
			'missingFile',
			/Cannot read .*no-such-scenario\.json: ENOENT\. Check the path\./
		],
		['a malformed JSON file', 'malformed', /malformed\.json is not valid JSON/],
		[
			'a scenario with an unknown input',
			'unknownInput',
			/not a valid scenario:\s+inputs\.foo: unknown input "foo"/
		],
		[
			'a roster CSV with an invalid value (row and column named)',
			'badRoster',
			/was not used[\s\S]*Row 3, column skp_rating: value "excellent"[\s\S]*Allowed: sangat_baik/
		]
	])('%s', (_, name, message) => {
		const run = runs[name];
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.startsWith('error: ')).toBe(true);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
	});
});
