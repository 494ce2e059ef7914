/**
 * The HTTP layer of the built app, as a hostile visitor meets it: per-client rate limits
 * (429 with Retry-After), compressed HTML and JSON, the Content-Security-Policy and the other
 * security headers, JSON errors for everything under /api (cross-site form posts, addresses
 * that are not valid percent-encoding, unknown endpoints and methods), and a server that will
 * not start with a blank PLANNER_TOKEN.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	call,
	ensureBuild,
	makeTempDir,
	removeTempDir,
	startServer,
	type ApiServer
} from './harness';

let dir: string;
/** Default settings, rate limits off (as the harness starts every server). */
let server: ApiServer;
/** Tiny rate limits, clients told apart by X-Forwarded-For as behind a load balancer. */
let limited: ApiServer;

beforeAll(async () => {
	dir = makeTempDir('ipasn-http-');
	[server, limited] = await Promise.all([
		startServer({ databasePath: join(dir, 'open.db') }),
		startServer({
			databasePath: join(dir, 'limited.db'),
			env: {
				RATE_LIMIT_WRITES_BURST: '3',
				RATE_LIMIT_WRITES_PER_MINUTE: '1',
				RATE_LIMIT_PAGES_BURST: '2',
				RATE_LIMIT_PAGES_PER_MINUTE: '1',
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			}
		})
	]);
}, 180_000);

afterAll(async () => {
	await Promise.all([server?.stop(), limited?.stop()]);
	if (dir) removeTempDir(dir);
});

interface RawAnswer {
	status: number;
	headers: IncomingHttpHeaders;
	/** The bytes as sent (still compressed when the server compressed them). */
	bytes: Buffer;
}

/** One request with node:http, which (unlike fetch) neither asks for nor undoes compression. */
function raw(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawAnswer> {
	return new Promise((done, fail) => {
		const req = httpRequest(
			url,
			{ method: options.method ?? 'GET', headers: options.headers ?? {} },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					done({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) })
				);
			}
		);
		req.setTimeout(15_000, () => req.destroy(new Error('request timed out')));
		req.on('error', fail);
		req.end(options.body);
	});
}

function decode(answer: RawAnswer): string {
	const encoding = answer.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(answer.bytes).toString('utf8');
	if (encoding === 'gzip') return gunzipSync(answer.bytes).toString('utf8');
	return answer.bytes.toString('utf8');
}

describe('rate limits per client', () => {
	it('writes: the burst goes through, then 429 JSON with Retry-After; nothing is written', async () => {
		const from = { 'x-forwarded-for': '203.0.113.7' };
		const statuses = [];
		for (let i = 0; i < 3; i++) {
			statuses.push((await call('POST', limited.api, { name: `burst ${i}` }, from)).status);
		}
		expect(statuses).toEqual([201, 201, 201]);
		const refused = await call('POST', limited.api, { name: 'one too many' }, from);
		expect(refused.status).toBe(429);
		expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(refused.body).toMatchObject({
			error: 'rate_limited',
			retryAfterSeconds: Number(refused.headers.get('retry-after'))
		});
		const list = await call('GET', `${limited.api}?search=one+too+many`, undefined, from);
		expect(list.status).toBe(200);
		expect(list.body.scenarios).toEqual([]);
		// Another client has its own bucket.
		const other = await call(
			'POST',
			limited.api,
			{ name: 'other' },
			{
				'x-forwarded-for': '198.51.100.2'
			}
		);
		expect(other.status).toBe(201);
	});

	it('every writing method counts, reading does not', async () => {
		const from = { 'x-forwarded-for': '203.0.113.8' };
		const created = await call('POST', limited.api, { name: 'counted' }, from);
		const id = created.body.id;
		for (let i = 0; i < 5; i++) {
			expect((await call('GET', `${limited.api}/${id}`, undefined, from)).status).toBe(200);
		}
		const put = await call('PUT', `${limited.api}/${id}`, { version: 1, seed: 2 }, from);
		expect(put.status).toBe(200);
		const del = await call('DELETE', `${limited.api}/${id}?version=2`, undefined, from);
		expect(del.status).toBe(204);
		const fourth = await call('DELETE', `${limited.api}/${id}?version=2`, undefined, from);
		expect(fourth.status).toBe(429);
	});

	it('expensive pages: 429 page in the visitor’s language with Retry-After', async () => {
		const from = { 'x-forwarded-for': '203.0.113.9' };
		const pages = ['/compare', '/meeting'].map((p) => `${limited.baseURL}${p}`);
		for (const url of pages) expect((await raw(url, { headers: from })).status).toBe(200);
		const refused = await raw(`${limited.baseURL}/decide?lang=en`, { headers: from });
		expect(refused.status).toBe(429);
		expect(refused.headers['content-type']).toMatch(/^text\/html/);
		expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
		const html = decode(refused);
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('Too many requests');
		const indonesian = decode(await raw(`${limited.baseURL}/report/x`, { headers: from }));
		expect(indonesian).toContain('Terlalu banyak permintaan');
		// The planner itself, without a scenario in its address, is never limited.
		for (let i = 0; i < 4; i++) {
			expect((await raw(`${limited.baseURL}/`, { headers: from })).status).toBe(200);
		}
		// With one, it projects on the server, so it counts.
		expect((await raw(`${limited.baseURL}/?seed=3`, { headers: from })).status).toBe(429);
	});

	it('page data fetched by the app (client-side navigation) counts too, and says why in JSON', async () => {
		const from = { 'x-forwarded-for': '203.0.113.10' };
		const data = `${limited.baseURL}/compare/__data.json`;
		for (let i = 0; i < 2; i++) expect((await raw(data, { headers: from })).status).toBe(200);
		const refused = await raw(data, { headers: { ...from, cookie: 'lang=en' } });
		expect(refused.status).toBe(429);
		expect(refused.headers['retry-after']).toBeDefined();
		// SvelteKit's client shows a JSON string as the error page's message.
		expect(JSON.parse(decode(refused))).toMatch(/opened too often from your address/);
	});
});

describe('compression', () => {
	it('the planner’s HTML goes out brotli- or gzip-compressed as accepted, with Vary', async () => {
		const plain = await raw(`${server.baseURL}/`);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toMatch(/accept-encoding/i);
		for (const [accept, encoding] of [
			['gzip, deflate, br', 'br'],
			['gzip', 'gzip']
		]) {
			const packed = await raw(`${server.baseURL}/`, { headers: { 'accept-encoding': accept } });
			expect(packed.status).toBe(200);
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(packed.headers.vary).toMatch(/accept-encoding/i);
			expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 4);
			const html = decode(packed);
			expect(html).toMatch(/^<!doctype html>/);
			expect(html.length).toBe(plain.bytes.toString('utf8').length);
			// A browser revalidating its compressed copy still gets 304.
			const etag = String(packed.headers.etag);
			expect(etag).toMatch(new RegExp(`-${encoding}"$`));
			const again = await raw(`${server.baseURL}/`, {
				headers: { 'accept-encoding': accept, 'if-none-match': etag }
			});
			expect(again.status).toBe(304);
		}
	});

	it('JSON lists are compressed; tiny JSON bodies and 204s are not', async () => {
		for (let i = 0; i < 12; i++) {
			await call('POST', server.api, { name: `Skenario anggaran pelatihan ${i}` });
		}
		const list = await raw(server.api, { headers: { 'accept-encoding': 'gzip' } });
		expect(list.headers['content-encoding']).toBe('gzip');
		expect(JSON.parse(decode(list)).scenarios.length).toBeGreaterThanOrEqual(12);

		const missing = await raw(`${server.api}/nothing-here`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(missing.status).toBe(404);
		expect(missing.headers['content-encoding']).toBeUndefined();

		const created = await call('POST', server.api, { name: 'to delete' });
		const deleted = await raw(`${server.api}/${created.body.id}?version=1`, {
			method: 'DELETE',
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(deleted.status).toBe(204);
		expect(deleted.headers['content-encoding']).toBeUndefined();
	});
});

describe('security headers', () => {
	it('pages carry a hash-based CSP that forbids framing, and the other headers', async () => {
		for (const path of ['/', '/compare', '/model', '/no-such-page']) {
			const page = await raw(`${server.baseURL}${path}`);
			const csp = String(page.headers['content-security-policy']);
			expect(csp, path).toContain("frame-ancestors 'none'");
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+/);
			expect(csp, path).not.toMatch(/nonce-|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
			expect(page.headers['x-frame-options'], path).toBe('DENY');
			expect(page.headers['x-content-type-options'], path).toBe('nosniff');
			expect(page.headers['referrer-policy'], path).toBe('same-origin');
		}
	});

	it('the page is the same bytes for every visitor (hashes, no per-request nonce)', async () => {
		const [a, b] = await Promise.all([raw(`${server.baseURL}/`), raw(`${server.baseURL}/`)]);
		expect(a.headers['content-security-policy']).toBe(b.headers['content-security-policy']);
		expect(a.bytes.equals(b.bytes)).toBe(true);
	});

	it('API answers allow nothing to load and cannot be framed', async () => {
		const list = await raw(server.api);
		expect(list.headers['content-security-policy']).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
		expect(list.headers['x-frame-options']).toBe('DENY');
		expect(list.headers['x-content-type-options']).toBe('nosniff');
	});
});

describe('every API error is JSON', () => {
	it('a cross-site form post → JSON 403 forbidden; nothing is created', async () => {
		for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']) {
			const response = await call('POST', server.api, 'name=csrf', {
				'content-type': type,
				origin: 'https://evil.example'
			});
			expect(response.status, type).toBe(403);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			expect(response.body).toMatchObject({ error: 'forbidden' });
		}
		const noOrigin = await call('PUT', `${server.api}/x`, 'a', { 'content-type': 'text/plain' });
		expect(noOrigin.status).toBe(403);
		expect(noOrigin.body.error).toBe('forbidden');
		expect((await call('GET', `${server.api}?search=csrf`)).body.scenarios).toEqual([]);
	});

	it('a cross-site form post to a page is refused too', async () => {
		const response = await call('POST', `${server.baseURL}/`, 'a=1', {
			'content-type': 'application/x-www-form-urlencoded',
			origin: 'https://evil.example'
		});
		expect(response.status).toBe(403);
	});

	it('same-origin requests are not mistaken for forgeries', async () => {
		const response = await call('POST', server.api, 'name=x', {
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseURL
		});
		expect(response.status).toBe(415);
		expect(response.body.error).toBe('unsupported_media_type');
	});

	it('an address that is not valid percent-encoding → JSON 400 invalid', async () => {
		for (const path of ['/api/scenarios/%ff', '/api/rosters/%E0%A4%A', '/api/scenarios/%']) {
			const response = await raw(`${server.baseURL}${path}`);
			expect(response.status, path).toBe(400);
			expect(response.headers['content-type'], path).toMatch(/^application\/json/);
			expect(JSON.parse(decode(response)).error, path).toBe('invalid');
		}
	});

	it('no such endpoint → JSON 404; a method the endpoint lacks → JSON 405 with Allow', async () => {
		const missing = await call('GET', `${server.baseURL}/api/nothing`);
		expect(missing.status).toBe(404);
		expect(missing.body.error).toBe('not_found');
		const patch = await call('PATCH', server.api, {});
		expect(patch.status).toBe(405);
		expect(patch.body.error).toBe('method_not_allowed');
		expect(patch.headers.get('allow')).toMatch(/GET/);
	});
});

describe('start-up settings', () => {
	const ROOT = resolve(import.meta.dirname, '../..');

	/** Runs `node build` with `env` until it exits (or 20 s pass); its exit code and output. */
	async function startAndExit(env: Record<string, string>) {
		await ensureBuild();
		const child = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], {
			cwd: ROOT,
			env: {
				PATH: process.env.PATH,
				PORT: '0',
				HOST: '127.0.0.1',
				DATABASE_PATH: join(dir, 'never.db'),
				...env
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
		clearTimeout(timer);
		return { code, output };
	}

	it('a blank PLANNER_TOKEN stops the server with a message saying how to fix it', async () => {
		for (const blank of ['   ', '']) {
			const { code, output } = await startAndExit({ PLANNER_TOKEN: blank });
			expect(code, output).not.toBe(0);
			expect(code, output).not.toBeNull();
			expect(output).toMatch(/PLANNER_TOKEN is set but blank/);
			expect(output).toMatch(/unset it/);
		}
	}, 60_000);

	it('a rate-limit variable that is not a number stops the server, naming it', async () => {
		const { code, output } = await startAndExit({ RATE_LIMIT_PAGES_BURST: 'lots' });
		expect(code, output).toBe(1);
		expect(output).toMatch(/RATE_LIMIT_PAGES_BURST must be a whole number/);
	}, 30_000);
});
