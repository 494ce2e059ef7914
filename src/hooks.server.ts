import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LANG_COOKIE, resolveLang } from '$lib/i18n/resolveLang';
import { blankPlannerTokenProblem } from '$lib/server/auth';
import { jsonApiError, malformedApiPath } from '$lib/server/guard/apiErrors';
import { compressResponse } from '$lib/server/guard/compress';
import { crossSiteFormForbidden, isCrossSiteForm } from '$lib/server/guard/csrf';
import { createRateLimiter, type RateLimiter } from '$lib/server/guard/rateLimit';
import { rateLimitConfig } from '$lib/server/guard/rateLimitConfig';
import { isApiPath } from '$lib/server/guard/requestKind';
import { withSecurityHeaders } from '$lib/server/guard/securityHeaders';
import { withHomePageCache } from '$lib/server/projection/homePageCache';
import { openScenarioStore } from '$lib/server/store';

let limitRate: RateLimiter = () => null;

/**
 * Runs once when the server starts (adapter-node awaits it before listening): a setting that
 * would make the server run other than the operator meant stops it here, with the fix.
 */
export const init: ServerInit = async () => {
	if (building) return;
	try {
		const tokenProblem = blankPlannerTokenProblem(process.env.PLANNER_TOKEN);
		if (tokenProblem) throw new Error(tokenProblem);
		limitRate = createRateLimiter(rateLimitConfig(process.env));
		// The scenario store (SQLite file, or PostgreSQL at DATABASE_URL) opens and migrates now.
		await openScenarioStore();
	} catch (problem) {
		console.error(`The server cannot start: ${(problem as Error).message}`);
		process.exit(1);
	}
};

/**
 * The document language: `?lang=` (remembered in a cookie), else the cookie,
 * else Bahasa Indonesia. Pages read it from `event.locals.lang`.
 */
function chooseLanguage(event: RequestEvent): void {
	const lang = resolveLang(event.url, event.cookies.get(LANG_COOKIE));
	if (event.url.searchParams.has('lang')) {
		event.cookies.set(LANG_COOKIE, lang, {
			path: '/',
			maxAge: 31_536_000,
			sameSite: 'lax',
			httpOnly: false
		});
	}
	event.locals.lang = lang;
}

/** The request's answer before the headers every answer gets and compression. */
async function answer(
	event: RequestEvent,
	resolve: Parameters<Handle>[0]['resolve']
): Promise<Response> {
	const api = isApiPath(event.url.pathname);
	const malformed = api && malformedApiPath(event.url.pathname);
	if (malformed) return malformed;
	if (isCrossSiteForm(event.request, event.url.origin)) {
		return crossSiteFormForbidden(event.request, api);
	}
	chooseLanguage(event);
	// The app's own server-side fetches were counted as the request that made them.
	const limited = event.isSubRequest ? null : limitRate(event);
	if (limited) return limited;
	const lang = event.locals.lang;
	// The bare planner's page is rendered once per language and day (homePageCache.ts).
	const response = await withHomePageCache(event, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) })
	);
	return api ? jsonApiError(response, event.url.pathname) : response;
}

export const handle: Handle = async ({ event, resolve }) => {
	const response = withSecurityHeaders(await answer(event, resolve));
	return event.isSubRequest ? response : compressResponse(event.request, response);
};
