/**
 * Meeting mode's slides as data: first a summary of every scenario side by side, then the
 * status quo (one per distinct setup, usually one), then each scenario. Also the numbers a
 * slide says in words: the cost period, the cost per year and the verdict against the target.
 */
import type { HeadlineNumbers } from '../../charts/viewModels';
import type { PeriodCost } from '../compare/periodCost';
import type { ProjectedScenario } from '../compare/projectScenarios';

export type Slide =
	| { kind: 'summary' }
	/** `statusQuo`: the status quo projection that the scenarios of one setup are compared with. */
	| { kind: 'statusQuo'; statusQuo: ProjectedScenario }
	/** `statusQuo`: the scenario's own status quo slide's projection, when there is one. */
	| { kind: 'scenario'; scenario: ProjectedScenario; label: string };

/**
 * The slides in showing order. `labels` are the scenarios' names made distinct; a status quo
 * is shown only when a scenario is measured against it (same `baselineKey`).
 */
export function meetingSlides(
	scenarios: readonly ProjectedScenario[],
	statusQuos: readonly ProjectedScenario[],
	labels: readonly string[]
): Slide[] {
	if (scenarios.length === 0) return [];
	const used = statusQuos.filter((q) => scenarios.some((s) => s.baselineKey === q.baselineKey));
	return [
		{ kind: 'summary' },
		...used.map((statusQuo) => ({ kind: 'statusQuo' as const, statusQuo })),
		...scenarios.map((scenario, k) => ({
			kind: 'scenario' as const,
			scenario,
			label: labels[k] ?? scenario.name
		}))
	];
}

/** One column of the summary slide: the status quo or a scenario. */
export interface SummaryColumn {
	key: string;
	label: string;
	headline: HeadlineNumbers;
	/** Spending over the meeting's one cost period. */
	cost: PeriodCost;
	/** The status quo's column: no cost per point (it is what the others are measured from). */
	statusQuo: boolean;
}

/** The summary's columns: each status quo shown, then the scenarios, by their slide labels. */
export function summaryColumns(slides: readonly Slide[], statusQuoLabel: string): SummaryColumn[] {
	return slides.flatMap((s, k): SummaryColumn[] =>
		s.kind === 'statusQuo'
			? [
					{
						key: `sq-${k}`,
						label: statusQuoLabel,
						headline: s.statusQuo.headline,
						cost: s.statusQuo.cost,
						statusQuo: true
					}
				]
			: s.kind === 'scenario'
				? [
						{
							key: `s-${k}`,
							label: s.label,
							headline: s.scenario.headline,
							cost: s.scenario.cost,
							statusQuo: false
						}
					]
				: []
	);
}

/**
 * The cost period a slide states, or null when no year of it was projected (nothing
 * summed). The meeting sums every scenario over one period (see `commonPeriod`).
 */
export function costPeriod(cost: PeriodCost): PeriodCost | null {
	return cost.years > 0 ? cost : null;
}

/** The average spending per year of the period (Rupiah); null when nothing was summed. */
export function costPerYear(cost: PeriodCost): number | null {
	return cost.years > 0 ? cost.total / cost.years : null;
}

export { periodText } from '../compare/periodCost';

/** Met, missed, or unknown (nobody measured in the target year). */
export type Verdict = 'met' | 'missed' | 'noStaff';

/** Met when the median reaches the target (a gap below half a hundredth counts as reached). */
export function verdictOf(h: HeadlineNumbers): Verdict {
	if (h.gap === null) return 'noStaff';
	return h.gap < 0.005 ? 'met' : 'missed';
}

/** Which way a key steps: +1, −1, to the first (`'first'`) or last (`'last'`); null: not ours. */
export type Step = 1 | -1 | 'first' | 'last';

/**
 * The keys that step, as presentation clickers and keyboards send them: Space (Shift+Space
 * back), the arrows, PageDown/PageUp, Home/End.
 */
export function stepOf(key: string, shift: boolean): Step | null {
	switch (key) {
		case ' ':
			return shift ? -1 : 1;
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 1;
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return -1;
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** The slide a step lands on, within 0…count−1. */
export function stepTo(at: number, step: Step, count: number): number {
	const next = step === 'first' ? 0 : step === 'last' ? count - 1 : at + step;
	return Math.min(Math.max(next, 0), Math.max(count - 1, 0));
}
