/**
 * What every JSON endpoint does the same way: read a body within a size limit, parse and
 * validate it, and turn any failure into a JSON error response that says how to fix the
 * request. Routes stay a few lines: `handle(async () => jsonResponse(...))`.
 */
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Bilingual } from '../i18n/lang';
import { PROTOTYPE_KEYS } from '../scenario/plainText';
import { MAX_BODY_BYTES } from '../scenario/savedScenario';
import type { ServerErrorCode } from '../state/apiErrorCodes';
import {
	CorruptRoster,
	CorruptScenario,
	RosterInUse,
	RosterNotFound,
	ScenarioNotFound,
	VersionConflict
} from './scenarioRepository';

/**
 * One field at fault: `path` is dotted (`inputs.coverage`), '' for the body as a whole;
 * `message` in English, `text` in both languages where the check has them (pages show it).
 */
export interface Issue {
	path: string;
	message: string;
	text?: Bilingual;
}

/**
 * A failure with its HTTP status and a stable `error` code for clients to branch on (and
 * to translate: every code is in `apiErrorCodes.ts` and has a message in both languages).
 */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: ServerErrorCode,
		message: string,
		readonly extra: Record<string, unknown> = {},
		readonly headers: Record<string, string> = {}
	) {
		super(message);
	}
}

/** A 400 naming the fields at fault. */
export function invalid(issues: Issue[]): HttpError {
	const summary = issues
		.slice(0, 5)
		.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
		.join('; ');
	const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
	return new HttpError(400, 'invalid', `Invalid request: ${summary}${more}.`, { issues });
}

/** zod issues as `{ path, message }`, one per unknown field so each is named. */
export function issuesOf(error: z.ZodError, prefix: string[] = []): Issue[] {
	return error.issues.flatMap((issue): Issue[] => {
		const at = [...prefix, ...issue.path.map(String)];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				path: [...at, key].join('.'),
				message: `unknown field "${key}"; remove it`
			}));
		}
		if (issue.code === 'invalid_key') {
			// A record's key at fault: say why, as for a value.
			const inner = issue.issues[0];
			const text = inner?.code === 'custom' ? bilingualOf(inner.params?.text) : undefined;
			return [
				{ path: at.join('.'), message: inner?.message ?? issue.message, ...(text && { text }) }
			];
		}
		const text = issue.code === 'custom' ? bilingualOf(issue.params?.text) : undefined;
		return [{ path: at.join('.'), message: issue.message, ...(text && { text }) }];
	});
}

/** A check's message in both languages, where it gave one (`plainText.ts` does). */
function bilingualOf(value: unknown): Bilingual | undefined {
	const v = value as Partial<Bilingual> | null | undefined;
	return typeof v?.id === 'string' && typeof v.en === 'string' ? { id: v.id, en: v.en } : undefined;
}

/**
 * Parses JSON text, refusing (400, naming each path) any object key in `PROTOTYPE_KEYS`
 * (zod's records drop `__proto__` silently, so `inputs: {"__proto__": 5}` went unnoticed
 * while any other unknown input was refused).
 * The reviver sees every key, nested or not, before any object operation could drop it.
 */
export function parseJsonText(text: string): unknown {
	let found = false;
	let value: unknown;
	try {
		value = JSON.parse(text, function (this: unknown, key: string, v: unknown) {
			if (PROTOTYPE_KEYS.has(key) && !Array.isArray(this)) found = true;
			return v;
		});
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw invalid([{ path: '', message: `the body is not valid JSON (${reason})` }]);
	}
	// Found by the reviver; named by a walk (its paths), only for the bodies that have one.
	if (found) throw invalid(forbiddenKeyIssues(value));
	return value;
}

/** Where the forbidden keys are, as dotted paths (`inputs.__proto__`), each named. */
function forbiddenKeyIssues(value: unknown): Issue[] {
	const issues: Issue[] = [];
	const walk = (v: unknown, at: string[]): void => {
		if (Array.isArray(v)) {
			v.forEach((item, k) => walk(item, [...at, String(k)]));
		} else if (typeof v === 'object' && v !== null) {
			for (const key of Object.keys(v)) {
				const path = [...at, key];
				if (PROTOTYPE_KEYS.has(key)) {
					issues.push({ path: path.join('.'), message: `unknown field "${key}"; remove it` });
				} else walk((v as Record<string, unknown>)[key], path);
			}
		}
	};
	walk(value, []);
	return issues;
}

/**
 * Validates `value`, or throws a 400 naming the fields at fault; `at` names where the value
 * came from when that is not the body (a query parameter, say).
 */
export function parseWith<S extends z.ZodType>(
	schema: S,
	value: unknown,
	at?: string
): z.output<S> {
	const result = schema.safeParse(value);
	if (!result.success) throw invalid(issuesOf(result.error, at ? [at] : []));
	return result.data;
}

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function jsonResponse(
	body: unknown,
	status = 200,
	headers: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers }
	});
}

export function noContent(): Response {
	return new Response(null, { status: 204, headers: NO_STORE });
}

/**
 * A too-large body is read to its end (and thrown away, never held) before the 413 goes out:
 * answering while the client is still sending makes many clients report a broken connection
 * instead of the answer. Past this much beyond the limit the connection is cut instead.
 * adapter-node's own BODY_SIZE_LIMIT (512 KB by default) usually ends the stream sooner.
 */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

export interface ReadJsonOptions {
	/**
	 * Accept `Content-Encoding: gzip`: the limit then applies to the decoded body (and to the
	 * compressed one). Large bodies (a roster) travel compressed, which also keeps them under
	 * adapter-node's own BODY_SIZE_LIMIT (512 KB by default).
	 */
	gzip?: boolean;
	/** What a 413 tells the client to do; default: send a smaller scenario. */
	tooLargeAdvice?: string;
}

function tooLarge(limit: number, options: ReadJsonOptions): HttpError {
	return new HttpError(
		413,
		'too_large',
		`The request body is larger than ${limit} bytes; ${options.tooLargeAdvice ?? 'send a smaller scenario'}.`,
		{ limit }
	);
}

/** `gzip` or null (no encoding); anything else is refused with 415. */
function contentEncoding(request: Request, options: ReadJsonOptions): 'gzip' | null {
	const header = request.headers.get('content-encoding')?.trim().toLowerCase() ?? '';
	if (header === '' || header === 'identity') return null;
	if (header === 'gzip' && options.gzip) return 'gzip';
	throw new HttpError(
		415,
		'unsupported_media_type',
		options.gzip
			? `Content-Encoding "${header}" is not accepted; send the body as it is or with Content-Encoding: gzip.`
			: `Content-Encoding "${header}" is not accepted here; send the body uncompressed.`
	);
}

/** Decodes a gzip body, refusing (413) as soon as the decoded text passes `limit`. */
function gunzip(body: Buffer, limit: number, options: ReadJsonOptions): Buffer {
	try {
		return gunzipSync(body, { maxOutputLength: limit });
	} catch (error) {
		if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
			throw tooLarge(limit, options);
		}
		throw invalid([{ path: '', message: 'the body is not valid gzip data' }]);
	}
}

async function drain(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	alreadyRead: number,
	limit: number
): Promise<void> {
	let total = alreadyRead;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			total += value.byteLength;
			if (total > limit + DRAIN_LIMIT_BYTES) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The stream failed (adapter-node's own limit, or the client went away): nothing to drain.
	}
}

function isJsonContentType(header: string | null): boolean {
	if (!header) return false;
	const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
	if (type !== 'application/json') return false;
	return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/**
 * Reads the body as JSON: 415 unless the content type is `application/json` (UTF-8) and the
 * body is not compressed (or gzip, where `options.gzip` allows it), 413 when it is over
 * `limit` bytes, whether the client announced that in Content-Length or not (the bytes are
 * counted as they arrive), 400 when it is empty or not JSON.
 */
export async function readJson(
	request: Request,
	limit = MAX_BODY_BYTES,
	options: ReadJsonOptions = {}
): Promise<unknown> {
	if (!isJsonContentType(request.headers.get('content-type'))) {
		throw new HttpError(
			415,
			'unsupported_media_type',
			'Send the body as JSON, with the header Content-Type: application/json.'
		);
	}
	const encoding = contentEncoding(request, options);
	const body = request.body;
	if (!body) throw invalid([{ path: '', message: 'the body is empty; send a JSON object' }]);
	const reader = body.getReader();
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (Number.isFinite(declared) && declared > limit) {
		await drain(reader, 0, limit);
		throw tooLarge(limit, options);
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > limit) {
				await drain(reader, total, limit);
				throw tooLarge(limit, options);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof HttpError) throw error;
		// adapter-node fails the stream with a 413 past its own limit, or when the body runs
		// past its Content-Length.
		if ((error as { status?: unknown }).status === 413) throw serverLimit(limit, options);
		throw new HttpError(400, 'invalid', 'The request body could not be read; send it again.');
	}
	if (total === 0) throw invalid([{ path: '', message: 'the body is empty; send a JSON object' }]);
	let bytes: Buffer = Buffer.concat(chunks);
	if (encoding === 'gzip') {
		bytes = gunzip(bytes, limit, options);
		if (bytes.byteLength === 0) {
			throw invalid([{ path: '', message: 'the body is empty; send a JSON object' }]);
		}
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw invalid([{ path: '', message: 'the body is not valid UTF-8 text' }]);
	}
	return parseJsonText(text);
}

/**
 * adapter-node cut the body at its own BODY_SIZE_LIMIT (512 KB unless set), which may be
 * below `limit`: say so, since raising `limit` alone would not help.
 */
function serverLimit(limit: number, options: ReadJsonOptions): HttpError {
	const configured = process.env.BODY_SIZE_LIMIT;
	if (!options.gzip) return tooLarge(limit, options);
	return new HttpError(
		413,
		'too_large',
		`The request body is larger than this server accepts (BODY_SIZE_LIMIT ${configured ?? '512K'}); ` +
			`send it with Content-Encoding: gzip, or start the server with a higher BODY_SIZE_LIMIT. ` +
			`Decoded, a body may have up to ${limit} bytes.`,
		{ limit }
	);
}

/** Like `readJson`, but a request without a body gives `undefined`. */
export async function readOptionalJson(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
	if (!request.body || request.headers.get('content-length') === '0') return undefined;
	return readJson(request, limit);
}

/** A JSON error body; the code typed so that a new one cannot go out untranslated. */
const errorBody = (
	error: ServerErrorCode,
	message: string,
	extra: Record<string, unknown> = {}
) => ({
	error,
	message,
	...extra
});

/** Maps a failure to its JSON response; anything unexpected is logged and answered with 500. */
export function errorResponse(error: unknown): Response {
	if (error instanceof HttpError) {
		return jsonResponse(
			errorBody(error.code, error.message, error.extra),
			error.status,
			error.headers
		);
	}
	if (error instanceof ScenarioNotFound || error instanceof RosterNotFound) {
		return jsonResponse(errorBody('not_found', error.message), 404);
	}
	if (error instanceof RosterInUse) {
		return jsonResponse(
			errorBody('roster_in_use', error.message, { scenarios: error.scenarios }),
			409
		);
	}
	if (error instanceof VersionConflict) {
		return jsonResponse(
			errorBody('version_conflict', error.message, {
				currentVersion: error.current.version,
				current: error.current
			}),
			409
		);
	}
	if (error instanceof z.ZodError) return errorResponse(invalid(issuesOf(error)));
	if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
		return jsonResponse(
			errorBody('busy', 'The database is busy; nothing was changed. Try again.'),
			503,
			{ 'retry-after': '1' }
		);
	}
	console.error(error);
	const message =
		error instanceof CorruptScenario
			? `Scenario ${error.id} is damaged in the database; restore it from a backup.`
			: error instanceof CorruptRoster
				? `Roster ${error.fingerprint} is damaged in the database; restore it from a backup.`
				: 'Unexpected server error; nothing was changed. The server log has the details.';
	return jsonResponse(errorBody('internal', message), 500);
}

/** Runs a handler and turns whatever it throws into a JSON error response. */
export async function handle(fn: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (error) {
		return errorResponse(error);
	}
}
