/**
 * One stored roster, named by its fingerprint. PUT stores it (only when the planner chose to
 * store the staff data with a scenario), GET gives it back to token holders, DELETE removes it
 * unless a saved scenario still names it. See README, "Stored rosters".
 */
import { MAX_ROSTER_BODY_BYTES } from '$lib/scenario/savedScenario';
import { requireRosterReader, requireWriter } from '$lib/server/auth';
import { handle, jsonResponse, noContent, parseWith, readJson } from '$lib/server/http';
import { fingerprintParam, putRosterBody, rosterSummary, rosterToStore } from '$lib/server/rosters';
import { RosterNotFound } from '$lib/server/scenarioRepository';
import { getScenarioRepository } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) =>
	handle(async () => {
		requireRosterReader(request);
		const fingerprint = fingerprintParam(params.fingerprint);
		const stored = await getScenarioRepository().getStoredRoster(fingerprint);
		if (!stored) throw new RosterNotFound(fingerprint);
		return jsonResponse({
			fingerprint: stored.fingerprint,
			csv: stored.csv,
			people: stored.people,
			units: stored.units,
			unitList: stored.unitList,
			createdAt: stored.createdAt
		});
	});

export const PUT: RequestHandler = ({ params, request }) =>
	handle(async () => {
		requireWriter(request);
		const fingerprint = fingerprintParam(params.fingerprint);
		const body = parseWith(
			putRosterBody,
			await readJson(request, MAX_ROSTER_BODY_BYTES, {
				gzip: true,
				tooLargeAdvice: 'a roster of 50,000 people is about 4 MB; split larger agencies'
			})
		);
		const { created, roster } = await getScenarioRepository().putRoster(
			rosterToStore(fingerprint, body)
		);
		return jsonResponse(rosterSummary(roster), created ? 201 : 200, {
			location: `/api/rosters/${encodeURIComponent(roster.fingerprint)}`
		});
	});

export const DELETE: RequestHandler = ({ params, request }) =>
	handle(async () => {
		requireWriter(request);
		await getScenarioRepository().deleteRoster(fingerprintParam(params.fingerprint));
		return noContent();
	});
