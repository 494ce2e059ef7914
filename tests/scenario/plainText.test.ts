import { describe, expect, it } from 'vitest';
import {
	multiLineText,
	plainRecord,
	textProblem,
	textProblemText,
	type TextKind
} from '../../src/lib/scenario/plainText';
import { createScenarioBody, savedScenarioSchema } from '../../src/lib/scenario/savedScenario';
import { agencySchema } from '../../src/lib/scenario/agency';
import { z } from 'zod';

describe('textProblem', () => {
	it.each<[string, TextKind, ReturnType<typeof textProblem>]>([
		['Rencana 2027', 'single-line', null],
		['Ünïcødé ✓ 𝔸 emoji 🙂', 'single-line', null],
		['a\u0000b', 'single-line', { position: 2, what: 'control' }],
		['\u001f', 'single-line', { position: 1, what: 'control' }],
		['ab\u007f', 'single-line', { position: 3, what: 'control' }],
		['\u0080', 'single-line', { position: 1, what: 'control' }],
		['x\u009f', 'single-line', { position: 2, what: 'control' }],
		['\u00a0nbsp is text', 'single-line', null],
		['tab\there', 'single-line', { position: 4, what: 'control' }],
		['line\nbreak', 'single-line', { position: 5, what: 'control' }],
		['tab\there\r\nline', 'multi-line', null],
		['ok\n\u0000', 'multi-line', { position: 4, what: 'control' }],
		['half \ud83d', 'single-line', { position: 6, what: 'surrogate' }],
		['\ude42 low first', 'multi-line', { position: 1, what: 'surrogate' }],
		['\ud83d\ud83d\ude42', 'single-line', { position: 1, what: 'surrogate' }]
	])('%j as %s → %j', (text, kind, expected) => {
		expect(textProblem(text, kind)).toEqual(expected);
	});

	it('says how to fix it in both languages', () => {
		expect(textProblemText({ position: 7, what: 'control' })).toEqual({
			id: expect.stringContaining('posisi 7'),
			en: 'remove the control character at position 7'
		});
		expect(textProblemText({ position: 2, what: 'surrogate' }).en).toMatch(/lone surrogate.*2/);
	});

	it('zod: the issue carries both languages in params.text', () => {
		const result = multiLineText().safeParse('ok\u0007');
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]).toMatchObject({
			code: 'custom',
			message: 'remove the control character at position 3',
			params: { text: { id: expect.any(String), en: expect.any(String) } }
		});
	});
});

describe('the scenario and agency schemas refuse what is not plain text', () => {
	const paths = (r: { success: boolean; error?: z.ZodError }) =>
		r.error?.issues.map((i) => i.path.join('.')) ?? [];

	it.each([
		[{ name: 'a\u0000' }, 'name'],
		[{ name: 'x', author: '\ud800' }, 'author'],
		[{ name: 'x', description: '\u001b[31m' }, 'description'],
		[{ name: 'x', modelVersion: '1\u0000' }, 'modelVersion'],
		[{ name: 'x', inputs: { coverage: 'a\u0000' } }, 'inputs.coverage']
	])('%j → an issue at %s', (body, path) => {
		expect(paths(createScenarioBody.safeParse(body))).toContain(path);
	});

	it('prototype keys in records are refused, not dropped', () => {
		const input = JSON.parse('{"name":"x","inputs":{"__proto__":5}}');
		expect(paths(createScenarioBody.safeParse(input))).toEqual(['inputs.__proto__']);
		const unitNames = JSON.parse('{"constructor":"x"}');
		expect(
			paths(
				agencySchema.safeParse({
					name: 'A',
					startYear: 2024,
					unitNames,
					ceilings: [{ year: 2024, amount: 1 }],
					spent: [],
					results: []
				})
			)
		).toEqual(['unitNames.constructor']);
		expect(plainRecord(10, z.number()).safeParse({ a: 1 })).toEqual({
			success: true,
			data: { a: 1 }
		});
	});

	it('rows read back from the store are not checked (saved before the checks, they still open)', () => {
		const row = {
			id: 'a',
			name: 'old\u0000name',
			description: '\u0007',
			author: '',
			createdAt: '2025-01-01T00:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z',
			version: 1,
			schemaVersion: 2,
			modelVersion: '1',
			seed: 1,
			inputs: {},
			rosterFingerprint: null,
			agency: {
				name: 'BPKAD\u0000',
				startYear: 2024,
				ceilings: [{ year: 2024, amount: 1 }],
				spent: [],
				results: []
			}
		};
		expect(savedScenarioSchema.safeParse(row).success).toBe(true);
	});
});
