/** GET: saved scenarios, newest first (`?search=` filters); POST: save a new one. */
import { createScenarioBody, type SavedScenario } from '$lib/scenario/savedScenario';
import { plannerToken, requireRosterReader, requireWriter } from '$lib/server/auth';
import { handle, jsonResponse, parseWith, readJson } from '$lib/server/http';
import { requireUsableFormulas, searchOf } from '$lib/server/scenarioRequests';
import { getScenarioRepository } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** True when the request may read stored rosters: no token is set, or it carries the token. */
function readsRosters(request: Request): boolean {
	if (!plannerToken()) return true;
	try {
		requireRosterReader(request);
		return true;
	} catch {
		return false;
	}
}

/**
 * A list item for a reader without the planner token (when one is set): without the roster
 * fingerprint, so the open list is no index of which scenarios have staff data on the server
 * (whose projections cost the most). One scenario by id still has it: the planner needs it.
 */
function withoutRoster(scenario: SavedScenario): Omit<SavedScenario, 'rosterFingerprint'> {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { rosterFingerprint, ...rest } = scenario;
	return rest;
}

export const GET: RequestHandler = ({ request, url }) =>
	handle(async () => {
		const scenarios = await getScenarioRepository().list(searchOf(url));
		return jsonResponse({
			scenarios: readsRosters(request) ? scenarios : scenarios.map(withoutRoster)
		});
	});

export const POST: RequestHandler = ({ request }) =>
	handle(async () => {
		requireWriter(request);
		const body = parseWith(createScenarioBody, await readJson(request));
		await requireUsableFormulas(body.inputs);
		const created = await getScenarioRepository().create(body);
		return jsonResponse(created, 201, {
			location: `/api/scenarios/${encodeURIComponent(created.id)}`
		});
	});
