/**
 * Compresses the app's HTML and JSON answers when the client accepts it: brotli (quality 4,
 * as fast as gzip and smaller) or gzip. Static files under /_app never get here: adapter-node
 * serves them precompressed.
 *
 * - Always `Vary: Accept-Encoding` on compressible types, so caches keep the versions apart.
 * - Never for HEAD, 204/206/304, bodies already encoded, `Cache-Control: no-transform`,
 *   other content types (images, downloads) or bodies under 1 KB.
 * - A body whose length is known (SvelteKit renders most pages in one piece) is compressed
 *   whole, on libuv's thread pool, and the result kept in a small cache keyed by the body's
 *   hash: the planner's default page is the same bytes for every visitor.
 * - A streamed body (a page whose data arrives later) is compressed as it streams, flushed
 *   after every chunk, so each part reaches the browser as soon as the app has produced it.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import {
	brotliCompress,
	constants,
	createBrotliCompress,
	createGzip,
	gzip,
	type BrotliOptions,
	type ZlibOptions
} from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Smaller bodies gain too little to pay for the encoding's own bytes and time. */
export const MIN_COMPRESS_BYTES = 1024;
/** Bodies this large are worth remembering compressed; larger ones than the max are not kept. */
const CACHE_MIN_BYTES = 16 * 1024;
const CACHE_MAX_BYTES = 1024 * 1024;
/** What the cache may hold in all (compressed bytes). */
const CACHE_BUDGET_BYTES = 4 * 1024 * 1024;

const BROTLI: BrotliOptions = {
	params: {
		[constants.BROTLI_PARAM_QUALITY]: 4,
		[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT
	}
};
const GZIP: ZlibOptions = { level: 6 };

const COMPRESSIBLE =
	/^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript)\b|image\/svg\+xml)/i;

/**
 * The encoding to use from `Accept-Encoding`: brotli when accepted, else gzip, else none.
 * A coding is accepted when listed (or covered by `*`) with a q-value above 0.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const q = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
		if (!name) continue;
		const qParam = params.find((p) => p.startsWith('q='));
		const value = qParam === undefined ? 1 : Number(qParam.slice(2));
		q.set(name, Number.isFinite(value) ? value : 0);
	}
	const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

function isCompressible(request: Request, response: Response): boolean {
	if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return false;
	if (request.method === 'HEAD' || !response.body) return false;
	if ([204, 206, 304].includes(response.status) || response.status < 200) return false;
	if (response.headers.has('content-encoding') || response.headers.has('content-range')) {
		return false;
	}
	return !/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '');
}

function addVary(headers: Headers): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'Accept-Encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) {
		headers.set('vary', `${vary}, Accept-Encoding`);
	}
}

function encodedHeaders(response: Response, encoding: Encoding): Headers {
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	headers.set('content-encoding', encoding);
	addVary(headers);
	// The compressed bytes are another representation: another ETag, still a strong one, so
	// SvelteKit's If-None-Match check (run after the hook) still answers 304 for it.
	const etag = headers.get('etag');
	if (etag?.endsWith('"')) headers.set('etag', `${etag.slice(0, -1)}-${encoding}"`);
	return headers;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies by encoding and hash of the original, least recently used first. Keyed by
 * the content itself, so a visitor only ever gets the bytes their own answer compresses to.
 */
const cache = new Map<string, Uint8Array<ArrayBuffer>>();
let cachedBytes = 0;

function remember(key: string, compressed: Uint8Array<ArrayBuffer>): void {
	// Two requests may have compressed the same body at once.
	if (cache.has(key)) return;
	cache.set(key, compressed);
	cachedBytes += compressed.byteLength;
	for (const [oldKey, old] of cache) {
		if (cachedBytes <= CACHE_BUDGET_BYTES) break;
		cache.delete(oldKey);
		cachedBytes -= old.byteLength;
	}
}

async function compressWhole(
	body: Uint8Array,
	encoding: Encoding
): Promise<Uint8Array<ArrayBuffer>> {
	const key =
		body.byteLength >= CACHE_MIN_BYTES && body.byteLength <= CACHE_MAX_BYTES
			? `${encoding}:${createHash('sha256').update(body).digest('base64')}`
			: null;
	const cached = key === null ? undefined : cache.get(key);
	if (cached) {
		cache.delete(key!);
		cache.set(key!, cached);
		return cached;
	}
	const compressed = new Uint8Array(
		encoding === 'br' ? await brotliAsync(body, BROTLI) : await gzipAsync(body, GZIP)
	);
	if (key !== null) remember(key, compressed);
	return compressed;
}

/** Compresses a stream as it arrives, flushing after each chunk so nothing waits. */
function compressStream(
	source: ReadableStream<Uint8Array>,
	encoding: Encoding
): ReadableStream<Uint8Array> {
	const zip = encoding === 'br' ? createBrotliCompress(BROTLI) : createGzip(GZIP);
	const flushKind = encoding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;
	const reader = source.getReader();
	return new ReadableStream<Uint8Array>({
		start(controller) {
			zip.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
			zip.on('end', () => controller.close());
			zip.on('error', (error) => controller.error(error));
			void (async () => {
				try {
					for (;;) {
						const { done, value } = await reader.read();
						if (done) break;
						await new Promise<void>((resolve, reject) =>
							zip.write(value, (error) => (error ? reject(error) : zip.flush(flushKind, resolve)))
						);
					}
					zip.end();
				} catch (error) {
					zip.destroy(error as Error);
				}
			})();
		},
		cancel(reason) {
			zip.destroy();
			return reader.cancel(reason);
		}
	});
}

/** A stream that gives `first` and then the rest of `reader`. */
function prepend(
	first: Uint8Array[],
	reader: ReadableStreamDefaultReader<Uint8Array>
): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of first) controller.enqueue(chunk);
		},
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) controller.close();
			else controller.enqueue(value);
		},
		cancel: (reason) => reader.cancel(reason)
	});
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}

function sameResponse(response: Response, body: BodyInit | null, headers: Headers): Response {
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** The response compressed for this request where that helps; otherwise as it was. */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (!isCompressible(request, response)) return response;
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const declared = Number(response.headers.get('content-length') ?? NaN);
	if (encoding === null || declared < MIN_COMPRESS_BYTES) {
		const headers = new Headers(response.headers);
		addVary(headers);
		return sameResponse(response, response.body, headers);
	}
	if (Number.isFinite(declared)) {
		const body = new Uint8Array(await response.arrayBuffer());
		return sameResponse(
			response,
			await compressWhole(body, encoding),
			encodedHeaders(response, encoding)
		);
	}
	// Unknown length: read until it is clearly worth compressing, or the body has ended.
	const reader = response.body!.getReader();
	const head: Uint8Array[] = [];
	let total = 0;
	while (total < MIN_COMPRESS_BYTES) {
		const { done, value } = await reader.read();
		if (done) {
			const headers = new Headers(response.headers);
			addVary(headers);
			return sameResponse(response, concat(head, total), headers);
		}
		head.push(value);
		total += value.byteLength;
	}
	return sameResponse(
		response,
		compressStream(prepend(head, reader), encoding),
		encodedHeaders(response, encoding)
	);
}
