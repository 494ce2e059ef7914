/**
 * Small typed clients for the saved-scenario API (`/api/scenarios`) and the stored-roster API
 * (`/api/rosters`), for the planner UI. Every call resolves with validated data or throws an
 * `ApiError` carrying the server's status, error code, message, the fields at fault (400) and
 * the current scenario (409).
 *
 *   const saved = await scenarioApi.create({ name: 'Rencana 2026', inputs });
 *   try { await scenarioApi.update(saved.id, { version: saved.version, name: 'Baru' }); }
 *   catch (e) { if (e instanceof ApiError && e.status === 409) showReload(e.current); }
 *
 * Writes send `Authorization: Bearer <token>` when the browser's localStorage holds a
 * `plannerToken` (servers started with PLANNER_TOKEN need it); so does reading a stored roster,
 * which such servers keep to token holders.
 */
import { z } from 'zod';
import type { Unit } from '../engine/roster';
import type { Bilingual } from '../i18n/lang';
import {
	MAX_ROSTER_BODY_BYTES,
	savedScenarioSchema,
	type CreateScenarioBody,
	type SavedScenario,
	type UpdateScenarioBody
} from '../scenario/savedScenario';

/**
 * One field at fault, as the server names it: `path` is dotted, '' for the whole body;
 * `message` is English, `text` both languages where the server has them.
 */
export interface ApiIssue {
	path: string;
	message: string;
	text?: Bilingual;
}

export class ApiError extends Error {
	constructor(
		/** HTTP status; 0 when the server could not be reached. */
		readonly status: number,
		/**
		 * The server's `error` code (`invalid`, `not_found`, `version_conflict`, …; see
		 * `apiErrorCodes.ts`), or the client's own (`network`, `bad_response`, `http_<status>`).
		 * Pages show it translated (`apiErrorText`); `message` is English, for developers.
		 */
		readonly code: string,
		message: string,
		readonly issues: ApiIssue[] = [],
		/** On 409: the scenario as it is now on the server. */
		readonly current: SavedScenario | null = null
	) {
		super(message);
		this.name = 'ApiError';
	}

	/** On 409: the version to base a retry on. */
	get currentVersion(): number | null {
		return this.current?.version ?? null;
	}
}

export interface ScenarioApi {
	/** Newest first; `search` matches name, description and author. */
	list(search?: string): Promise<SavedScenario[]>;
	get(id: string): Promise<SavedScenario>;
	create(body: CreateScenarioBody): Promise<SavedScenario>;
	/** `body.version` is the version last read; a newer one on the server gives a 409. */
	update(id: string, body: UpdateScenarioBody): Promise<SavedScenario>;
	remove(id: string, version: number): Promise<void>;
}

export interface ScenarioApiOptions {
	/** Origin to call, e.g. `http://127.0.0.1:3000`; default: the page's own. */
	baseUrl?: string;
	/** The fetch to use (SvelteKit's `event.fetch` in a load function); default: global fetch. */
	fetch?: typeof fetch;
	/** The planner token; default: localStorage `plannerToken`, if any. */
	token?: () => string | null;
}

export const TOKEN_STORAGE_KEY = 'plannerToken';

function storedToken(): string | null {
	try {
		return globalThis.localStorage?.getItem(TOKEN_STORAGE_KEY) || null;
	} catch {
		// Storage can be unavailable (private mode, blocked cookies): then there is no token.
		return null;
	}
}

const errorBody = z
	.object({
		error: z.string(),
		message: z.string().optional(),
		issues: z
			.array(
				z.object({
					path: z.string(),
					message: z.string(),
					text: z.object({ id: z.string(), en: z.string() }).optional()
				})
			)
			.optional(),
		current: z.unknown().optional()
	})
	.loose();
/**
 * A server with a planner token leaves the roster fingerprints out of its list for readers
 * without the token: read as "not known here" (null), which only a token holder could change.
 */
const listItem = z.preprocess(
	(v) =>
		typeof v === 'object' && v !== null && !('rosterFingerprint' in v)
			? { ...v, rosterFingerprint: null }
			: v,
	savedScenarioSchema
);
const listBody = z.object({ scenarios: z.array(listItem) });

interface CallOptions {
	/** Send the token on a GET too (stored rosters are personal data). */
	tokenOnRead?: boolean;
	/** The JSON body, already serialised; gzip-compressed when `encoding` says so. */
	encoded?: { body: string | Uint8Array<ArrayBuffer>; encoding?: 'gzip' };
}

type Call = (
	method: string,
	path: string,
	body?: unknown,
	callOptions?: CallOptions
) => Promise<{ status: number; data: unknown }>;

/** One JSON call to `<baseUrl><root><path>`, failures as `ApiError`. */
function caller(root: string, options: ScenarioApiOptions): Call {
	const base = `${(options.baseUrl ?? '').replace(/\/$/, '')}${root}`;
	const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
	const token = options.token ?? storedToken;

	return async function call(method, path, body, callOptions = {}) {
		const headers: Record<string, string> = { accept: 'application/json' };
		if (body !== undefined || callOptions.encoded) headers['content-type'] = 'application/json';
		if (callOptions.encoded?.encoding) headers['content-encoding'] = callOptions.encoded.encoding;
		const secret = method === 'GET' && !callOptions.tokenOnRead ? null : token();
		if (secret) headers.authorization = `Bearer ${secret}`;
		let response: Response;
		try {
			response = await doFetch(`${base}${path}`, {
				method,
				headers,
				body: callOptions.encoded?.body ?? (body === undefined ? undefined : JSON.stringify(body)),
				cache: 'no-store'
			});
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new ApiError(0, 'network', `Could not reach the server (${reason}); try again.`);
		}
		if (response.status === 204) return { status: 204, data: null };
		const text = await response.text();
		let data: unknown = null;
		try {
			data = text ? JSON.parse(text) : null;
		} catch {
			// Not JSON (a proxy's error page, say): reported below with the status.
		}
		if (!response.ok) throw toApiError(response, data, text);
		return { status: response.status, data };
	};
}

export function createScenarioApi(options: ScenarioApiOptions = {}): ScenarioApi {
	const call = caller('/api/scenarios', options);

	function scenarioFrom(status: number, data: unknown): SavedScenario {
		const parsed = savedScenarioSchema.safeParse(data);
		if (!parsed.success) throw badResponse(status);
		return parsed.data;
	}

	const at = (id: string) => `/${encodeURIComponent(id)}`;

	return {
		async list(search = '') {
			const query = search.trim() ? `?search=${encodeURIComponent(search.trim())}` : '';
			// The token, when the browser has one, also brings the roster fingerprints.
			const { status, data } = await call('GET', query, undefined, { tokenOnRead: true });
			const parsed = listBody.safeParse(data);
			if (!parsed.success) throw badResponse(status);
			return parsed.data.scenarios;
		},
		async get(id) {
			const { status, data } = await call('GET', at(id));
			return scenarioFrom(status, data);
		},
		async create(body) {
			const { status, data } = await call('POST', '', body);
			return scenarioFrom(status, data);
		},
		async update(id, body) {
			const { status, data } = await call('PUT', at(id), body);
			return scenarioFrom(status, data);
		},
		async remove(id, version) {
			await call('DELETE', `${at(id)}?version=${encodeURIComponent(String(version))}`);
		}
	};
}

function toApiError(response: Response, data: unknown, text: string): ApiError {
	const parsed = errorBody.safeParse(data);
	if (!parsed.success) {
		// SvelteKit's own errors are JSON too ({"message": …}): keep the words, not the JSON.
		const said = (data as { message?: unknown } | null)?.message;
		const detail = (typeof said === 'string' ? said : text).trim().slice(0, 200);
		return new ApiError(
			response.status,
			`http_${response.status}`,
			`The server answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`
		);
	}
	const { error, message, issues, current } = parsed.data;
	const scenario = savedScenarioSchema.safeParse(current);
	return new ApiError(
		response.status,
		error,
		message ?? `The server answered ${response.status} (${error}).`,
		issues ?? [],
		scenario.success ? scenario.data : null
	);
}

function badResponse(status: number, what = 'a scenario'): ApiError {
	return new ApiError(
		status,
		'bad_response',
		`The server sent ${what} this page cannot read; reload the page (the app may have been updated).`
	);
}

/** The client for the page's own server. */
export const scenarioApi: ScenarioApi = createScenarioApi();

// ── Stored rosters ────────────────────────────────────────────────────────────

/** A stored roster without its data. */
export interface StoredRosterSummary {
	fingerprint: string;
	people: number;
	units: number;
	createdAt: string;
}

/** A stored roster with its data: `parseRosterCsv(csv, { units: unitList })` is the roster. */
export interface StoredRosterData extends StoredRosterSummary {
	csv: string;
	unitList: Unit[];
}

/** Who may read rosters stored on this server: token holders, or anyone who can reach it. */
export interface RosterPolicy {
	readAccess: 'token' | 'open';
	maxBodyBytes: number;
}

/** What `put` sends: the canonical CSV (`writeRosterCsv`) and the roster's units. */
export interface RosterUpload {
	csv: string;
	units?: readonly Unit[];
}

export interface RosterApi {
	/**
	 * Stores the roster under its fingerprint, gzip-compressed where the browser can; resolves
	 * with `created: false` when the server already held it. Fails before sending anything
	 * (413 `too_large`) when the body is over the server's limit.
	 */
	put(
		fingerprint: string,
		upload: RosterUpload
	): Promise<{ created: boolean; roster: StoredRosterSummary }>;
	get(fingerprint: string): Promise<StoredRosterData>;
	/** 409 `roster_in_use` while a saved scenario names it. */
	remove(fingerprint: string): Promise<void>;
	policy(): Promise<RosterPolicy>;
}

const rosterSummarySchema = z.object({
	fingerprint: z.string(),
	people: z.number(),
	units: z.number(),
	createdAt: z.string()
});
const rosterDataSchema = rosterSummarySchema.extend({
	csv: z.string(),
	unitList: z.array(z.object({ id: z.string(), name: z.string() }))
});
const rosterPolicySchema = z.object({
	readAccess: z.enum(['token', 'open']),
	maxBodyBytes: z.number()
});

/** gzip of `text`, or null where the browser has no CompressionStream (then sent as it is). */
async function gzipped(text: string): Promise<Uint8Array<ArrayBuffer> | null> {
	if (typeof CompressionStream === 'undefined') return null;
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function createRosterApi(options: ScenarioApiOptions = {}): RosterApi {
	const call = caller('/api/rosters', options);
	const at = (fingerprint: string) => `/${encodeURIComponent(fingerprint)}`;

	return {
		async put(fingerprint, upload) {
			const json = JSON.stringify(
				upload.units
					? { csv: upload.csv, units: upload.units.map(({ id, name }) => ({ id, name })) }
					: { csv: upload.csv }
			);
			const bytes = new TextEncoder().encode(json).byteLength;
			if (bytes > MAX_ROSTER_BODY_BYTES) {
				throw new ApiError(
					413,
					'too_large',
					`The roster is ${bytes} bytes as JSON; the server stores at most ${MAX_ROSTER_BODY_BYTES}.`
				);
			}
			const compressed = await gzipped(json);
			const { status, data } = await call('PUT', at(fingerprint), undefined, {
				encoded: compressed ? { body: compressed, encoding: 'gzip' } : { body: json }
			});
			const parsed = rosterSummarySchema.safeParse(data);
			if (!parsed.success) throw badResponse(status, 'a roster summary');
			return { created: status === 201, roster: parsed.data };
		},
		async get(fingerprint) {
			const { status, data } = await call('GET', at(fingerprint), undefined, {
				tokenOnRead: true
			});
			const parsed = rosterDataSchema.safeParse(data);
			if (!parsed.success) throw badResponse(status, 'a roster');
			return parsed.data;
		},
		async remove(fingerprint) {
			await call('DELETE', at(fingerprint));
		},
		async policy() {
			const { status, data } = await call('GET', '');
			const parsed = rosterPolicySchema.safeParse(data);
			if (!parsed.success) throw badResponse(status, 'a roster policy');
			return parsed.data;
		}
	};
}

/** The roster client for the page's own server. */
export const rosterApi: RosterApi = createRosterApi();
