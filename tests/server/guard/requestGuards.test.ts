import { describe, expect, it } from 'vitest';
import { blankPlannerTokenProblem } from '../../../src/lib/server/auth';
import { jsonApiError, malformedApiPath } from '../../../src/lib/server/guard/apiErrors';
import { isCrossSiteForm } from '../../../src/lib/server/guard/csrf';
import {
	RATE_LIMIT_DEFAULTS,
	rateLimitConfig
} from '../../../src/lib/server/guard/rateLimitConfig';
import { limitedKind } from '../../../src/lib/server/guard/requestKind';

const ORIGIN = 'https://planner.example';

function post(headers: Record<string, string>, method = 'POST'): Request {
	return new Request(`${ORIGIN}/api/scenarios`, { method, headers, body: 'x' });
}

describe('isCrossSiteForm (SvelteKit’s CSRF rule)', () => {
	it.each([
		['application/x-www-form-urlencoded', 'https://evil.example', true],
		['multipart/form-data; boundary=x', 'https://evil.example', true],
		['text/plain;charset=UTF-8', 'https://evil.example', true],
		['TEXT/PLAIN', null, true],
		['application/x-sveltekit-formdata', 'null', true],
		['text/plain', ORIGIN, false],
		['application/json', 'https://evil.example', false],
		['application/xml', 'https://evil.example', false]
	])('%s from %s → %s', (type, origin, forbidden) => {
		const headers: Record<string, string> = { 'content-type': type };
		if (origin !== null) headers.origin = origin;
		expect(isCrossSiteForm(post(headers), ORIGIN)).toBe(forbidden);
	});

	it('applies to POST, PUT, PATCH and DELETE only', () => {
		const headers = { 'content-type': 'text/plain', origin: 'https://evil.example' };
		for (const method of ['PUT', 'PATCH', 'DELETE']) {
			expect(isCrossSiteForm(post(headers, method), ORIGIN), method).toBe(true);
		}
		const get = new Request(`${ORIGIN}/api/scenarios`, { headers });
		expect(isCrossSiteForm(get, ORIGIN)).toBe(false);
	});
});

describe('API errors are JSON', () => {
	it('an address that is not valid percent-encoding → JSON 400 invalid', async () => {
		for (const path of ['/api/scenarios/%ff', '/api/scenarios/%E0%A4%A', '/api/%']) {
			const response = malformedApiPath(path)!;
			expect(response.status, path).toBe(400);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			expect((await response.json()).error).toBe('invalid');
		}
		for (const path of ['/api/scenarios/abc', '/api/scenarios/%25ff', '/api/scenarios/%C3%A9']) {
			expect(malformedApiPath(path), path).toBeNull();
		}
	});

	it('SvelteKit’s own HTML and text errors become JSON with the same status', async () => {
		const html = new Response('<!doctype html><h1>404</h1>', {
			status: 404,
			headers: { 'content-type': 'text/html' }
		});
		const notFound = await jsonApiError(html, '/api/nothing');
		expect(notFound.status).toBe(404);
		expect(await notFound.json()).toMatchObject({ error: 'not_found' });

		const text = new Response('PATCH method not allowed', {
			status: 405,
			headers: { 'content-type': 'text/plain', allow: 'GET, PUT, DELETE' }
		});
		const notAllowed = await jsonApiError(text, '/api/scenarios/x');
		expect(notAllowed.status).toBe(405);
		expect(notAllowed.headers.get('allow')).toBe('GET, PUT, DELETE');
		expect(await notAllowed.json()).toMatchObject({ error: 'method_not_allowed' });
	});

	it('JSON answers and successes pass unchanged', async () => {
		const json = new Response('{"error":"not_found"}', {
			status: 404,
			headers: { 'content-type': 'application/json; charset=utf-8' }
		});
		expect(await jsonApiError(json, '/api/x')).toBe(json);
		const ok = new Response('{}', { status: 200 });
		expect(await jsonApiError(ok, '/api/x')).toBe(ok);
	});
});

describe('limitedKind', () => {
	const kind = (method: string, path: string, routeId: string | null) => {
		const url = new URL(path, ORIGIN);
		return limitedKind({
			method,
			pathname: url.pathname,
			routeId,
			searchParams: url.searchParams
		});
	};

	it.each([
		['POST', '/api/scenarios', '/api/scenarios', 'write'],
		['PUT', '/api/scenarios/a', '/api/scenarios/[id]', 'write'],
		['DELETE', '/api/rosters/f', '/api/rosters/[fingerprint]', 'write'],
		['PATCH', '/api/nowhere', null, 'write'],
		['GET', '/api/scenarios', '/api/scenarios', null],
		['GET', '/compare?ids=a,b', '/compare', 'page'],
		['GET', '/meeting', '/meeting', 'page'],
		['GET', '/report?b=1', '/report', 'page'],
		['GET', '/report/abc', '/report/[id]', 'page'],
		['GET', '/decide', '/decide', 'page'],
		['GET', '/?budget=5', '/', 'page'],
		['GET', '/', '/', null],
		['GET', '/?lang=en', '/', null],
		['GET', '/model', '/model', null],
		['GET', '/nowhere', null, null]
	])('%s %s → %s', (method, path, routeId, expected) => {
		expect(kind(method, path, routeId)).toBe(expected);
	});
});

describe('rateLimitConfig', () => {
	it('uses the documented defaults when nothing is set', () => {
		expect(rateLimitConfig({})).toEqual(RATE_LIMIT_DEFAULTS);
		expect(RATE_LIMIT_DEFAULTS).toEqual({
			writes: { perMinute: 60, burst: 120 },
			pages: { perMinute: 60, burst: 60 }
		});
	});

	it('reads the variables; 0 per minute turns a limit off', () => {
		expect(
			rateLimitConfig({
				RATE_LIMIT_WRITES_PER_MINUTE: '600',
				RATE_LIMIT_WRITES_BURST: ' 1000 ',
				RATE_LIMIT_PAGES_PER_MINUTE: '0'
			})
		).toEqual({ writes: { perMinute: 600, burst: 1000 }, pages: null });
	});

	it('refuses values that are not whole numbers, naming the variable', () => {
		expect(() => rateLimitConfig({ RATE_LIMIT_PAGES_BURST: 'ten' })).toThrow(
			/RATE_LIMIT_PAGES_BURST must be a whole number/
		);
		expect(() => rateLimitConfig({ RATE_LIMIT_WRITES_PER_MINUTE: '-1' })).toThrow(
			/RATE_LIMIT_WRITES_PER_MINUTE/
		);
		expect(() => rateLimitConfig({ RATE_LIMIT_WRITES_BURST: '0' })).toThrow(
			/RATE_LIMIT_WRITES_PER_MINUTE=0/
		);
	});
});

describe('blankPlannerTokenProblem', () => {
	it('is null when the token is unset (open on purpose) or real', () => {
		expect(blankPlannerTokenProblem(undefined)).toBeNull();
		expect(blankPlannerTokenProblem('s3cret')).toBeNull();
	});

	it('names PLANNER_TOKEN and both fixes when it is set but blank', () => {
		for (const blank of ['', '   ', '\t\n']) {
			const problem = blankPlannerTokenProblem(blank);
			expect(problem).toMatch(/PLANNER_TOKEN is set but blank/);
			expect(problem).toMatch(/unset it/);
			expect(problem).toMatch(/real secret/);
		}
	});
});
