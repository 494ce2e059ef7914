/**
 * Plain-data views of results for the command line: JSON with plain numbers,
 * CSV rows, and short human-readable tables.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ScenarioRun } from '../scenario/runScenario';
import type { RosterScore } from '../engine/scoring';
import type { GoalProbability, GoalSeekResult } from '../scenario/goalSeek';

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
			staff: y.staff,
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
			baselineIndex: run.baseline.years[k].index?.p50 ?? null,
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
	'headcount',
	'measured',
	'retired',
	'other_leavers',
	'hired',
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

/** A CSV cell: empty for a missing value (no staff measured, no gain), never "NaN" or "null". */
const cell = (x: string | number | null) =>
	x === null || (typeof x === 'number' && !Number.isFinite(x)) ? '' : String(x);

export function projectionCsv(run: ScenarioRun): string {
	const rows = run.result.years.map((y, k) => [
		y.year,
		y.phase,
		y.index?.mean ?? null,
		y.index?.p10 ?? null,
		y.index?.p50 ?? null,
		y.index?.p90 ?? null,
		y.category,
		y.staff.headcount,
		y.staff.measured,
		y.staff.retired,
		y.staff.otherLeavers,
		y.staff.hired,
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
		run.comparison[k].costPerIndexPoint
	]);
	return csvFormatRows([CSV_COLUMNS, ...rows.map((r) => r.map(cell))]) + '\n';
}

const fixed2 = (x: number) => x.toFixed(2);
/** Said in place of an index when nobody is measured that year. */
export const NO_STAFF = 'no staff';
/** People as a whole number, or with one decimal when a mean over draws is not whole. */
const people = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const millions = (x: number) => `Rp ${(x / 1e6).toFixed(1)} jt`;

export function projectionTable(run: ScenarioRun): string {
	const { result } = run;
	const lines = [
		`Start ${result.start.year}: index ${fixed2(result.start.index)} (${result.start.category}), ${people(result.people)} staff; target ${result.target.value} by ${result.target.year}; ${result.draws > 0 ? `${result.draws} draws` : 'deterministic'}, seed ${result.seed}`,
		'year  phase   index  p10    p90    category        staff  share  allocated       spent           coverage',
		...result.years.map((y) =>
			[
				y.year,
				y.phase.padEnd(6),
				// Nobody measured: one "no staff" across the index columns, never NaN.
				y.index
					? [fixed2(y.index.p50), fixed2(y.index.p10), fixed2(y.index.p90)]
							.map((x) => x.padStart(6))
							.join(' ')
					: ` ${NO_STAFF}`.padEnd(20),
				(y.category ?? '—').padEnd(14),
				people(y.staff.headcount).padStart(6),
				`${(y.budget.share * 100).toFixed(2)}%`.padStart(6),
				millions(y.budget.allocated).padStart(15),
				millions(y.budget.spent).padStart(15),
				`${Math.round(y.coverage.funded * 100)}%`.padStart(8)
			].join(' ')
		)
	];
	return lines.join('\n') + '\n';
}

export interface GoalContext {
	target: number;
	year: number;
	probability: GoalProbability;
	draws: number;
}

/** The goal-seek answer as plain JSON: shares in percent, rupiah per planning year. */
export function goalJson(answer: GoalSeekResult, context: GoalContext) {
	const common = { ...context, runs: answer.runs };
	if (!answer.reachable) {
		return {
			...common,
			reachable: false,
			share: null,
			maxShare: answer.maxShare,
			index: answer.maxIndex,
			maxIndex: answer.maxIndex,
			cappedBy: answer.cappedBy,
			gaps: answer.gaps
		};
	}
	return {
		...common,
		reachable: true,
		share: answer.share,
		index: answer.index,
		rupiahPerYear: answer.rupiahPerYear,
		total: answer.total,
		perYear: answer.perYear ?? null,
		perYearRupiahPerYear: answer.perYearRupiah ?? null,
		perYearTotal: answer.perYearTotal ?? null
	};
}

export function goalText(answer: GoalSeekResult, context: GoalContext): string {
	const how =
		context.probability === 0.8
			? `with 80 % probability (20th percentile over ${context.draws} draws)`
			: context.draws > 0
				? `at the median over ${context.draws} draws`
				: 'at the median (deterministic)';
	const goal = `target ${context.target} by ${context.year} ${how}`;
	if (!answer.reachable) {
		if (answer.maxIndex === null || answer.cappedBy === null) {
			return (
				[
					`Not reachable: ${goal}.`,
					`${context.year}: ${NO_STAFF} — nobody is measured that year (nobody holds a post, or only people not yet scored), so there is no index to raise.`
				].join('\n') + '\n'
			);
		}
		return (
			[
				`Not reachable: ${goal}.`,
				`Even the maximum share ${answer.maxShare.toFixed(2)}% gives ${fixed2(answer.maxIndex)}.`,
				`Capped by ${answer.cappedBy.dimension} (${fixed2(answer.cappedBy.gap)} points below its maximum):`,
				`  ${answer.cappedBy.explanation.en}`,
				`  ${answer.cappedBy.explanation.id}`
			].join('\n') + '\n'
		);
	}
	const lines = [
		`Share ${answer.share.toFixed(2)}% of the ceiling reaches ${goal}: index ${fixed2(answer.index)} (${answer.runs} projections).`,
		...Object.entries(answer.rupiahPerYear).map(([y, rp]) => `  ${y} ${millions(rp).padStart(15)}`),
		`  total ${millions(answer.total)}`
	];
	if (answer.perYear) {
		lines.push('Year by year (smallest per-year shares, earliest lowered first):');
		for (const [y, share] of Object.entries(answer.perYear))
			lines.push(
				`  ${y} ${`${share.toFixed(2)}%`.padStart(6)} ${millions(answer.perYearRupiah![Number(y)]).padStart(15)}`
			);
		lines.push(`  total ${millions(answer.perYearTotal!)}`);
	}
	return lines.join('\n') + '\n';
}
