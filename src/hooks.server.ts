import type { Handle } from '@sveltejs/kit';
import { LANG_COOKIE, resolveLang } from '$lib/i18n/resolveLang';

/**
 * The document language: `?lang=` (remembered in a cookie), else the cookie,
 * else Bahasa Indonesia. Pages read it from `event.locals.lang`.
 */
export const handle: Handle = async ({ event, resolve }) => {
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
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
