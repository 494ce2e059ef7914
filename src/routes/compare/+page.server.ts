import { isHttpError } from '@sveltejs/kit';
import { findRulebook, RULEBOOKS } from '$lib/engine/rulebooks';
import { translate } from '$lib/i18n/messages';
import type { SavedScenario } from '$lib/scenario/savedScenario';
import { orBusyPage } from '$lib/server/projection/busyPage';
import { takeRenderTurn } from '$lib/server/projection/renderTurn';
import {
	projectAllOnPool,
	projectOnPool,
	storedRosters
} from '$lib/server/projection/serverProjections';
import { getScenarioRepository } from '$lib/server/store';
import {
	chooseScenarios,
	MAX_COMPARED,
	parseIds,
	pickerItem
} from '$lib/ui/compare/chooseScenarios';
import {
	commonPeriod,
	rulebookOf,
	withRulebook,
	type ProjectedScenario
} from '$lib/ui/compare/projectScenarios';
import type { PageServerLoad } from './$types';

/** The picker lists at most this many saved scenarios, newest first. */
const PICKER_LIMIT = 500;

/** The first scenario again, scored by another rulebook (`?rulebook=<id>`). */
export interface RulebookVariant {
	rulebookId: string;
	scenario: ProjectedScenario;
}

/** Why `?rulebook=` added no column. */
export type RulebookVariantProblem =
	{ code: 'unknown'; got: string; allowed: string[] } | { code: 'same'; rulebookId: string };

/**
 * The chosen saved scenarios, each projected with its baseline on the server's worker pool
 * (same seed, 200 draws) so the page arrives complete; and the saved list for the picker.
 * A full pool answers 503 (`orBusyPage`).
 */
export const load: PageServerLoad = async (event) => {
	const { url, locals } = event;
	const repository = getScenarioRepository();
	const parsed = parseIds(url.searchParams);
	const chosen = await chooseScenarios(parsed, (id) => repository.get(id));
	// One period for every scenario's costs: a later target year must not mean more years summed.
	const period = commonPeriod(chosen.scenarios) ?? undefined;
	const rosters = storedRosters(repository);
	const { projected, failed } = await orBusyPage(event, () =>
		projectAllOnPool(chosen.scenarios, translate(locals.lang, 'compare.untitled'), rosters, period)
	);

	// `?rulebook=<id>`: the first scenario once more, under that rulebook, as a column of its own.
	const askedRulebook = url.searchParams.get('rulebook')?.trim().slice(0, 80) || null;
	const first = chosen.scenarios[0];
	let variant: RulebookVariant | null = null;
	let variantProblem: RulebookVariantProblem | null = null;
	if (askedRulebook && first) {
		const rulebook = findRulebook(askedRulebook);
		if (!rulebook) {
			variantProblem = {
				code: 'unknown',
				got: askedRulebook,
				allowed: RULEBOOKS.map((r) => r.id)
			};
		} else if (rulebookOf(first.inputs).id === rulebook.id) {
			variantProblem = { code: 'same', rulebookId: rulebook.id };
		} else {
			const fallback = translate(locals.lang, 'compare.untitled');
			try {
				const scenario = await orBusyPage(event, () =>
					projectOnPool(withRulebook(first, rulebook.id), fallback, rosters, period)
				);
				variant = { rulebookId: rulebook.id, scenario };
			} catch (error) {
				if (isHttpError(error)) throw error;
				failed.push({
					id: null,
					name: first.name || fallback,
					reason: error instanceof Error ? error.message : String(error)
				});
			}
		}
	}

	let saved: SavedScenario[] = [];
	let listFailed = false;
	try {
		saved = await repository.list();
	} catch (error) {
		// The comparison can still be shown; the picker says the list is unavailable.
		console.error(error);
		listFailed = true;
	}
	// Heavy pages render one at a time, so other requests wait for at most one render.
	await takeRenderTurn();
	return {
		ids: parsed.ids,
		period: period ?? null,
		scenarios: projected,
		unknown: chosen.unknown,
		unreadable: chosen.unreadable,
		leftOut: chosen.leftOut,
		failed,
		variant,
		variantProblem,
		/** The rulebook asked for, when it is a known one (the control shows it chosen). */
		alsoRulebook: variant?.rulebookId ?? null,
		max: MAX_COMPARED,
		saved: saved.slice(0, PICKER_LIMIT).map(pickerItem),
		truncated: saved.length > PICKER_LIMIT,
		listFailed
	};
};
