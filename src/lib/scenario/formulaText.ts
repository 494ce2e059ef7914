/**
 * What a response-curve formula may contain, and a cheap check of its text.
 *
 * Kept apart from `responseCurve.ts` (which loads mathjs, ~650 kB) so that every
 * border — the scenario schema, share links, saved scenarios, the planner — can
 * reject a formula with a foreign name, a string, an assignment or a property
 * access without loading mathjs. The sandboxed compile in `responseCurve.ts` is
 * still the real guard; this check only answers sooner and in more places.
 */
import type { Text } from './inputSpecs';

/** The input that holds the technical-training response curve ('' = the built-in one). */
export const TECHNICAL_RESPONSE_INPUT = 'technicalResponseCurve';

/** The one variable of a response curve: the funded JP of technical training in a year. */
export const FORMULA_VARIABLE = 'jp';
export const MAX_FORMULA_LENGTH = 200;

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
	'min',
	'max',
	'exp',
	'expm1',
	'log',
	'log1p',
	'log2',
	'log10',
	'sqrt',
	'cbrt',
	'pow',
	'abs',
	'sign',
	'floor',
	'ceil',
	'round',
	'tanh',
	'sinh',
	'cosh',
	'atan',
	'sin',
	'cos'
]);
export const ALLOWED_CONSTANTS: ReadonlySet<string> = new Set(['pi', 'e']);

export const ALLOWED_TEXT: Text = {
	id: `Yang boleh: variabel jp, angka, pi, e, + - * / ^, perbandingan, a ? b : c, dan fungsi ${[...ALLOWED_FUNCTIONS].join(', ')}.`,
	en: `Allowed: the variable jp, numbers, pi, e, + - * / ^, comparisons, a ? b : c, and the functions ${[...ALLOWED_FUNCTIONS].join(', ')}.`
};

/** The model's built-in curve, written as a formula: a pro-rata effect up to `jpForFullEffect`. */
export function builtInResponseFormula(jpForFullEffect = 32): string {
	return `min(1, jp / ${jpForFullEffect})`;
}

const TOKEN = /\s+|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|[A-Za-z_][A-Za-z0-9_]*|<=|>=|[-+*/^(),<>?:]/gy;

/**
 * A problem with the text of a formula, or null when every token is allowed.
 * Does not check that the formula parses or evaluates in range: that needs mathjs.
 */
export function checkFormulaText(formula: string): Text | null {
	const text = formula.trim();
	if (text === '')
		return {
			id: 'Rumus kosong. ' + ALLOWED_TEXT.id,
			en: 'The formula is empty. ' + ALLOWED_TEXT.en
		};
	if (text.length > MAX_FORMULA_LENGTH)
		return {
			id: `Rumus terlalu panjang: ${text.length} karakter, paling banyak ${MAX_FORMULA_LENGTH}.`,
			en: `The formula is too long: ${text.length} characters, at most ${MAX_FORMULA_LENGTH}.`
		};
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		const at = TOKEN.lastIndex;
		const match = TOKEN.exec(text);
		if (!match) {
			const char = text[at];
			return {
				id: `Tanda "${char}" (posisi ${at + 1}) tidak boleh dipakai. ${ALLOWED_TEXT.id}`,
				en: `The character "${char}" (position ${at + 1}) is not allowed. ${ALLOWED_TEXT.en}`
			};
		}
		const word = match[0];
		if (!/^[A-Za-z_]/.test(word)) continue;
		if (word === FORMULA_VARIABLE || ALLOWED_CONSTANTS.has(word) || ALLOWED_FUNCTIONS.has(word))
			continue;
		return {
			id: `Nama "${word}" tidak dikenal: satu-satunya variabel adalah ${FORMULA_VARIABLE}. ${ALLOWED_TEXT.id}`,
			en: `Unknown name "${word}": the only variable is ${FORMULA_VARIABLE}. ${ALLOWED_TEXT.en}`
		};
	}
	return null;
}
