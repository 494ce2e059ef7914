/**
 * Headers every answer of the app carries (static files under /_app are served before the
 * hooks and need none of them): no framing by other sites, no content-type guessing, no
 * full addresses (which may name a scenario) sent to other sites. Pages get their
 * Content-Security-Policy from SvelteKit (`kit.csp` in svelte.config.js, with hashes of its
 * inline scripts); any other answer (JSON, the 429 page, plain text) that has none gets one
 * that allows nothing, since none of them needs to load anything.
 */

const ALWAYS: Readonly<Record<string, string>> = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};

const NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";

/** The response with the security headers (a copy when its headers cannot be changed). */
export function withSecurityHeaders(response: Response): Response {
	const target = mutable(response);
	for (const [name, value] of Object.entries(ALWAYS)) target.headers.set(name, value);
	if (!target.headers.has('content-security-policy')) {
		target.headers.set('content-security-policy', NOTHING_ALLOWED);
	}
	return target;
}

/** Responses from `fetch` or `Response.redirect` have immutable headers: copy those. */
export function mutable(response: Response): Response {
	try {
		response.headers.set('x-content-type-options', 'nosniff');
		return response;
	} catch {
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers: new Headers(response.headers)
		});
	}
}
