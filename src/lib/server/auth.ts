/**
 * Who may change saved scenarios, and who may read stored rosters. With `PLANNER_TOKEN` set,
 * POST/PUT/DELETE need `Authorization: Bearer <token>`, and so does reading a stored roster
 * (it is personal data); reading scenarios stays open so shared links and printed reports
 * work for anyone. Without it, anyone who can reach the server can write, and read rosters.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http';

/**
 * Why the server must not start with this `PLANNER_TOKEN`, or null when it may: a variable
 * that is set but blank (an empty secret in a deployment template, say) would otherwise leave
 * the server open while the operator believes it guarded.
 */
export function blankPlannerTokenProblem(value: string | undefined): string | null {
	if (value === undefined || value.trim() !== '') return null;
	return (
		'PLANNER_TOKEN is set but blank, so it would guard nothing. ' +
		'Set it to a real secret (for example the output of `openssl rand -hex 32`) so that ' +
		'changes need it, or unset it (remove the variable) to run the server open on purpose.'
	);
}

/** The token writes need, or null when writes are open; read on each request. */
export function plannerToken(): string | null {
	return process.env.PLANNER_TOKEN?.trim() || null;
}

/** Compares secrets in constant time (hashing first so their lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
	const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

/** True when no token is needed, or the request carries it. */
function carriesToken(request: Request, token: string | null): boolean {
	if (!token) return true;
	const match = /^Bearer[ \t]+(.+?)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
	return match !== null && sameSecret(match[1], token);
}

function unauthorized(message: string): HttpError {
	return new HttpError(401, 'unauthorized', message, {}, { 'www-authenticate': 'Bearer' });
}

/** Throws a 401 unless the request may write. */
export function requireWriter(request: Request, token = plannerToken()): void {
	if (carriesToken(request, token)) return;
	throw unauthorized(
		'Changing scenarios on this server needs the planner token: send Authorization: Bearer <token>.'
	);
}

/** Throws a 401 unless the request may read a stored roster (the same token as writes). */
export function requireRosterReader(request: Request, token = plannerToken()): void {
	if (carriesToken(request, token)) return;
	throw unauthorized(
		'Stored rosters are personal data: reading one on this server needs the planner token. ' +
			'Send Authorization: Bearer <token>.'
	);
}
