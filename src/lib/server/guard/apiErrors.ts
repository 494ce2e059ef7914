/**
 * Every answer from `/api` is JSON, including the errors SvelteKit makes itself before an
 * endpoint runs: an address that is not valid percent-encoding (its HTML 400 page), no such
 * endpoint (its HTML 404 page), a method the endpoint has not (its plain-text 405).
 */
import type { ServerErrorCode } from '../../state/apiErrorCodes';
import { errorResponse, HttpError } from '../http';

/**
 * The path decoded as SvelteKit decodes it (keeping `%25` as it is), or null when it is not
 * valid percent-encoding. The decoded value is returned, not just tried: the bundler treats
 * `decodeURI` as free of side effects and drops a call whose result is unused, try or not.
 */
function decodedPath(pathname: string): string | null {
	try {
		return pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		return null;
	}
}

/** The JSON 400 for an `/api` address SvelteKit could not decode, or null when it decodes. */
export function malformedApiPath(pathname: string): Response | null {
	if (decodedPath(pathname) !== null) return null;
	return errorResponse(
		new HttpError(
			400,
			'invalid',
			'The address is not valid percent-encoding (a "%" must be followed by two hex digits of UTF-8); encode it with encodeURIComponent.',
			{ issues: [{ path: '', message: 'the address is not valid percent-encoding' }] }
		)
	);
}

function isJson(response: Response): boolean {
	return /^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '');
}

function jsonErrorFor(response: Response, pathname: string): HttpError {
	const status = response.status;
	const known: Record<number, [ServerErrorCode, string]> = {
		400: ['invalid', 'The request is not valid.'],
		404: ['not_found', `There is no API endpoint at ${pathname}; see the README for the API.`],
		405: [
			'method_not_allowed',
			`${pathname} does not accept this method; it accepts ${response.headers.get('allow') ?? 'other methods'}.`
		]
	};
	const [code, message] =
		known[status] ??
		(status >= 500
			? [
					'internal',
					'Unexpected server error; nothing was changed. The server log has the details.'
				]
			: ['invalid', `The request was refused (HTTP ${status}).`]);
	const allow = response.headers.get('allow');
	return new HttpError(status, code, message, {}, allow ? { allow } : {});
}

/**
 * An `/api` error that is not JSON becomes the JSON error of its status; anything else is
 * returned as it is.
 */
export async function jsonApiError(response: Response, pathname: string): Promise<Response> {
	if (response.status < 400 || isJson(response)) return response;
	await response.body?.cancel();
	return errorResponse(jsonErrorFor(response, pathname));
}
