/**
 * The bare planner (`GET /`, no query) is the same page for every visitor of a language on a
 * given day: the default scenario, projected once (`plannerRunOnPool`), rendered into ~240 KB
 * of HTML. Rendering it costs ~25 ms of CPU (Svelte's SSR of the charts and controls, the data
 * serialised into the page, the CSP hashes of its inline scripts), so it is rendered once per
 * language and day and the response kept: a visit then costs about a millisecond.
 *
 * Kept only when it stays correct for everyone: a GET of `/` with no query at all (a `?lang=`
 * sets a cookie, any other param names another scenario), the language from the cookie in the
 * key, and only a 200 that sets no cookie. The CSP is in hash mode (svelte.config.js), so the
 * kept policy header still matches the kept page's scripts (nonces would not).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { calendarDay } from './cacheKey';

interface KeptPage {
	status: number;
	headers: Array<[string, string]>;
	body: string;
}

/** By language and day; a page being rendered is shared by the visits that arrive meanwhile. */
const kept = new Map<string, Promise<KeptPage | null>>();

function keyOf(event: Pick<RequestEvent, 'request' | 'locals'>): string | null {
	// The address as sent, not `event.url`: SvelteKit gives the client's data request for the
	// planner (`/__data.json?x-sveltekit-…`) the page's own `url`, `/` with no query, and that
	// must never be answered with the kept HTML.
	const sent = new URL(event.request.url);
	if (event.request.method !== 'GET' || sent.pathname !== '/' || sent.search !== '') return null;
	return `${calendarDay()} ${event.locals.lang}`;
}

/** Whether every visitor of the key may get this response. */
const keepable = (response: Response) =>
	response.status === 200 && !response.headers.has('set-cookie') && response.body !== null;

const responseOf = (page: KeptPage) =>
	new Response(page.body, { status: page.status, headers: page.headers });

/**
 * The bare planner's response from the cache, else `render()`'s, kept when it may be. Wire it
 * in the handle hook around `resolve`: `withHomePageCache(event, () => resolve(event, opts))`.
 */
export async function withHomePageCache(
	event: Pick<RequestEvent, 'request' | 'locals'>,
	render: () => Response | Promise<Response>
): Promise<Response> {
	const key = keyOf(event);
	if (key === null) return render();
	const waiting = kept.get(key);
	if (waiting) {
		const page = await waiting;
		return page ? responseOf(page) : render();
	}
	// Yesterday's pages go with the first visit of a new day.
	const day = key.slice(0, key.indexOf(' '));
	for (const old of kept.keys()) if (!old.startsWith(`${day} `)) kept.delete(old);
	let notKept: Response | null = null;
	const rendering = (async (): Promise<KeptPage | null> => {
		const response = await render();
		if (!keepable(response)) {
			notKept = response;
			return null;
		}
		return { status: response.status, headers: [...response.headers], body: await response.text() };
	})();
	kept.set(key, rendering);
	try {
		const page = await rendering;
		if (page) return responseOf(page);
		kept.delete(key);
		return notKept!;
	} catch (error) {
		kept.delete(key);
		throw error;
	}
}
