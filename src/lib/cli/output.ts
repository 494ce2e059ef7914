/**
 * Plain-data views of results for the command line: JSON with plain numbers,
 * CSV rows, and short human-readable tables.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ScenarioRun } from '../scenario/runScenario';
import type { RosterScore } from '../engine/scoring';

export function scoreJson(score: RosterScore) {
	return {
		agency: {
			index: score.agency.index,
			category: score.agency.category,
			dimensions: score.agency.dimensions
		},
		byUnit: score.byUnit,
		byPostType: score.byPostType,
		people: score.people.map((p) => ({
			id: p.id,
			qualification: p.qualification,
			competency: p.competency,
			performance: p.performance,
			discipline: p.discipline,
			total: p.total,
			category: p.category
		}))
	};
}

export function projectionJson(run: ScenarioRun) {
	const { result, comparison } = run;
	return {
		rulebook: result.rulebookId,
		draws: result.draws,
		seed: result.seed,
		target: result.target,
		start: result.start,
		years: result.years.map((y, k) => ({
			year: y.year,
			phase: y.phase,
			index: y.index,
			category: y.category,
			dimensions: y.dimensions,
			budget: y.budget,
			spending: y.spending,
			places: y.places,
			coverage: y.coverage,
			coverageEvenness: Number.isNaN(y.coverageEvenness) ? null : y.coverageEvenness,
			byUnit: y.byUnit,
			byPostType: y.byPostType,
			reached20Jp: y.reached20Jp,
			achievement: y.achievement,
			gapToTarget: y.gapToTarget,
			baselineIndex: run.baseline.years[k].index.p50,
			costPerIndexPoint: comparison[k].costPerIndexPoint
		}))
	};
}

const CSV_COLUMNS = [
	'year',
	'phase',
	'index_mean',
	'index_p10',
	'index_p50',
	'index_p90',
	'category',
	'qualification',
	'competency',
	'performance',
	'discipline',
	'ceiling',
	'budget_share_percent',
	'allocated',
	'asked',
	'spent',
	'shortfall',
	'coverage_asked',
	'coverage_funded',
	'reached_20_jp',
	'achievement_percent',
	'gap_to_target',
	'cost_per_index_point'
];

export function projectionCsv(run: ScenarioRun): string {
	const rows = run.result.years.map((y, k) => [
		y.year,
		y.phase,
		y.index.mean,
		y.index.p10,
		y.index.p50,
		y.index.p90,
		y.category,
		y.dimensions.qualification,
		y.dimensions.competency,
		y.dimensions.performance,
		y.dimensions.discipline,
		y.budget.ceiling,
		y.budget.share * 100,
		y.budget.allocated,
		y.budget.asked,
		y.budget.spent,
		y.budget.shortfall,
		y.coverage.asked,
		y.coverage.funded,
		y.reached20Jp,
		y.achievement,
		y.gapToTarget,
		run.comparison[k].costPerIndexPoint ?? ''
	]);
	return csvFormatRows([CSV_COLUMNS, ...rows.map((r) => r.map(String))]) + '\n';
}

const fixed2 = (x: number) => x.toFixed(2);
const millions = (x: number) => `Rp ${(x / 1e6).toFixed(1)} jt`;

export function projectionTable(run: ScenarioRun): string {
	const { result } = run;
	const lines = [
		`Start ${result.start.year}: index ${fixed2(result.start.index)} (${result.start.category}); target ${result.target.value} by ${result.target.year}; ${result.draws > 0 ? `${result.draws} draws` : 'deterministic'}, seed ${result.seed}`,
		'year  phase   index  p10    p90    category       share  allocated       spent           coverage',
		...result.years.map((y) =>
			[
				y.year,
				y.phase.padEnd(6),
				fixed2(y.index.p50).padStart(6),
				fixed2(y.index.p10).padStart(6),
				fixed2(y.index.p90).padStart(6),
				y.category.padEnd(14),
				`${(y.budget.share * 100).toFixed(2)}%`.padStart(6),
				millions(y.budget.allocated).padStart(15),
				millions(y.budget.spent).padStart(15),
				`${Math.round(y.coverage.funded * 100)}%`.padStart(8)
			].join(' ')
		)
	];
	return lines.join('\n') + '\n';
}
