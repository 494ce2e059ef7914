/**
 * The 429 answers: JSON for the API (`{ error: 'rate_limited', message, retryAfterSeconds }`),
 * a short page in the visitor's language for pages. Both carry `Retry-After`.
 */
import type { Lang } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import { errorResponse, HttpError } from '../http';

export function tooManyApiRequests(retryAfterSeconds: number): Response {
	return errorResponse(
		new HttpError(
			429,
			'rate_limited',
			`Too many changes from this address; nothing was changed. Wait ${retryAfterSeconds} s and send it again.`,
			{ retryAfterSeconds },
			{ 'retry-after': String(retryAfterSeconds) }
		)
	);
}

/**
 * A page's data asked for by the app itself (client-side navigation, `__data.json`): its
 * client shows a JSON string as the error page's message, in the page's language.
 */
function tooManyDataRequests(retryAfterSeconds: number, lang: Lang): Response {
	const text = translate(lang, 'guard.tooMany.body', { seconds: retryAfterSeconds });
	return new Response(JSON.stringify(text), {
		status: 429,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			'retry-after': String(retryAfterSeconds)
		}
	});
}

/**
 * The page is plain HTML with no script or style (so it satisfies its own strict CSP) and
 * nothing taken from the request but the language and a number.
 */
export function tooManyPageRequests(
	retryAfterSeconds: number,
	lang: Lang,
	isDataRequest = false
): Response {
	if (isDataRequest) return tooManyDataRequests(retryAfterSeconds, lang);
	const t = (key: Parameters<typeof translate>[1]) =>
		translate(lang, key, { seconds: retryAfterSeconds });
	const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('guard.tooMany.title')}</title>
</head>
<body>
<main>
<h1>${t('guard.tooMany.title')}</h1>
<p>${t('guard.tooMany.body')}</p>
<p>${t('guard.tooMany.shared')}</p>
<p><a href="/">${t('guard.home')}</a></p>
</main>
</body>
</html>
`;
	return new Response(html, {
		status: 429,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'retry-after': String(retryAfterSeconds),
			'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
		}
	});
}
