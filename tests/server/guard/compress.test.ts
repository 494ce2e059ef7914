import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	chooseEncoding,
	compressResponse,
	MIN_COMPRESS_BYTES
} from '../../../src/lib/server/guard/compress';

const HTML = '<!doctype html><p>' + 'Indeks Profesionalitas ASN, '.repeat(2_000) + '</p>';

function request(acceptEncoding: string | null, method = 'GET'): Request {
	const headers = acceptEncoding === null ? undefined : { 'accept-encoding': acceptEncoding };
	return new Request('http://app.test/', { method, headers });
}

/** A complete body, as SvelteKit's `text()` makes it (with a Content-Length). */
function whole(body: string, type = 'text/html', init: ResponseInit = {}): Response {
	const bytes = new TextEncoder().encode(body);
	return new Response(bytes, {
		status: 200,
		...init,
		headers: { 'content-type': type, 'content-length': String(bytes.byteLength), ...init.headers }
	});
}

/** A body in parts whose length is not known up front, as a streamed page. */
function streamed(parts: string[], type = 'text/html'): Response {
	const encoder = new TextEncoder();
	return new Response(
		new ReadableStream<Uint8Array>({
			start(controller) {
				for (const part of parts) controller.enqueue(encoder.encode(part));
				controller.close();
			}
		}),
		{ headers: { 'content-type': type } }
	);
}

async function decoded(response: Response): Promise<string> {
	const bytes = Buffer.from(await response.arrayBuffer());
	const encoding = response.headers.get('content-encoding');
	const plain =
		encoding === 'br'
			? brotliDecompressSync(bytes)
			: encoding === 'gzip'
				? gunzipSync(bytes)
				: bytes;
	return plain.toString('utf8');
}

describe('chooseEncoding', () => {
	it.each([
		[null, null],
		['', null],
		['identity', null],
		['gzip', 'gzip'],
		['gzip, deflate', 'gzip'],
		['gzip, deflate, br', 'br'],
		['br;q=0, gzip', 'gzip'],
		['BR;Q=0.5', 'br'],
		['*', 'br'],
		['*;q=0, gzip', 'gzip'],
		['gzip;q=0', null],
		['deflate', null]
	])('Accept-Encoding %j → %j', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});

describe('compressResponse', () => {
	it('compresses a whole HTML page with brotli or gzip, as accepted', async () => {
		for (const [accept, encoding] of [
			['gzip, deflate, br', 'br'],
			['gzip', 'gzip']
		]) {
			const response = await compressResponse(request(accept), whole(HTML));
			expect(response.headers.get('content-encoding')).toBe(encoding);
			expect(response.headers.get('vary')).toBe('Accept-Encoding');
			expect(response.headers.get('content-length')).toBeNull();
			expect(await decoded(response)).toBe(HTML);
		}
	});

	it('gives the same bytes again for the same page (remembered, not recomputed)', async () => {
		const first = await compressResponse(request('br'), whole(HTML));
		const second = await compressResponse(request('br'), whole(HTML));
		expect(Buffer.from(await second.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()));
	});

	it('compresses JSON, keeping status and headers', async () => {
		const json = JSON.stringify({ scenarios: Array(200).fill({ name: 'Skenario' }) });
		const response = await compressResponse(
			request('gzip'),
			streamed([json], 'application/json; charset=utf-8')
		);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(JSON.parse(await decoded(response))).toEqual(JSON.parse(json));
	});

	it('compresses a streamed page part by part, every part readable when it is sent', async () => {
		const parts = [HTML, '<script>late data</script>', '</body></html>'];
		let release: () => void = () => {};
		const gate = new Promise<void>((r) => (release = r));
		const encoder = new TextEncoder();
		const source = new Response(
			new ReadableStream<Uint8Array>({
				async start(controller) {
					controller.enqueue(encoder.encode(parts[0]));
					await gate; // the rest arrives only when the test says so
					controller.enqueue(encoder.encode(parts[1] + parts[2]));
					controller.close();
				}
			}),
			{ headers: { 'content-type': 'text/html' } }
		);
		const response = await compressResponse(request('gzip'), source);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		// The first part can be decoded before the rest exists: it was flushed, not held back.
		const reader = response.body!.getReader();
		const received: Buffer[] = [];
		let plain = '';
		while (plain.length < parts[0].length) {
			const { value } = await reader.read();
			received.push(Buffer.from(value!));
			plain = gunzipSync(Buffer.concat(received), { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString();
		}
		expect(plain).toBe(parts[0]);
		release();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			received.push(Buffer.from(value));
		}
		expect(gunzipSync(Buffer.concat(received)).toString()).toBe(parts.join(''));
	});

	it('leaves tiny bodies as they are, but still says the answer varies', async () => {
		const small = 'x'.repeat(MIN_COMPRESS_BYTES - 1);
		for (const response of [
			await compressResponse(request('br'), whole(small, 'application/json')),
			await compressResponse(request('br'), streamed([small.slice(0, 10), small.slice(10)]))
		]) {
			expect(response.headers.get('content-encoding')).toBeNull();
			expect(response.headers.get('vary')).toBe('Accept-Encoding');
			expect(await response.text()).toBe(small);
		}
	});

	it('leaves alone what must not or need not be compressed', async () => {
		const cases: [string, Request, Response][] = [
			['no Accept-Encoding', request(null), whole(HTML)],
			['HEAD', request('br', 'HEAD'), whole(HTML)],
			['an image', request('br'), whole(HTML, 'image/png')],
			['a spreadsheet download', request('br'), whole(HTML, 'application/vnd.ms-excel')],
			[
				'already encoded',
				request('br'),
				whole(HTML, 'text/html', { headers: { 'content-encoding': 'gzip' } })
			],
			[
				'no-transform',
				request('br'),
				whole(HTML, 'text/html', { headers: { 'cache-control': 'no-transform' } })
			],
			['204', request('br'), new Response(null, { status: 204 })],
			[
				'304',
				request('br'),
				new Response(null, { status: 304, headers: { 'content-type': 'text/html' } })
			]
		];
		for (const [name, req, res] of cases) {
			const before = res.headers.get('content-encoding');
			const response = await compressResponse(req, res);
			expect(response.headers.get('content-encoding'), name).toBe(before);
		}
	});

	it('gives the compressed body an ETag of its own', async () => {
		const page = () => whole(HTML, 'text/html', { headers: { etag: '"abc"' } });
		const br = await compressResponse(request('br'), page());
		const gzip = await compressResponse(request('gzip'), page());
		expect(br.headers.get('etag')).toBe('"abc-br"');
		expect(gzip.headers.get('etag')).toBe('"abc-gzip"');
		expect((await compressResponse(request(null), page())).headers.get('etag')).toBe('"abc"');
	});

	it('adds to an existing Vary instead of replacing it', async () => {
		const response = await compressResponse(
			request('br'),
			whole(HTML, 'text/html', { headers: { vary: 'Cookie' } })
		);
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
	});
});
