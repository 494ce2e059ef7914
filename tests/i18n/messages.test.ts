/**
 * Every message exists in both languages, every API error code has a translation, and the
 * words the issue fixed stay fixed: the random seed is "benih acak" / "random seed", never a
 * bare "seed" (which readers took for the study, "kajian").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageKey } from '../../src/lib/i18n/messages';
import {
	CLIENT_ERROR_CODES,
	SERVER_ERROR_CODES,
	knownErrorCode
} from '../../src/lib/state/apiErrorCodes';

const keys = [...new Set([...Object.keys(MESSAGES.id), ...Object.keys(MESSAGES.en)])];

describe('messages', () => {
	it('has every key in Indonesian and in English, empty only where both are (a unit with no word)', () => {
		const missing = keys.filter((k) => {
			const id = MESSAGES.id[k as MessageKey];
			const en = MESSAGES.en[k as MessageKey];
			return typeof id !== 'string' || typeof en !== 'string' || !id.trim() !== !en.trim();
		});
		expect(missing).toEqual([]);
	});

	it('uses the same {parameters} in both languages', () => {
		// A text given in both languages is passed as {messageId} / {messageEn}.
		const params = (text: string) =>
			[...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/(Id|En)$/, '')).sort();
		const differ = keys.filter(
			(k) =>
				JSON.stringify(params(MESSAGES.id[k as MessageKey])) !==
				JSON.stringify(params(MESSAGES.en[k as MessageKey]))
		);
		expect(differ).toEqual([]);
	});

	it('calls the random seed "benih acak" / "random seed", never a bare "seed"', () => {
		const bareId = keys.filter((k) =>
			/\bseed\b/i.test(MESSAGES.id[k as MessageKey].replace(/\{seed\}/g, ''))
		);
		const bareEn = keys.filter((k) =>
			/(?<!random )\bseed\b/i.test(MESSAGES.en[k as MessageKey].replace(/\{seed\}/g, ''))
		);
		expect({ id: bareId, en: bareEn }).toEqual({ id: [], en: [] });
	});

	it('says "Peluang 80 %" where the 80 % chance is meant, not "persentil ke-20"', () => {
		const wrong = keys.filter((k) => /persentil ke-20/i.test(MESSAGES.id[k as MessageKey]));
		expect(wrong).toEqual([]);
	});
});

/** Every file under `dir` ending in `.ts`. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
	});
}

describe('API error codes', () => {
	it('each has a message in both languages', () => {
		for (const code of [...SERVER_ERROR_CODES, ...CLIENT_ERROR_CODES]) {
			const key = `errors.api.${code}` as MessageKey;
			expect(MESSAGES.id[key], code).toBeTruthy();
			expect(MESSAGES.en[key], code).toBeTruthy();
			expect(MESSAGES.id[key], code).not.toBe(MESSAGES.en[key]);
		}
	});

	it('covers every code the server sends', () => {
		const files = [...sources('src/lib/server'), ...sources('src/routes/api')];
		const sent = new Set<string>();
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/new HttpError\(\s*\d+,\s*'([a-z_]+)'/g)) sent.add(m[1]);
			for (const m of text.matchAll(/errorBody\(\s*'([a-z_]+)'/g)) sent.add(m[1]);
			for (const m of text.matchAll(/\berror:\s*'([a-z_]+)'/g)) sent.add(m[1]);
		}
		expect(sent.size).toBeGreaterThan(5);
		const unknown = [...sent].filter((code) => knownErrorCode(code) === null);
		expect(unknown).toEqual([]);
	});

	it('reads an HTTP status without a JSON body as the generic "http" code', () => {
		expect(knownErrorCode('http_502')).toBe('http');
		expect(knownErrorCode('no_such_code')).toBeNull();
		expect(translate('id', 'errors.api.http', { status: 502 })).toMatch(/502/);
	});
});
