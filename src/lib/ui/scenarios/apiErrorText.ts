/**
 * A failed API call in the page's language. The server's `message` is English (it is written
 * for developers and the CLI); the page shows its stable `error` code translated, and the
 * server's words only as detail where the code alone would not say enough. An unknown code
 * still gets a translated sentence, with the detail.
 */
import type { Bilingual, Lang } from '../../i18n/lang';
import type { MessageKey, MessageParams } from '../../i18n/messages';
import { knownErrorCode } from '../../state/apiErrorCodes';
import { ApiError } from '../../state/scenarioApi';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ApiFailure {
	/** The API's error code; '' for a failure that is not an API answer (a bug, say). */
	code: string;
	status: number;
	message: string;
}

/** What a caught error says, kept as data so the page words it in its language. */
export function failureOf(error: unknown): ApiFailure {
	if (error instanceof ApiError)
		return { code: error.code, status: error.status, message: error.message };
	return { code: '', status: 0, message: error instanceof Error ? error.message : String(error) };
}

/** Codes whose translation is the whole story: the server's words would only repeat it in English. */
const SELF_EXPLAINING = new Set([
	'not_found',
	'version_conflict',
	'roster_in_use',
	'unauthorized',
	'busy',
	'network',
	'bad_response'
]);

/** One or two sentences: what went wrong, then (where it helps) the server's detail. */
export function apiErrorText(t: Translate, failure: ApiFailure): string {
	const code = knownErrorCode(failure.code);
	const head = code
		? t(`errors.api.${code}`, { status: failure.status })
		: failure.code === ''
			? t('errors.unexpected')
			: t('errors.api.unknown', { status: failure.status });
	const detail = failure.message.trim();
	if ((code && SELF_EXPLAINING.has(code)) || detail === '') return head;
	return `${head} ${t(failure.code === '' ? 'errors.unexpectedDetail' : 'errors.detail', { detail })}`;
}

/** A field the server refused: `text` when the server gave both languages, else its words as detail. */
export interface RefusedField {
	path: string;
	message: string;
	text?: Bilingual;
}

export function refusedFieldText(t: Translate, lang: Lang, issue: RefusedField): string {
	if (!issue.path)
		return issue.text ? issue.text[lang] : t('errors.detail', { detail: issue.message });
	const what = issue.text ? issue.text[lang] : t('errors.fieldDetail', { detail: issue.message });
	return `${t('errors.field', { path: issue.path })}: ${what}`;
}
