/**
 * The view model of the unspent-money notice: the plan years where the allocation is
 * more than everything the plan asks for, how much is left, and which asks can still
 * grow. Pure, so it is tested without a browser.
 */
import type { YearResult } from '../engine/projection';

/** An ask the planner can raise to use money that is left. */
export type RaisableAsk = 'technical' | 'seminar' | 'other';

export interface UnspentView {
	years: Array<{ year: number; amount: number }>;
	asks: RaisableAsk[];
}

/** Below this share of the allocation, what is left is rounding and not worth a notice. */
const NOTICEABLE_SHARE = 0.005;

export function unspentView(years: readonly YearResult[]): UnspentView {
	const left = years.filter(
		(y) => y.phase === 'plan' && y.budget.unspent > NOTICEABLE_SHARE * y.budget.allocated
	);
	const asks: RaisableAsk[] = [];
	// Everything asked is funded in these years: an ask can grow while it does not reach everyone.
	if (left.some((y) => y.coverage.asked < 0.999)) asks.push('technical');
	if (left.some((y) => y.places.seminar < 0.999 * y.staff.headcount)) asks.push('seminar');
	asks.push('other');
	return { years: left.map((y) => ({ year: y.year, amount: y.budget.unspent })), asks };
}
