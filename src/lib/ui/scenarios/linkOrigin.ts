/**
 * Whether the screen still shows exactly what a share link opened. Such a scenario has no
 * saved id, yet it is nobody's unsaved work: the link itself keeps it. The bar then says
 * "from a link" instead of the "unsaved changes" warning; once edited, it is unsaved work.
 */
import type { Agency } from '../../scenario/agency';
import { defaultScenario, type Inputs } from '../../scenario/scenario';
import { scenarioToSearchParams } from '../../scenario/urlCodec';

/** What a page load opened: the planner page's data (`inputs`, `seed`, `agency`). */
export interface OpenedContent {
	inputs?: Inputs;
	seed?: number;
	agency?: Agency;
	/** The planner reopened this tab's unsaved work (see `state/plannerDraft.ts`): not a link's. */
	restored?: boolean;
}

/** The link text of a scenario's content: equal texts project identically. */
function contentKey(content: OpenedContent): string {
	const base = defaultScenario();
	return scenarioToSearchParams({
		...base,
		seed: content.seed ?? base.seed,
		inputs: content.inputs ?? {},
		...(content.agency && { agency: content.agency })
	}).toString();
}

/**
 * True when nothing is saved under the screen, it differs from the status quo (`dirty`), and it
 * is what the page opened — an unchanged share link.
 */
export function isUnchangedLink(
	opened: OpenedContent | undefined,
	screen: OpenedContent,
	state: { saved: boolean; dirty: boolean }
): boolean {
	if (state.saved || !state.dirty || !opened || opened.restored) return false;
	return contentKey(opened) === contentKey(screen);
}
