/**
 * `npm run sim -- goal`, run as a child process the way a person runs it. All
 * processes start together in beforeAll; the tests read their output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type Run } from './runCli';

/**
 * The plan starts in 2023, as when these targets were chosen: the default first planning year
 * follows the calendar (2027 on the tests' today), and a year before it cannot be planned for.
 */
const PLAN_FROM_2023 = ['--set', 'firstPlanningYear=2023'];

const COMMANDS = {
	text: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '2026'],
	json: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '2026', '--json'],
	path: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '2026', '--path', '--json'],
	pathText: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '2026', '--path'],
	path2028: ['goal', ...PLAN_FROM_2023, '--target', '77', '--year', '2028', '--path', '--json'],
	likely: [
		'goal',
		...PLAN_FROM_2023,
		'--target',
		'75',
		'--year',
		'2026',
		'--probability',
		'0.8',
		'--draws',
		'50',
		'--json'
	],
	// The default scenario: the plan starts with the calendar's next budget year.
	calendar: ['goal', '--target', '75', '--year', '2029', '--json'],
	unreachable: ['goal', ...PLAN_FROM_2023, '--target', '95', '--year', '2026', '--json'],
	noTarget: ['goal', ...PLAN_FROM_2023, '--year', '2026'],
	badTarget: ['goal', ...PLAN_FROM_2023, '--target', 'high', '--year', '2026'],
	noYear: ['goal', ...PLAN_FROM_2023, '--target', '75'],
	badYear: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '26'],
	outOfRange: ['goal', ...PLAN_FROM_2023, '--target', '75', '--year', '2040'],
	badProbability: [
		'goal',
		...PLAN_FROM_2023,
		'--target',
		'75',
		'--year',
		'2026',
		'--probability',
		'0.9'
	],
	noDraws: [
		'goal',
		...PLAN_FROM_2023,
		'--target',
		'75',
		'--year',
		'2026',
		'--probability',
		'0.8',
		'--draws',
		'0'
	]
} satisfies Record<string, string[]>;

let runs: Record<keyof typeof COMMANDS, Run>;
/** `project --json` with the paths' shares set year by year, as a person would replay them. */
let replays: Record<'path' | 'path2028', Run>;

interface PathRow {
	year: number;
	share: number;
	index: number;
	baselineIndex: number;
}

beforeAll(async () => {
	const entries = Object.entries(COMMANDS) as Array<[keyof typeof COMMANDS, string[]]>;
	const done = await Promise.all(entries.map(([, args]) => cli(args)));
	runs = Object.fromEntries(entries.map(([name], k) => [name, done[k]])) as typeof runs;
	const replayOf = (run: Run) =>
		cli([
			'project',
			...PLAN_FROM_2023,
			...(JSON.parse(run.stdout).path as PathRow[]).flatMap((row) => [
				'--set',
				`trainingBudgetShare.${row.year}=${row.share}`
			]),
			'--json'
		]);
	const [path, path2028] = await Promise.all([replayOf(runs.path), replayOf(runs.path2028)]);
	replays = { path, path2028 };
}, 90_000);

describe('sim goal', () => {
	it('prints the smallest share and the rupiah per year', () => {
		expect(runs.text.status).toBe(0);
		expect(runs.text.stderr).toBe('');
		expect(runs.text.stdout).toMatch(/^Share \d+\.\d\d% of the ceiling reaches target 75 by 2026/);
		expect(runs.text.stdout).toContain('2026');
		expect(runs.text.stdout).toContain('Year by year');
	});

	it('--json gives the share, reachability, rupiah per year and the index reached', () => {
		expect(runs.json.status).toBe(0);
		const out = JSON.parse(runs.json.stdout);
		expect(out).toMatchObject({
			reachable: true,
			year: 2026,
			target: 75,
			probability: 0.5,
			draws: 0
		});
		expect(typeof out.share).toBe('number');
		expect(out.index).toBeGreaterThanOrEqual(75);
		expect(Object.keys(out.rupiahPerYear)).toEqual(['2023', '2024', '2025', '2026']);
		const sum = Object.values(out.rupiahPerYear as Record<string, number>).reduce(
			(a, b) => a + b,
			0
		);
		expect(out.total).toBeCloseTo(sum, 3);
		expect(Object.keys(out.perYear)).toEqual(['2023', '2024', '2025', '2026']);
	});

	it.each([
		['path', 75, 2026],
		['path2028', 77, 2028]
	] as const)(
		'--path --json (%s: %d by %d) gives the year-by-year path, no year below the status quo',
		(name, target, year) => {
			expect(runs[name].stderr).toBe('');
			expect(runs[name].status).toBe(0);
			const out = JSON.parse(runs[name].stdout);
			expect(out).toMatchObject({ reachable: true, year, target });
			expect(typeof out.share).toBe('number');
			const path: PathRow[] = out.path;
			expect(path.map((row) => row.year)).toEqual(Object.keys(out.rupiahPerYear).map(Number));
			expect(path.at(-1)!.year).toBe(year);
			for (const row of path) {
				expect(row.share).toBe(out.perYear[row.year]);
				expect(row.index, `${row.year}`).toBeGreaterThanOrEqual(row.baselineIndex);
			}
			expect(path.at(-1)!.index).toBeGreaterThanOrEqual(target);
		}
	);

	it('on the default scenario, plans the calendar’s years: 2027 to the target year', () => {
		expect(runs.calendar.stderr).toBe('');
		expect(runs.calendar.status).toBe(0);
		const out = JSON.parse(runs.calendar.stdout);
		expect(out).toMatchObject({ reachable: true, year: 2029, target: 75 });
		expect(out.index).toBeGreaterThanOrEqual(75);
		expect(Object.keys(out.rupiahPerYear)).toEqual(['2027', '2028', '2029']);
		expect(Object.keys(out.perYear)).toEqual(['2027', '2028', '2029']);
	});

	it('--path keeps the constant answer as the primary one', () => {
		expect(JSON.parse(runs.path.stdout).share).toBe(JSON.parse(runs.json.stdout).share);
	});

	it.each(['path', 'path2028'] as const)(
		'replaying %s with --set trainingBudgetShare.<year> gives the same indices',
		(name) => {
			const replay = replays[name];
			expect(replay.stderr).toBe('');
			expect(replay.status).toBe(0);
			const years: Array<{ year: number; index: { p50: number }; baselineIndex: number }> =
				JSON.parse(replay.stdout).years;
			for (const row of JSON.parse(runs[name].stdout).path as PathRow[]) {
				const y = years.find((r) => r.year === row.year)!;
				expect(y.index.p50).toBe(row.index);
				expect(y.baselineIndex).toBe(row.baselineIndex);
				expect(y.index.p50).toBeGreaterThanOrEqual(y.baselineIndex);
			}
		}
	);

	it('--path prints each year’s index beside the status quo’s', () => {
		expect(runs.pathText.status).toBe(0);
		expect(runs.pathText.stdout).toContain('no year below the status quo');
		const rows = runs.pathText.stdout.split('\n').filter((l) => /status quo\s+\d/.test(l));
		expect(rows).toHaveLength(4);
	});

	it('--probability 0.8 asks for a larger share than the median (the bands are honest)', () => {
		expect(runs.likely.status).toBe(0);
		const likely = JSON.parse(runs.likely.stdout);
		const median = JSON.parse(runs.json.stdout);
		expect(likely).toMatchObject({ reachable: true, probability: 0.8, draws: 50 });
		expect(likely.share).toBeGreaterThan(median.share);
		expect(likely.index).toBeGreaterThanOrEqual(75);
	});

	it('an unreachable target says so and names the capping dimension', () => {
		expect(runs.unreachable.status).toBe(0);
		const out = JSON.parse(runs.unreachable.stdout);
		expect(out.reachable).toBe(false);
		expect(out.share).toBeNull();
		expect(out.maxIndex).toBeLessThan(95);
		expect(['qualification', 'competency', 'performance', 'discipline']).toContain(
			out.cappedBy.dimension
		);
		expect(out.cappedBy.explanation.en).toBeTruthy();
		expect(out.cappedBy.explanation.id).toBeTruthy();
	});

	it.each([
		['noTarget', /--target/],
		['badTarget', /--target must be/],
		['noYear', /--year/],
		['badYear', /--year must be/],
		['outOfRange', /year must be a projected year/],
		['badProbability', /--probability must be 0\.5 or 0\.8/],
		['noDraws', /needs Monte Carlo draws/]
	] as const)('bad input (%s) exits 2 with a message', (name, message) => {
		const run = runs[name];
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
	});
});
