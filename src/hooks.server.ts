import type { Handle } from '@sveltejs/kit';

/** Bahasa Indonesia is the default language; `?lang=en` switches the document language. */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'id';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
