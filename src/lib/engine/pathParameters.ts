/**
 * The uncertain parameters of one path: central values in deterministic mode,
 * a draw from each parameter's triangular distribution (low, central, high) in
 * Monte Carlo mode. Drawn from their own random stream, before any individual
 * event, so every scenario run with the same seed sees the same draws.
 */
import { DRAWN_NUMBERS, type Assumptions, type Uncertain } from './inputs';
import type { Sfc32 } from './random';
import type { WorkforceRates } from './workforce';

export interface PathParameters {
	effectTechnical: number;
	effectManagerial: number;
	mismatchedEffectShare: number;
	/** Share of a training effect left after one year. */
	yearlyRetention: number;
	performancePersistence: number;
	punishmentRate: number;
	selfFundedStudyRate: number;
	workforce: WorkforceRates;
	/** The assumptions this path sees: prices, hours, free shares and money drawn (or central). */
	assumptions: Assumptions;
}

/** Inverse CDF of the triangular distribution on [low, high] with mode `value`. */
export function triangular(u: number, { value, low, high }: Uncertain): number {
	if (high <= low) return value;
	const split = (value - low) / (high - low);
	return u < split
		? low + Math.sqrt(u * (high - low) * (value - low))
		: high - Math.sqrt((1 - u) * (high - low) * (high - value));
}

export function pathParameters(a: Assumptions, rng: Sfc32 | null): PathParameters {
	const pick = (x: Uncertain) => (rng ? triangular(rng.next(), x) : x.value);
	const halfLife = pick(a.effectHalfLifeMonths);
	return {
		effectTechnical: pick(a.effectTechnical),
		effectManagerial: pick(a.effectManagerial),
		mismatchedEffectShare: pick(a.mismatchedEffectShare),
		yearlyRetention: halfLife > 0 ? Math.pow(0.5, 12 / halfLife) : 0,
		performancePersistence: pick(a.performancePersistence),
		punishmentRate: pick(a.punishmentRate),
		selfFundedStudyRate: pick(a.selfFundedStudyRate),
		// Drawn after the others, so adding them left the earlier draws of a seed as they were.
		workforce: {
			otherLeaverRate: pick(a.workforce.otherLeaverRate),
			replacementRate: pick(a.workforce.replacementRate),
			postChangeRate: pick(a.workforce.postChangeRate)
		},
		assumptions: rng ? drawNumbers(a, rng) : a
	};
}

/** A copy of `a` with every ranged plain-number assumption drawn, in `DRAWN_NUMBERS` order. */
function drawNumbers(a: Assumptions, rng: Sfc32): Assumptions {
	const drawn = { ...a };
	for (const id of DRAWN_NUMBERS) {
		const range = a.uncertainty[id];
		// A draw for every id, ranged or not, so pinning one leaves the others' draws as they were.
		const u = rng.next();
		if (range) drawn[id] = triangular(u, { value: a[id], ...range });
	}
	return drawn;
}
