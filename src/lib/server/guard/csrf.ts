/**
 * Cross-site form posts are refused, as SvelteKit's own check (`csrf.checkOrigin`) does, with
 * the same rule: a POST, PUT, PATCH or DELETE whose content type a plain HTML form can send
 * (`application/x-www-form-urlencoded`, `multipart/form-data`, `text/plain`, and SvelteKit's
 * binary form type) and whose `Origin` is missing or not this server's. It lives here, in the
 * handle hook, so that the API can answer it in JSON like its other errors; SvelteKit's check
 * answers in plain text before any hook runs, so svelte.config.js turns that one off.
 *
 * Requests with `Content-Type: application/json` are not forms: a browser sends them
 * cross-site only after a CORS preflight, which this server never grants.
 */
import { errorResponse, HttpError } from '../http';

const FORM_CONTENT_TYPES: ReadonlySet<string> = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);

const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when a browser on another site could have sent this request as a form. */
export function isCrossSiteForm(request: Request, origin: string): boolean {
	if (!UNSAFE_METHODS.has(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	if (!FORM_CONTENT_TYPES.has(type)) return false;
	return request.headers.get('origin') !== origin;
}

/** The 403: JSON for the API (and for clients asking for JSON), plain text elsewhere. */
export function crossSiteFormForbidden(request: Request, api: boolean): Response {
	const message = `Cross-site ${request.method} form submissions are forbidden.`;
	if (api || request.headers.get('accept') === 'application/json') {
		return errorResponse(
			new HttpError(
				403,
				'forbidden',
				`${message} Send the request from this server's own pages, or as JSON (Content-Type: application/json).`
			)
		);
	}
	return new Response(message, {
		status: 403,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
}
