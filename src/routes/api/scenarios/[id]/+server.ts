/** One saved scenario: GET it, PUT changes naming the version read, DELETE it at a version. */
import { updateScenarioBody } from '$lib/scenario/savedScenario';
import { requireWriter } from '$lib/server/auth';
import { handle, jsonResponse, noContent, parseWith, readJson } from '$lib/server/http';
import { ScenarioNotFound } from '$lib/server/scenarioRepository';
import { requireUsableFormulas, versionToDelete } from '$lib/server/scenarioRequests';
import { getScenarioRepository } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) =>
	handle(async () => {
		const scenario = await getScenarioRepository().get(params.id);
		if (!scenario) throw new ScenarioNotFound(params.id);
		return jsonResponse(scenario);
	});

export const PUT: RequestHandler = ({ params, request }) =>
	handle(async () => {
		requireWriter(request);
		const body = parseWith(updateScenarioBody, await readJson(request));
		await requireUsableFormulas(body.inputs);
		return jsonResponse(await getScenarioRepository().update(params.id, body));
	});

export const DELETE: RequestHandler = ({ params, request, url }) =>
	handle(async () => {
		requireWriter(request);
		await getScenarioRepository().delete(params.id, await versionToDelete(request, url));
		return noContent();
	});
