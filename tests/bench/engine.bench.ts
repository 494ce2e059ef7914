/**
 * Engine benchmark (not a timed test): `npm run bench`.
 *
 * For rosters of 150, 5,000 and 50,000 people over 10 years it measures one
 * deterministic projection, Monte Carlo throughput in person-years per second
 * and peak memory, and compares the engine's time per person-year with a floor
 * kernel that only reads and writes the same typed arrays once per person-year.
 * Figures are medians over repeated runs; the machine is shared and noisy.
 * A custom response curve is timed too: its compile, and the Monte Carlo time with it over
 * the built-in curve's. It ends with `person_years_per_s: N` and `floor_ratio: X` for the
 * 5,000-person Monte Carlo case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { project } from '../../src/lib/engine/projection';
import type { ProjectionInputs } from '../../src/lib/engine/inputs';
import { allocatePopulation, indexRoster, resetPopulation } from '../../src/lib/engine/population';
import { compileRulebook } from '../../src/lib/engine/compileRulebook';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import {
	loadFormulaCompiler,
	technicalResponseTable
} from '../../src/lib/scenario/technicalResponse';
import { scaledRoster } from './rosters';

const YEARS = 10;
const quick = process.argv.includes('--quick');

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time (ms) of `fn` over `runs` runs after `warmup` unmeasured runs. */
function time(fn: () => void, runs: number, warmup = Math.min(3, runs)): number {
	for (let i = 0; i < warmup; i++) fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

function inputsFor(size: number, draws: number): ProjectionInputs {
	const scenario = defaultScenario();
	scenario.inputs = { endYear: 2021 + YEARS, trainingBudgetShare: 1.2 };
	return resolveScenario(scenario, { roster: scaledRoster(size), draws });
}

/**
 * The floor: one read and one write of each array the hot loop touches, per
 * person-year, with nothing else. No engine can be faster than this.
 */
function floorKernel(inputs: ProjectionInputs, draws: number): number {
	const index = indexRoster(inputs.roster, inputs.startYear);
	const state = allocatePopulation(index.n);
	resetPopulation(state, index, compileRulebook(inputs.rulebook), null);
	const { studyLeft, education, boost, fundedJp, fixedGain, latent, disciplinePoints, otherJp } =
		state;
	const { technicalJp, technicalJpPrevious, lastSeminar, leadership, functional } = state;
	// The workforce's per-person arrays the hot loop reads too (issue 10).
	const { active, hiredAt, onStudyLeave, punishLevelRing, punishChanceRing } = state;
	const { lastSkpPoints, postType } = state;
	const { unit, n } = index;
	let checksum = 0;
	for (let d = 0; d < draws; d++) {
		for (let y = 0; y < YEARS; y++) {
			for (let i = 0; i < n; i++) {
				studyLeft[i] = studyLeft[i] | 0;
				education[i] = education[i] | 0;
				boost[i] = boost[i] * 0.5 + fundedJp[i] + fixedGain[i];
				latent[i] = latent[i] * 0.9;
				disciplinePoints[i] = disciplinePoints[i] + otherJp[i];
				punishLevelRing[i] = punishLevelRing[i] | active[i];
				punishChanceRing[i] = punishChanceRing[i] * 0.5;
				lastSkpPoints[i] = lastSkpPoints[i] + boost[i];
				checksum +=
					technicalJp[i] +
					technicalJpPrevious[i] +
					lastSeminar[i] +
					leadership[i] +
					functional[i] +
					unit[i] +
					postType[i] +
					hiredAt[i] +
					onStudyLeave[i];
			}
		}
	}
	return checksum;
}

interface CaseResult {
	people: number;
	deterministicMs: number;
	draws: number;
	monteCarloMs: number;
	personYearsPerSecond: number;
	floorNsPerPersonYear: number;
	engineNsPerPersonYear: number;
	floorRatio: number;
	peakRssMb: number;
}

function benchCase(people: number, draws: number, runs: number): CaseResult {
	const deterministic = inputsFor(people, 0);
	const monteCarlo = inputsFor(people, draws);
	const deterministicMs = time(() => project(deterministic), people <= 150 ? 200 : runs * 3);
	const monteCarloMs = time(() => project(monteCarlo), runs, 1);
	const personYears = people * YEARS * draws;
	const floorMs = time(() => floorKernel(monteCarlo, draws), runs, 1);
	const engineNs = (monteCarloMs * 1e6) / personYears;
	const floorNs = (floorMs * 1e6) / personYears;
	return {
		people,
		deterministicMs,
		draws,
		monteCarloMs,
		personYearsPerSecond: personYears / (monteCarloMs / 1000),
		floorNsPerPersonYear: floorNs,
		engineNsPerPersonYear: engineNs,
		floorRatio: engineNs / floorNs,
		peakRssMb: process.resourceUsage().maxRSS / 1024
	};
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

console.log(`IPASN engine benchmark — Node ${process.version}, ${YEARS} years, medians`);

const scenario = defaultScenario();
const defaultInputs = resolveScenario(scenario);
const defaultProjectMs = time(() => project(defaultInputs), quick ? 50 : 500, 50);
const defaultRunMs = time(() => runScenario(scenario), quick ? 10 : 50, 5);
console.log(
	`default scenario (150 people, 2022–2030), deterministic project(): ${fmt(defaultProjectMs, 3)} ms`
);
console.log(
	`default scenario with baseline and roster generation, runScenario(): ${fmt(defaultRunMs, 3)} ms`
);

const cases: CaseResult[] = [];
const plan: Array<[number, number, number]> = quick
	? [
			[150, 200, 5],
			[5_000, 20, 3]
		]
	: [
			[150, 2_000, 7],
			[5_000, 200, 7],
			[50_000, 200, 3]
		];
for (const [people, draws, runs] of plan) {
	const r = benchCase(people, draws, runs);
	cases.push(r);
	console.log(
		`${String(people).padStart(6)} people: deterministic ${fmt(r.deterministicMs, 3)} ms | ` +
			`Monte Carlo ${draws} draws ${fmt(r.monteCarloMs, 1)} ms = ${fmt(r.personYearsPerSecond / 1e6)} M person-years/s | ` +
			`${fmt(r.engineNsPerPersonYear)} ns vs floor ${fmt(r.floorNsPerPersonYear)} ns per person-year (×${fmt(r.floorRatio)}) | ` +
			`peak RSS so far ${fmt(r.peakRssMb, 0)} MB`
	);
}

// After the cases, so their peak memory is the engine's alone (mathjs loads here).
// A custom response curve: compiled once per run (mathjs), then a table lookup in the hot loop.
const CURVE = '1 - exp(-jp / 24)';
const loadStarted = performance.now();
await loadFormulaCompiler();
const compilerLoadMs = performance.now() - loadStarted;
const { compileResponseCurve } = await import('../../src/lib/scenario/responseCurve');
const curveCompileMs = time(() => compileResponseCurve(CURVE), quick ? 20 : 100, 5);
const withCurve = (inputs: ProjectionInputs): ProjectionInputs => ({
	...inputs,
	assumptions: {
		...inputs.assumptions,
		technicalResponse: technicalResponseTable({ technicalResponseCurve: CURVE })
	}
});
const curveProjectMs = time(() => project(withCurve(defaultInputs)), quick ? 50 : 500, 50);
const curveMonteCarlo = withCurve(inputsFor(5_000, quick ? 20 : 200));
const builtInMonteCarlo = inputsFor(5_000, quick ? 20 : 200);
const curveMcMs = time(() => project(curveMonteCarlo), quick ? 3 : 7, 1);
const builtInMcMs = time(() => project(builtInMonteCarlo), quick ? 3 : 7, 1);
console.log(
	`custom response curve "${CURVE}": mathjs loaded on demand in ${fmt(compilerLoadMs, 0)} ms (once per process); ` +
		`compile ${fmt(curveCompileMs, 3)} ms once per run; ` +
		`default project() ${fmt(curveProjectMs, 3)} ms; 5,000-person Monte Carlo ×${fmt(curveMcMs / builtInMcMs)} the built-in curve's time`
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
	'bench-results/engine.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			node: process.version,
			defaultProjectMs,
			defaultRunMs,
			curve: {
				formula: CURVE,
				compileMs: curveCompileMs,
				projectMs: curveProjectMs,
				monteCarloRatio: curveMcMs / builtInMcMs
			},
			cases
		},
		null,
		2
	)
);

const reference = cases.find((c) => c.people === 5_000)!;
console.log(`person_years_per_s: ${Math.round(reference.personYearsPerSecond)}`);
console.log(`floor_ratio: ${fmt(reference.floorRatio)}`);
