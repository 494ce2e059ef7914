/**
 * Who may change saved scenarios. With `PLANNER_TOKEN` set, POST/PUT/DELETE need
 * `Authorization: Bearer <token>`; reads stay open so shared links and printed reports
 * work for anyone. Without it, anyone who can reach the server can write.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http';

/** The token writes need, or null when writes are open; read on each request. */
export function plannerToken(): string | null {
	return process.env.PLANNER_TOKEN?.trim() || null;
}

/** Compares secrets in constant time (hashing first so their lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
	const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

/** Throws a 401 unless the request may write. */
export function requireWriter(request: Request, token = plannerToken()): void {
	if (!token) return;
	const match = /^Bearer[ \t]+(.+?)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
	if (match && sameSecret(match[1], token)) return;
	throw new HttpError(
		401,
		'unauthorized',
		'Changing scenarios on this server needs the planner token: send Authorization: Bearer <token>.',
		{},
		{ 'www-authenticate': 'Bearer' }
	);
}
