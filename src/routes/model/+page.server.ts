import { DEFAULT_RULEBOOK, findRulebook } from '$lib/engine/rulebooks';
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

/**
 * The rulebook whose rules the page shows: `?rulebook=<id>`, else the default. An unknown id
 * shows the default and says so.
 */
export const load: PageServerLoad = ({ url }) => {
	const asked = url.searchParams.get('rulebook');
	const found = asked ? findRulebook(asked) : undefined;
	return {
		roster: rosterFacts(),
		rulebookId: (found ?? DEFAULT_RULEBOOK).id,
		unknownRulebook: asked && !found ? asked.slice(0, 80) : null
	};
};
