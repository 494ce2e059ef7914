/**
 * `npm run sim -- goal`, run as a child process the way a person runs it. All
 * processes start together in beforeAll; the tests read their output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type Run } from './runCli';

const COMMANDS = {
	text: ['goal', '--target', '75', '--year', '2026'],
	json: ['goal', '--target', '75', '--year', '2026', '--json'],
	likely: [
		'goal',
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
	unreachable: ['goal', '--target', '95', '--year', '2026', '--json'],
	noTarget: ['goal', '--year', '2026'],
	badTarget: ['goal', '--target', 'high', '--year', '2026'],
	noYear: ['goal', '--target', '75'],
	badYear: ['goal', '--target', '75', '--year', '26'],
	outOfRange: ['goal', '--target', '75', '--year', '2040'],
	badProbability: ['goal', '--target', '75', '--year', '2026', '--probability', '0.9'],
	noDraws: ['goal', '--target', '75', '--year', '2026', '--probability', '0.8', '--draws', '0']
} satisfies Record<string, string[]>;

let runs: Record<keyof typeof COMMANDS, Run>;

beforeAll(async () => {
	const entries = Object.entries(COMMANDS) as Array<[keyof typeof COMMANDS, string[]]>;
	const done = await Promise.all(entries.map(([, args]) => cli(args)));
	runs = Object.fromEntries(entries.map(([name], k) => [name, done[k]])) as typeof runs;
}, 60_000);

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

	it('--probability 0.8 asks for at least the median share', () => {
		expect(runs.likely.status).toBe(0);
		const likely = JSON.parse(runs.likely.stdout);
		const median = JSON.parse(runs.json.stdout);
		expect(likely).toMatchObject({ reachable: true, probability: 0.8, draws: 50 });
		expect(likely.share).toBeGreaterThanOrEqual(median.share);
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
