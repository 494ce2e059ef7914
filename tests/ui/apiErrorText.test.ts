import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { ApiError } from '../../src/lib/state/scenarioApi';
import { apiErrorText, failureOf, refusedFieldText } from '../../src/lib/ui/scenarios/apiErrorText';

const t = (lang: Lang) => (key: MessageKey, params?: MessageParams) => translate(lang, key, params);

describe('apiErrorText', () => {
	it('words a known code in the page’s language, without the server’s English', () => {
		const busy = {
			code: 'busy',
			status: 503,
			message: 'The database is busy; nothing was changed.'
		};
		const id = apiErrorText(t('id'), busy);
		expect(id).toMatch(/Basis data sedang sibuk/);
		expect(id).not.toMatch(/database is busy/);
		expect(apiErrorText(t('en'), busy)).toMatch(/The database is busy/);
	});

	it('gives an unknown code a translated sentence with the server’s words as detail', () => {
		const text = apiErrorText(t('id'), { code: 'teapot', status: 418, message: 'I am a teapot' });
		expect(text).toMatch(/^Server gagal \(418\)\./);
		expect(text).toMatch(/Rincian dari server \(bahasa Inggris\): I am a teapot/);
	});

	it('keeps the detail where the code alone does not say enough', () => {
		const text = apiErrorText(t('id'), {
			code: 'internal',
			status: 500,
			message: 'Scenario abc is damaged in the database; restore it from a backup.'
		});
		expect(text).toMatch(/Terjadi kesalahan di server/);
		expect(text).toMatch(/damaged in the database/);
	});

	it('reads an ApiError and any other error', () => {
		expect(failureOf(new ApiError(409, 'version_conflict', 'newer'))).toEqual({
			code: 'version_conflict',
			status: 409,
			message: 'newer'
		});
		const other = failureOf(new Error('boom'));
		expect(other.code).toBe('');
		expect(apiErrorText(t('id'), other)).toMatch(/^Terjadi kesalahan yang tidak terduga\./);
	});

	it('shows a refused field in both languages when the server gave both', () => {
		const issue = {
			path: 'inputs.technicalResponseCurve',
			message: 'not a formula',
			text: { id: 'bukan rumus', en: 'not a formula' }
		};
		expect(refusedFieldText(t('id'), 'id', issue)).toBe(
			'Isian inputs.technicalResponseCurve: bukan rumus'
		);
		expect(refusedFieldText(t('en'), 'en', issue)).toBe(
			'Field inputs.technicalResponseCurve: not a formula'
		);
		expect(refusedFieldText(t('id'), 'id', { path: '', message: 'the body is empty' })).toBe(
			'Rincian dari server (bahasa Inggris): the body is empty'
		);
	});
});
