/**
 * A page whose projections the pool refused (`ProjectionBusy`) answers 503 with `Retry-After`
 * and a sentence in the page's language, rendered by `+error.svelte`; the headers set here
 * reach the error response too (SvelteKit adds `setHeaders` headers to whatever `resolve`
 * returns).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '../../i18n/messages';
import { ProjectionBusy } from './projectionPool';

/** Runs a page load's projecting part; a full pool becomes the 503 page. */
export async function orBusyPage<T>(
	event: Pick<RequestEvent, 'setHeaders' | 'locals'>,
	load: () => Promise<T>
): Promise<T> {
	try {
		return await load();
	} catch (caught) {
		if (!(caught instanceof ProjectionBusy)) throw caught;
		const seconds = caught.retryAfterSeconds;
		event.setHeaders({ 'retry-after': String(seconds) });
		error(503, translate(event.locals.lang, 'busy.page', { seconds }));
	}
}
