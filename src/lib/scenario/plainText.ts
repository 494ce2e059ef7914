/**
 * Text a person typed, as every border accepts it: no control characters (they are invisible,
 * break CSV and log lines, and a NUL truncates text in some tools) and no lone UTF-16
 * surrogates (half a character: not valid Unicode, stored differently by every database).
 * Multi-line fields (a description) may also hold line breaks and tabs.
 *
 * A refused text gets a message naming the first bad character's position, in both languages
 * (zod issue `params.text`), so a page can say it in the planner's language.
 */
import { z } from 'zod';
import type { Bilingual } from '../i18n/lang';

export type TextKind = 'single-line' | 'multi-line';

/** The first character a `kind` of text may not hold: its 1-based position and what it is. */
export interface TextProblem {
	position: number;
	what: 'control' | 'surrogate';
}

/** C0 controls, DEL and C1 controls; `\t`, `\n` and `\r` are allowed in multi-line text. */
function isControl(code: number, kind: TextKind): boolean {
	if (kind === 'multi-line' && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
	return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** The first character `text` may not hold as `kind`, or null when it is clean. */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isControl(code, kind)) return { position: i + 1, what: 'control' };
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
			return { position: i + 1, what: 'surrogate' };
		}
		if (code >= 0xdc00 && code <= 0xdfff) return { position: i + 1, what: 'surrogate' };
	}
	return null;
}

/** How to fix the text, in both languages. */
export function textProblemText(problem: TextProblem): Bilingual {
	const n = problem.position;
	return problem.what === 'control'
		? {
				id: `hapus karakter kendali (tak terlihat) di posisi ${n}`,
				en: `remove the control character at position ${n}`
			}
		: {
				id: `hapus karakter Unicode yang tidak utuh (surrogate tunggal) di posisi ${n}`,
				en: `remove the broken Unicode character (a lone surrogate) at position ${n}`
			};
}

/** Adds the issue of `textProblem` to a zod string schema. */
function checked(schema: z.ZodString, kind: TextKind): z.ZodString {
	return schema.check((ctx) => {
		const problem = textProblem(ctx.value, kind);
		if (!problem) return;
		const text = textProblemText(problem);
		ctx.issues.push({
			code: 'custom',
			input: ctx.value,
			message: text.en,
			params: { text }
		});
	});
}

/** A one-line text (a name, an author, an id): no control characters, no lone surrogates. */
export function singleLineText(): z.ZodString {
	return checked(z.string(), 'single-line');
}

/** A multi-line text (a description): as `singleLineText`, but tabs and line breaks are fine. */
export function multiLineText(): z.ZodString {
	return checked(z.string(), 'multi-line');
}

/**
 * Keys naming JavaScript's prototype machinery. `JSON.parse` gives them as ordinary keys, but
 * object operations treat them specially (a zod record drops `__proto__` without a word). No
 * field or input of a scenario has such a name, so every border refuses them.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

/**
 * `z.record(key, value)` that refuses `PROTOTYPE_KEYS` like any unknown key (zod's own record
 * skips a `__proto__` key without a word) and one-line text as keys.
 */
export function plainRecord<V extends z.ZodType>(maxKeyLength: number, value: V) {
	return z.preprocess(
		(input, ctx) => {
			if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
				for (const key of Object.keys(input)) {
					if (PROTOTYPE_KEYS.has(key))
						ctx.addIssue({
							code: 'custom',
							path: [key],
							input: key,
							message: `unknown field "${key}"; remove it`
						});
				}
			}
			return input;
		},
		z.record(singleLineText().max(maxKeyLength), value)
	);
}
