/**
 * Plain-data views of results for the command line: JSON with plain numbers,
 * CSV rows, and short human-readable tables.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ScenarioRun } from '../scenario/runScenario';
import type { RosterScore } from '../engine/scoring';
import { translate } from '../i18n/messages';
import { isCityStartingPoint } from '../scenario/startingPoint';
import type { GoalProbability, GoalReached, GoalSeekResult } from '../scenario/goalSeek';

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

/**
 * Whose the start index is: the city government's recorded 2021 figure, which the default roster
 * is calibrated to (`source: 'city'`, with the note the pages show), or the roster's own.
 */
export function startSource(start: { year: number; index: number }) {
	if (!isCityStartingPoint(start.year, start.index)) {
		return { source: 'roster' as const, sourceNote: null };
	}
	const sourceNote = translate('en', 'common.startingPoint', {
		value: start.index.toFixed(2),
		year: start.year,
		agency: translate('en', 'common.agency')
	});
	return { source: 'city' as const, sourceNote };
}

export function projectionJson(run: ScenarioRun) {
	const { result, comparison } = run;
	return {
		rulebook: result.rulebookId,
		draws: result.draws,
		seed: result.seed,
		target: result.target,
		start: { ...result.start, ...startSource(result.start) },
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
			indexGain: comparison[k].indexGain,
			// Marginal: this year's extra spending ÷ this year's gain; null unless both are positive.
			costPerPoint: comparison[k].costPerPoint,
			extraSpent: comparison[k].extraSpent,
			cumulativeExtraSpent: comparison[k].cumulativeExtraSpent
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
	'extra_spent',
	'cumulative_extra_spent',
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
		run.comparison[k].extraSpent,
		run.comparison[k].cumulativeExtraSpent,
		run.comparison[k].costPerPoint
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
		`Start ${result.start.year}: index ${fixed2(result.start.index)} (${result.start.category}), ${people(result.people)} staff; target ${result.target.value} by ${result.target.year}; ${result.draws > 0 ? `${result.draws} draws` : 'deterministic'}, random seed ${result.seed}`,
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
	const { sourceNote } = startSource(result.start);
	if (sourceNote) lines.push(`Note: ${sourceNote}`);
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
		perYearTotal: answer.perYearTotal ?? null,
		path: goalPath(answer),
		constantHoldsBaseline: answer.constantHoldsBaseline ?? null
	};
}

/**
 * The year-by-year path as rows, earliest year first: each year's share (percent), the goal's
 * index on the path and the status quo's (never above the path's). Null when no path was found.
 */
export function goalPath(answer: GoalReached) {
	const { perYear } = answer;
	if (!perYear) return null;
	return Object.entries(perYear)
		.map(([year, share]) => ({
			year: Number(year),
			share,
			index: answer.perYearIndex?.[Number(year)] ?? null,
			baselineIndex: answer.baselineIndex?.[Number(year)] ?? null
		}))
		.sort((a, b) => a.year - b.year);
}

export function goalText(
	answer: GoalSeekResult,
	context: GoalContext,
	options: { path?: boolean } = {}
): string {
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
	if (answer.constantHoldsBaseline === false)
		lines.push('  (at this constant share some planning year falls below the status quo)');
	if (answer.perYear) {
		lines.push(
			'Year by year (smallest per-year shares, earliest lowered first, no year below the status quo):'
		);
		const index = (x: number | null | undefined) => (x == null ? NO_STAFF : fixed2(x)).padStart(8);
		for (const row of goalPath(answer)!)
			lines.push(
				`  ${row.year} ${`${row.share.toFixed(2)}%`.padStart(6)} ${millions(answer.perYearRupiah![row.year]).padStart(15)}` +
					(options.path
						? `  index ${index(row.index)}  status quo ${index(row.baselineIndex)}`
						: '')
			);
		lines.push(`  total ${millions(answer.perYearTotal!)}`);
	} else if (answer.constantHoldsBaseline !== undefined) {
		lines.push('No year-by-year path: even the maximum share leaves a year below the status quo.');
	}
	return lines.join('\n') + '\n';
}
