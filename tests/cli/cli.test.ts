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
/**
 * The default target year: the plan starts with the calendar's next budget year (2027 on the
 * tests' today, 2026-12-07, set in vite.config.ts and passed on to the CLI) and targets 2029.
 */
const TARGET_YEAR = 2029;

const ROSTER_HEADER =
	'id,unit,post_type,education,leadership_training,functional_training,seminar_last_2_years,technical_jp_last_year,skp_rating,punishment,field_matches_post,years_to_retirement';
const BAD_ROSTER = [
	ROSTER_HEADER,
	'P001,Sekretariat,structural,S2,yes,no,yes,24,sangat_baik,none,yes,9',
	'P002,Bidang Anggaran,functional,S1,no,yes,no,22.5,excellent,none,yes,21',
	''
].join('\n');
/** One person, who retires at the end of the start year: nobody is left from the first year on. */
const LONE_RETIREE = [
	ROSTER_HEADER,
	'P001,Sekretariat,pelaksana,S1,no,no,no,0,baik,none,yes,1',
	''
].join('\n');
/** Two units; the only person in Bidang Anggaran retires in year 1, Sekretariat keeps its two. */
const EMPTIED_UNIT = [
	ROSTER_HEADER,
	'P001,Sekretariat,pelaksana,S1,no,no,no,0,baik,none,yes,30',
	'P002,Sekretariat,functional,S1,no,yes,no,0,baik,none,yes,30',
	'P003,Bidang Anggaran,pelaksana,S1,no,no,no,0,baik,none,yes,1',
	''
].join('\n');
const NO_REPLACEMENT = ['--set', 'replacementRate=0'];

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
	const schema1 = file(
		'schema-1.json',
		JSON.stringify({ schemaVersion: 1, modelVersion: '1.0.0', seed: 20210, inputs: {} })
	);
	const targetBeforePlan = file(
		'target-before-plan.json',
		JSON.stringify({
			schemaVersion: 2,
			modelVersion: '1.0.0',
			seed: 1,
			inputs: { firstPlanningYear: 2028, targetYear: 2027 }
		})
	);
	const badRoster = file('bad-roster.csv', BAD_ROSTER);
	const loneRetiree = file('lone-retiree.csv', LONE_RETIREE);
	const emptiedUnit = file('emptied-unit.csv', EMPTIED_UNIT);
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
		schema1: ['project', schema1, '--json'],
		schema1Years: [
			'project',
			...['--set', 'firstPlanningYear=2023', '--set', 'targetYear=2026'],
			...['--set', 'endYear=2030', '--json']
		],
		targetBeforePlan: ['project', targetBeforePlan],
		targetBeforePlanSet: ['project', '--set', 'targetYear=2026'],
		badRoster: ['score', badRoster],
		noStaffJson: ['project', '--roster', loneRetiree, ...NO_REPLACEMENT, '--json'],
		noStaffText: ['project', '--roster', loneRetiree, ...NO_REPLACEMENT],
		noStaffCsv: ['project', '--roster', loneRetiree, ...NO_REPLACEMENT, '--csv'],
		noStaffDraws: ['project', '--roster', loneRetiree, ...NO_REPLACEMENT, '--draws', '5'],
		noStaffGoal: [
			'goal',
			'--roster',
			loneRetiree,
			...NO_REPLACEMENT,
			'--target',
			'75',
			'--year',
			String(TARGET_YEAR),
			'--json'
		],
		emptiedUnitJson: [
			'project',
			'--roster',
			emptiedUnit,
			...NO_REPLACEMENT,
			'--set',
			'otherLeaverRate=0',
			'--json'
		]
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

	const atTarget = (run: Run) =>
		json(run).years.find((y: { year: number }) => y.year === TARGET_YEAR).index.p50 as number;

	it('--set trainingBudgetShare=1.5 raises the target year above the default', () => {
		expect(atTarget(runs.share15)).toBeGreaterThan(atTarget(runs.project));
	});

	it('--set technicalResponseCurve=0 (training buys no performance) lowers the target year below the plan', () => {
		expect(runs.curveNone.status).toBe(0);
		expect(atTarget(runs.curveNone)).toBeLessThan(atTarget(runs.share15));
	});

	it('plans from the calendar’s next budget year: 2022–2026 replayed, 2027–2030 planned', () => {
		expect(json(runs.project).years.map((y: { phase: string }) => y.phase)).toEqual([
			...Array(5).fill('replay'),
			...Array(4).fill('plan')
		]);
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

	it('--json has each year’s staff (headcount and movers) and each unit’s headcount', () => {
		const out = json(runs.project);
		let previous = 150;
		for (const y of out.years) {
			for (const k of ['headcount', 'measured', 'retired', 'otherLeavers', 'hired']) {
				expect(typeof y.staff[k], `${y.year} staff.${k}`).toBe('number');
				expect(y.staff[k]).toBeGreaterThanOrEqual(0);
			}
			// Deterministic: whole people, and the headcount identity holds.
			expect(y.staff.headcount).toBe(
				previous - y.staff.retired - y.staff.otherLeavers + y.staff.hired
			);
			expect(y.staff.measured).toBeLessThanOrEqual(y.staff.headcount);
			previous = y.staff.headcount;
			expect(y.byUnit.length).toBeGreaterThan(0);
			for (const u of y.byUnit) {
				expect(typeof u.headcount, `${y.year} ${u.unitId}`).toBe('number');
				expect(typeof u.index).toBe('number');
			}
			const units = y.byUnit.reduce(
				(sum: number, u: { headcount: number }) => sum + u.headcount,
				0
			);
			expect(units).toBe(y.staff.headcount);
		}
	});

	it('the table has a staff column with each year’s headcount', () => {
		const lines = runs.projectText.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/, 150 staff;/);
		expect(lines[1]).toMatch(/category\s+staff\s+share/);
		const years = json(runs.project).years;
		for (const y of years) {
			const line = lines.find((l) => l.startsWith(`${y.year} `))!;
			expect(line.split(/\s+/)).toContain(String(y.staff.headcount));
		}
	});

	it('--csv carries the staff columns, matching the JSON', () => {
		const [header, ...rows] = runs.csv.stdout.trimEnd().split('\n');
		const columns = header.split(',');
		const years = json(runs.project).years;
		for (const [column, key] of [
			['headcount', 'headcount'],
			['measured', 'measured'],
			['retired', 'retired'],
			['other_leavers', 'otherLeavers'],
			['hired', 'hired']
		]) {
			const c = columns.indexOf(column);
			expect(c, column).toBeGreaterThan(0);
			rows.forEach((row, k) => expect(Number(row.split(',')[c])).toBe(years[k].staff[key]));
		}
	});

	it('a schema-1 file is migrated: it plans from 2023 to 2030 for 2026, as it did', () => {
		const out = json(runs.schema1);
		expect(out.years.map((y: { year: number }) => y.year)).toEqual(YEARS);
		expect(out.years.map((y: { phase: string }) => y.phase)).toEqual([
			'replay',
			...Array(8).fill('plan')
		]);
		expect(out.target.year).toBe(2026);
		expect(out).toEqual(json(runs.schema1Years));
	});

	it('a scenario written by `scenario` and read back projects like the default', () => {
		const saved = json(runs.scenario);
		expect(saved).toMatchObject({ schemaVersion: 2, inputs: {} });
		expect(json(roundTrip)).toEqual(json(runs.project));
	});
});

describe('no staff: a roster whose only person retires, nobody replaced', () => {
	it('--json gives index null (not NaN, not 0) from the first year, with the retirement counted', () => {
		const out = json(runs.noStaffJson);
		expect(out.start.index).toBe(45);
		const [first, ...later] = out.years;
		expect(first.staff).toEqual({
			headcount: 0,
			measured: 0,
			retired: 1,
			otherLeavers: 0,
			hired: 0
		});
		for (const y of out.years) {
			expect(y.index, String(y.year)).toBeNull();
			expect(y.category).toBeNull();
			expect(y.achievement).toBeNull();
			expect(y.gapToTarget).toBeNull();
			expect(y.baselineIndex).toBeNull();
			expect(y.staff.headcount).toBe(0);
			expect(y.byUnit).toHaveLength(1);
			expect(y.byUnit[0]).toMatchObject({ unitId: 'sekretariat', index: null, headcount: 0 });
			for (const p of y.byPostType) expect(p.index).toBeNull();
		}
		for (const y of later) expect(y.staff.retired).toBe(0);
		expect(runs.noStaffJson.stdout).not.toMatch(/NaN/);
	});

	it('the table says "no staff" in place of the index, never NaN (the CLI writes English)', () => {
		for (const run of [runs.noStaffText, runs.noStaffDraws]) {
			expect(run.status).toBe(0);
			expect(run.stderr).toBe('');
			expect(run.stdout).not.toMatch(/NaN|null|undefined/);
			const rows = run.stdout.split('\n').filter((l) => /^20\d\d /.test(l));
			expect(rows).toHaveLength(YEARS.length);
			for (const row of rows) {
				expect(row).toContain('no staff');
				// The staff column: nobody left.
				expect(row).toMatch(/ 0 +\d+\.\d\d%/);
			}
		}
		expect(runs.noStaffText.stdout).toMatch(
			/^Start 2021: index 45\.00 \(sangat_rendah\), 1 staff;/
		);
	});

	it('--csv leaves the index and target cells empty, never NaN or null', () => {
		expect(runs.noStaffCsv.status).toBe(0);
		const [header, ...rows] = runs.noStaffCsv.stdout.trimEnd().split('\n');
		const columns = header.split(',');
		expect(runs.noStaffCsv.stdout).not.toMatch(/NaN|null/);
		for (const row of rows) {
			const cells = row.split(',');
			expect(cells).toHaveLength(columns.length);
			for (const c of [
				'index_mean',
				'index_p50',
				'category',
				'achievement_percent',
				'gap_to_target'
			])
				expect(cells[columns.indexOf(c)], c).toBe('');
			expect(cells[columns.indexOf('headcount')]).toBe('0');
		}
		expect(rows[0].split(',')[columns.indexOf('retired')]).toBe('1');
	});

	it('goal seek says the target is out of reach with nobody to measure, naming no dimension', () => {
		const out = json(runs.noStaffGoal);
		expect(out).toMatchObject({ reachable: false, maxIndex: null, cappedBy: null, gaps: null });
	});

	it('a unit emptied by retirement has index null and headcount 0; the agency keeps its index', () => {
		const out = json(runs.emptiedUnitJson);
		for (const y of out.years) {
			const byId = Object.fromEntries(
				y.byUnit.map((u: { unitId: string }) => [u.unitId, u])
			) as Record<string, { index: number | null; headcount: number }>;
			expect(byId.bidang_anggaran).toMatchObject({ index: null, headcount: 0 });
			expect(byId.sekretariat.headcount).toBe(2);
			expect(typeof byId.sekretariat.index).toBe('number');
			expect(typeof y.index.p50).toBe('number');
			expect(y.staff.headcount).toBe(2);
		}
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
			'a scenario file whose target year is before its first planning year',
			'targetBeforePlan',
			/not a valid scenario:\s+inputs\.targetYear: targetYear 2027 is before the first planning year 2028; choose 2028 or later/
		],
		[
			'--set targetYear before the default first planning year',
			'targetBeforePlanSet',
			/targetYear 2026 is before the first planning year 2027/
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
