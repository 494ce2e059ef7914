/**
 * Which rate limit a request counts against, if any. Cheap requests (reading a scenario,
 * static files, the planner with its default scenario) are never limited; writes to the API
 * and the pages that project scenarios on the server are.
 */

export type LimitedKind = 'write' | 'page';

/** The pages whose server load projects scenarios (and their `__data.json` twins). */
const EXPENSIVE_ROUTES: ReadonlySet<string> = new Set([
	'/compare',
	'/meeting',
	'/report',
	'/report/[id]',
	'/decide'
]);

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for `/api` and everything under it. */
export function isApiPath(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

export interface RequestShape {
	method: string;
	pathname: string;
	/** SvelteKit's route id (`/report/[id]`), null when no route matched. */
	routeId: string | null;
	searchParams: URLSearchParams;
}

/** True when the query holds more than the language: the planner then projects a scenario. */
function hasScenarioQuery(searchParams: URLSearchParams): boolean {
	for (const name of searchParams.keys()) if (name !== 'lang') return true;
	return false;
}

export function limitedKind(request: RequestShape): LimitedKind | null {
	if (isApiPath(request.pathname)) return WRITE_METHODS.has(request.method) ? 'write' : null;
	if (request.routeId === null) return null;
	if (EXPENSIVE_ROUTES.has(request.routeId)) return 'page';
	if (request.routeId === '/' && hasScenarioQuery(request.searchParams)) return 'page';
	return null;
}
