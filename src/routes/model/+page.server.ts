import { DEFAULT_RULEBOOK } from '$lib/engine/rulebooks';
import type { CategoryId } from '$lib/engine/rulebooks/rulebook';
import { categoryOf, scoreRoster } from '$lib/engine/scoring';
import { bontangRoster } from '$lib/scenario/bontang';
import type { PageServerLoad } from './$types';

/** What the model page says about the default roster, measured rather than retyped. */
export interface RosterFacts {
	people: number;
	units: number;
	index: number;
	category: CategoryId;
}

let cached: RosterFacts | undefined;

/** The roster is fixed by its seed, so it is generated and scored once per server. */
function rosterFacts(): RosterFacts {
	if (!cached) {
		const roster = bontangRoster();
		const index = scoreRoster(roster, DEFAULT_RULEBOOK).agency.index;
		cached = {
			people: roster.people.length,
			units: roster.units.length,
			index,
			category: categoryOf(DEFAULT_RULEBOOK, index)
		};
	}
	return cached;
}

export const load: PageServerLoad = () => ({ roster: rosterFacts() });
