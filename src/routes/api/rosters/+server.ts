/**
 * How this server treats stored rosters, for the planner's save dialog to say exactly who could
 * read the staff data before the planner chooses to store it: `readAccess` is `token` when
 * PLANNER_TOKEN is set (only token holders), `open` otherwise (anyone who can reach the server).
 * The list of stored rosters itself is not offered.
 */
import { MAX_ROSTER_BODY_BYTES } from '$lib/scenario/savedScenario';
import { plannerToken } from '$lib/server/auth';
import { handle, jsonResponse } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	handle(() =>
		jsonResponse({
			readAccess: plannerToken() ? 'token' : 'open',
			maxBodyBytes: MAX_ROSTER_BODY_BYTES
		})
	);
