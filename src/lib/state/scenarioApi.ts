/**
 * A small typed client for the saved-scenario API (`/api/scenarios`), for the planner UI.
 * Every call resolves with validated data or throws an `ApiError` carrying the server's
 * status, error code, message, the fields at fault (400) and the current scenario (409).
 *
 *   const saved = await scenarioApi.create({ name: 'Rencana 2026', inputs });
 *   try { await scenarioApi.update(saved.id, { version: saved.version, name: 'Baru' }); }
 *   catch (e) { if (e instanceof ApiError && e.status === 409) showReload(e.current); }
 *
 * Writes send `Authorization: Bearer <token>` when the browser's localStorage holds a
 * `plannerToken` (servers started with PLANNER_TOKEN need it).
 */
import { z } from 'zod';
import {
	savedScenarioSchema,
	type CreateScenarioBody,
	type SavedScenario,
	type UpdateScenarioBody
} from '../scenario/savedScenario';

/** One field at fault, as the server names it: `path` is dotted, '' for the whole body. */
export interface ApiIssue {
	path: string;
	message: string;
}

export class ApiError extends Error {
	constructor(
		/** HTTP status; 0 when the server could not be reached. */
		readonly status: number,
		/** The server's `error` code (`invalid`, `not_found`, `version_conflict`, …). */
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
		issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
		current: z.unknown().optional()
	})
	.loose();
const listBody = z.object({ scenarios: z.array(savedScenarioSchema) });

export function createScenarioApi(options: ScenarioApiOptions = {}): ScenarioApi {
	const base = `${(options.baseUrl ?? '').replace(/\/$/, '')}/api/scenarios`;
	const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
	const token = options.token ?? storedToken;

	async function call(
		method: string,
		path: string,
		body?: unknown
	): Promise<{ status: number; data: unknown }> {
		const headers: Record<string, string> = { accept: 'application/json' };
		if (body !== undefined) headers['content-type'] = 'application/json';
		const secret = method === 'GET' ? null : token();
		if (secret) headers.authorization = `Bearer ${secret}`;
		let response: Response;
		try {
			response = await doFetch(`${base}${path}`, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
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
	}

	function scenarioFrom(status: number, data: unknown): SavedScenario {
		const parsed = savedScenarioSchema.safeParse(data);
		if (!parsed.success) throw badResponse(status);
		return parsed.data;
	}

	const at = (id: string) => `/${encodeURIComponent(id)}`;

	return {
		async list(search = '') {
			const query = search.trim() ? `?search=${encodeURIComponent(search.trim())}` : '';
			const { status, data } = await call('GET', query);
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
		const detail = text.trim().slice(0, 200);
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

function badResponse(status: number): ApiError {
	return new ApiError(
		status,
		'bad_response',
		'The server sent a scenario this page cannot read; reload the page (the app may have been updated).'
	);
}

/** The client for the page's own server. */
export const scenarioApi: ScenarioApi = createScenarioApi();
