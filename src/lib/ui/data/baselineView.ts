/**
 * What the data page shows of a roster before any plan: its index now (agency, units,
 * dimensions, post types), who misses which training, and the individual scores for the
 * histogram. Counts only; individual rows are built when the planner opens them.
 *
 * Pure TypeScript: a roster and its scores in, rows out.
 */
import { bin } from 'd3-array';
import { POST_TYPES, type PostType, type Roster } from '../../engine/roster';
import {
	DIMENSIONS,
	type CategoryId,
	type Dimension,
	type Rulebook
} from '../../engine/rulebooks/rulebook';
import type { DimensionScores, RosterScore } from '../../engine/scoring';

export interface TrainingGaps {
	/** People below the rulebook's technical-training threshold (20 JP). */
	lackTechnical: number;
	/** Structural post holders without leadership training, of `structural`. */
	lackLeadership: number;
	structural: number;
	/** Functional post holders without functional training, of `functional`. */
	lackFunctional: number;
	functional: number;
}

export interface BaselineUnitRow extends TrainingGaps {
	unitId: string;
	name: string;
	n: number;
	index: number;
	category: CategoryId | null;
	dimensions: DimensionScores;
}

export interface BaselinePostRow {
	postType: PostType;
	n: number;
	index: number;
	category: CategoryId | null;
}

export interface BaselineDimensionRow {
	dimension: Dimension;
	/** Mean points of the agency. */
	points: number;
	/** The rulebook's maximum for the dimension. */
	max: number;
}

export interface BaselineView {
	people: number;
	units: number;
	index: number;
	category: CategoryId | null;
	dimensions: BaselineDimensionRow[];
	byUnit: BaselineUnitRow[];
	byPostType: BaselinePostRow[];
	gaps: TrainingGaps;
	/** The rulebook's technical-training threshold, JP. */
	technicalThreshold: number;
}

function emptyGaps(): TrainingGaps {
	return { lackTechnical: 0, lackLeadership: 0, structural: 0, lackFunctional: 0, functional: 0 };
}

/** The baseline of a roster scored by `rulebook` (`score` = `scoreRoster(roster, rulebook)`). */
export function baselineView(roster: Roster, score: RosterScore, rulebook: Rulebook): BaselineView {
	const threshold = rulebook.competency.technicalJpThreshold.value;
	const gaps = emptyGaps();
	const unitGaps = new Map(roster.units.map((u) => [u.id, emptyGaps()]));
	for (const p of roster.people) {
		const g = unitGaps.get(p.unit);
		for (const target of g ? [gaps, g] : [gaps]) {
			if (p.technicalJpLastYear < threshold) target.lackTechnical++;
			if (p.postType === 'structural') {
				target.structural++;
				if (!p.leadershipTraining) target.lackLeadership++;
			} else if (p.postType === 'functional') {
				target.functional++;
				if (!p.functionalTraining) target.lackFunctional++;
			}
		}
	}
	const names = new Map(roster.units.map((u) => [u.id, u.name]));
	return {
		people: score.agency.n,
		units: roster.units.length,
		index: score.agency.index,
		category: score.agency.category,
		dimensions: DIMENSIONS.map((d) => ({
			dimension: d,
			points: score.agency.dimensions[d],
			max: rulebook.dimensions[d].points
		})),
		byUnit: score.byUnit.map((u) => ({
			unitId: u.unitId,
			name: names.get(u.unitId) ?? u.unitId,
			n: u.n,
			index: u.index,
			category: u.category,
			dimensions: u.dimensions,
			...(unitGaps.get(u.unitId) ?? emptyGaps())
		})),
		byPostType: POST_TYPES.map((postType, k) => ({
			postType,
			n: score.byPostType[k].n,
			index: score.byPostType[k].index,
			category: score.byPostType[k].category
		})),
		gaps,
		technicalThreshold: threshold
	};
}

export interface HistogramBin {
	/** Lower bound (inclusive) and upper bound (exclusive; the last bin includes 100). */
	x0: number;
	x1: number;
	count: number;
}

/** Individual totals in bins of `width` points over 0–100 (d3's bin). */
export function scoreBins(totals: readonly number[], width = 5): HistogramBin[] {
	const thresholds = Array.from({ length: Math.round(100 / width) - 1 }, (_, k) => (k + 1) * width);
	return bin()
		.domain([0, 100])
		.thresholds(thresholds)(totals)
		.map((b) => ({ x0: b.x0 ?? 0, x1: b.x1 ?? 100, count: b.length }));
}
