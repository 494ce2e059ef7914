/**
 * The stable `error` codes of the JSON API (`{ error, message }` bodies from
 * src/routes/api/**), and the client's own for failures with no such body. The server's
 * `message` is English, for developers and the CLI; the pages show a translation of the
 * code instead (`errors.api.<code>` in messages/errors.ts), with the server's words only as
 * detail. A code added here without a message fails tests/i18n/messages.test.ts.
 */
export const SERVER_ERROR_CODES = [
	'invalid',
	'not_found',
	'version_conflict',
	'roster_in_use',
	'fingerprint_mismatch',
	'nip_ids',
	'too_large',
	'unsupported_media_type',
	'unauthorized',
	'busy',
	'internal',
	'rate_limited',
	'forbidden',
	'method_not_allowed'
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/** No JSON error body: unreachable server, an answer the page cannot read, another status. */
export const CLIENT_ERROR_CODES = ['network', 'bad_response', 'http'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type ApiErrorCode = ServerErrorCode | ClientErrorCode;

const KNOWN: ReadonlySet<string> = new Set([...SERVER_ERROR_CODES, ...CLIENT_ERROR_CODES]);

/** The code as the pages know it; `http_502` and other statuses without a body are `http`. */
export function knownErrorCode(code: string): ApiErrorCode | null {
	if (/^http_\d+$/.test(code)) return 'http';
	return KNOWN.has(code) ? (code as ApiErrorCode) : null;
}
