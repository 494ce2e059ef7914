import { DEFAULT_RULEBOOK } from '$lib/engine/rulebooks';
import { BONTANG } from '$lib/scenario/bontang';
import { runScenario } from '$lib/scenario/runScenario';
import { defaultScenario } from '$lib/scenario/scenario';
import type { PageServerLoad } from './$types';

/** The default scenario, projected deterministically: the first view of the product. */
export const load: PageServerLoad = () => {
	const { result } = runScenario(defaultScenario());
	const labelOf = (id: string) => DEFAULT_RULEBOOK.categories.find((c) => c.id === id)!.label;
	return {
		agency: BONTANG.agency,
		start: { ...result.start, label: labelOf(result.start.category) },
		target: result.target,
		years: result.years.map((y) => ({
			year: y.year,
			phase: y.phase,
			index: y.index.p50,
			category: labelOf(y.category),
			share: y.budget.share,
			allocated: y.budget.allocated,
			spent: y.budget.spent
		}))
	};
};
