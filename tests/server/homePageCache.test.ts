/**
 * The bare planner's page is kept per language and day and given to every visitor of that
 * language; nothing else is (other addresses, queries, errors, responses that set cookies);
 * and heavy pages take turns to render.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/lib/i18n/lang';
import { withHomePageCache } from '../../src/lib/server/projection/homePageCache';
import { takeRenderTurn } from '../../src/lib/server/projection/renderTurn';

/** A request for `path`; `seenAs`: the page address SvelteKit gives the hooks, when it differs. */
function visit(path: string, lang: Lang = 'id', method = 'GET', seenAs = path) {
	const url = new URL(seenAs, 'http://planner.test');
	return { url, request: new Request(new URL(path, url), { method }), locals: { lang } };
}

/** A render that counts its calls and answers `body` with `init`. */
function renderer(body: string, init: ResponseInit = { status: 200 }) {
	return vi.fn(async () => new Response(body, init));
}

describe('withHomePageCache', () => {
	it('renders the bare planner once per language, headers and all', async () => {
		const render = renderer('<html>id</html>', {
			status: 200,
			headers: { 'content-security-policy': "script-src 'sha256-abc'" }
		});
		const first = await withHomePageCache(visit('/'), render);
		const [second, third] = await Promise.all([
			withHomePageCache(visit('/'), render),
			withHomePageCache(visit('/'), render)
		]);
		for (const response of [first, second, third]) {
			expect(await response.text()).toBe('<html>id</html>');
			expect(response.headers.get('content-security-policy')).toBe("script-src 'sha256-abc'");
		}
		expect(render).toHaveBeenCalledTimes(1);

		const english = renderer('<html>en</html>');
		expect(await (await withHomePageCache(visit('/', 'en'), english)).text()).toBe(
			'<html>en</html>'
		);
		expect(await (await withHomePageCache(visit('/', 'en'), english)).text()).toBe(
			'<html>en</html>'
		);
		expect(english).toHaveBeenCalledTimes(1);
	});

	it.each([
		['a query (a share link, ?lang=)', visit('/?lang=en')],
		['another page', visit('/compare')],
		['a POST', visit('/', 'id', 'POST')],
		[
			'the planner’s data request (its event.url is the page’s: /)',
			visit(
				'/__data.json?x-sveltekit-trailing-slash=1&x-sveltekit-invalidated=01',
				'id',
				'GET',
				'/'
			)
		]
	])('leaves %s alone', async (_what, event) => {
		const render = renderer('fresh');
		await withHomePageCache(event, render);
		await withHomePageCache(event, render);
		expect(render).toHaveBeenCalledTimes(2);
	});

	it('keeps no error page and no response that sets a cookie', async () => {
		vi.stubEnv('IPASN_TODAY', '2030-01-01');
		try {
			const busy = renderer('busy', { status: 503, headers: { 'retry-after': '5' } });
			expect((await withHomePageCache(visit('/'), busy)).status).toBe(503);
			const cookie = renderer('cookie', { status: 200, headers: { 'set-cookie': 'a=b' } });
			expect(await (await withHomePageCache(visit('/'), cookie)).text()).toBe('cookie');
			const good = renderer('good');
			expect(await (await withHomePageCache(visit('/'), good)).text()).toBe('good');
			expect(good).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	it('renders again on a new day (the defaults follow the calendar)', async () => {
		vi.stubEnv('IPASN_TODAY', '2031-05-01');
		try {
			await withHomePageCache(visit('/'), renderer('may 1'));
			vi.stubEnv('IPASN_TODAY', '2031-05-02');
			const nextDay = renderer('may 2');
			expect(await (await withHomePageCache(visit('/'), nextDay)).text()).toBe('may 2');
			expect(nextDay).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllEnvs();
		}
	});
});

describe('takeRenderTurn', () => {
	it('gives one turn at a time, in order, each after the event loop has turned', async () => {
		const order: string[] = [];
		const turns = ['a', 'b', 'c'].map((name) =>
			takeRenderTurn().then(() => {
				order.push(`${name} renders`);
				// What arrived meanwhile runs before the next turn (setImmediate: a later loop turn).
				setImmediate(() => order.push(`after ${name}`));
			})
		);
		await Promise.all(turns);
		await new Promise((r) => setImmediate(r));
		expect(order.slice(0, 4)).toEqual(['a renders', 'after a', 'b renders', 'after b']);
		expect(order).toContain('c renders');
	});
});
