/** GET: saved scenarios, newest first (`?search=` filters); POST: save a new one. */
import { createScenarioBody } from '$lib/scenario/savedScenario';
import { requireWriter } from '$lib/server/auth';
import { handle, jsonResponse, parseWith, readJson } from '$lib/server/http';
import { requireUsableFormulas, searchOf } from '$lib/server/scenarioRequests';
import { getScenarioRepository } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	handle(async () =>
		jsonResponse({ scenarios: await getScenarioRepository().list(searchOf(url)) })
	);

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
