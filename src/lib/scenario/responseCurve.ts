/**
 * Custom response curves: a planner's formula for how the performance effect of
 * technical training grows with its hours (JP), e.g. `1 - exp(-jp / 24)`.
 *
 * The curve is a multiplier of the effect size (`effectTechnical`): 1 is the
 * full effect, 0 none. Values from 0 to 1.5 are allowed — a little over 1 for
 * courses longer than the reference one, never a negative effect.
 *
 * The formula is parsed once by a sandboxed mathjs instance, checked node by
 * node against a whitelist (the variable `jp`, numbers, `pi`, `e`, arithmetic,
 * comparisons, `a ? b : c` and elementary functions), then evaluated once per
 * grid point into a Float64Array. The engine reads the table (`table[jp]` on the
 * default grid 0..200 step 1), never the formula; beyond the grid the curve holds
 * its end values.
 *
 * Sandbox, after mathjs's security notes: the instance is our own (`create(all)`),
 * and `import`, `createUnit`, `evaluate`, `parse`, `simplify`, `derivative`,
 * `resolve`, `reviver`, `compile` and friends are overridden to throw, after we
 * keep a private reference to `parse`. The whitelist walk is the real guard: no
 * assignment, function definition, property access, matrix, string, unit, block
 * or unknown symbol reaches evaluation.
 */
import { all, create, type MathJsInstance, type MathNode } from 'mathjs';
import {
	ALLOWED_CONSTANTS,
	ALLOWED_FUNCTIONS,
	ALLOWED_TEXT,
	FORMULA_VARIABLE,
	MAX_FORMULA_LENGTH
} from './formulaText';
import type { Text } from './inputSpecs';

export { MAX_FORMULA_LENGTH };

export interface ResponseCurveGrid {
	variable: 'jp';
	min: number;
	max: number;
	step: number;
}

export const DEFAULT_GRID: ResponseCurveGrid = {
	variable: FORMULA_VARIABLE,
	min: 0,
	max: 200,
	step: 1
};
export const MAX_GRID_POINTS = 2001;
/** Allowed values of the curve: a multiplier of the effect size. */
export const CURVE_MIN = 0;
export const CURVE_MAX = 1.5;

export type ResponseCurveErrorCode =
	| 'empty'
	| 'too_long'
	| 'syntax'
	| 'unknown_variable'
	| 'forbidden_function'
	| 'assignment'
	| 'function_definition'
	| 'property_access'
	| 'matrix'
	| 'string'
	| 'unsupported'
	| 'evaluation'
	| 'not_finite'
	| 'out_of_range'
	| 'invalid_grid';

export interface ResponseCurveError {
	code: ResponseCurveErrorCode;
	message: Text;
	/** The grid point that failed, for evaluation errors. */
	x?: number;
}

export interface ResponseCurve {
	ok: true;
	formula: string;
	grid: ResponseCurveGrid;
	/** The curve at `grid.min + i × grid.step`, i = 0..n−1. */
	table: Float64Array;
	/** Table lookup with linear interpolation; holds the end values outside the grid. */
	evaluate: (x: number) => number;
	/** Every grid point, for plotting. */
	points: Array<{ x: number; y: number }>;
}

export type ResponseCurveResult = ResponseCurve | { ok: false; error: ResponseCurveError };

const ALLOWED_OPERATORS = new Set([
	'add',
	'subtract',
	'multiply',
	'divide',
	'pow',
	'unaryMinus',
	'unaryPlus',
	'smaller',
	'smallerEq',
	'larger',
	'largerEq'
]);

function fail(
	code: ResponseCurveErrorCode,
	id: string,
	en: string,
	x?: number
): { ok: false; error: ResponseCurveError } {
	return { ok: false, error: { code, message: { id, en }, ...(x === undefined ? {} : { x }) } };
}

const DISABLED = [
	'import',
	'createUnit',
	'evaluate',
	'parse',
	'compile',
	'simplify',
	'simplifyConstant',
	'simplifyCore',
	'derivative',
	'resolve',
	'reviver',
	'replacer',
	'rationalize',
	'leafCount',
	'chain'
];

interface Sandbox {
	parse: (expr: string) => MathNode;
}

let sandbox: Sandbox | undefined;

/** The limited mathjs instance, made on first use (module import stays cheap). */
function getSandbox(): Sandbox {
	if (sandbox) return sandbox;
	const math: MathJsInstance = create(all, { number: 'number', predictable: true });
	const parse = math.parse.bind(math) as (expr: string) => MathNode;
	const disabled: Record<string, () => never> = {};
	for (const name of DISABLED) {
		disabled[name] = () => {
			throw new Error(`Function ${name} is disabled`);
		};
	}
	math.import(disabled, { override: true });
	sandbox = { parse };
	return sandbox;
}

/** The first problem in the tree, or null when every node is on the whitelist. */
function check(node: MathNode, variable: string): { ok: false; error: ResponseCurveError } | null {
	switch (node.type) {
		case 'ConstantNode': {
			const value = (node as unknown as { value: unknown }).value;
			if (typeof value === 'number') return null;
			if (typeof value === 'string')
				return fail(
					'string',
					'Teks (string) tidak boleh dipakai dalam rumus. ' + ALLOWED_TEXT.id,
					'Strings are not allowed in a formula. ' + ALLOWED_TEXT.en
				);
			return fail(
				'unsupported',
				`Nilai ${String(value)} tidak boleh dipakai. ${ALLOWED_TEXT.id}`,
				`The value ${String(value)} is not allowed. ${ALLOWED_TEXT.en}`
			);
		}
		case 'SymbolNode': {
			const name = (node as unknown as { name: string }).name;
			if (name === variable || ALLOWED_CONSTANTS.has(name)) return null;
			return fail(
				'unknown_variable',
				`Nama "${name}" tidak dikenal: satu-satunya variabel adalah ${variable}. ${ALLOWED_TEXT.id}`,
				`Unknown name "${name}": the only variable is ${variable}. ${ALLOWED_TEXT.en}`
			);
		}
		case 'FunctionNode': {
			const fn = (node as unknown as { fn: MathNode }).fn;
			const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : null;
			if (name === null || !ALLOWED_FUNCTIONS.has(name))
				return fail(
					'forbidden_function',
					`Fungsi ${name ?? '(ekspresi)'} tidak diizinkan. ${ALLOWED_TEXT.id}`,
					`The function ${name ?? '(expression)'} is not allowed. ${ALLOWED_TEXT.en}`
				);
			for (const arg of (node as unknown as { args: MathNode[] }).args) {
				const problem = check(arg, variable);
				if (problem) return problem;
			}
			return null;
		}
		case 'OperatorNode': {
			const op = node as unknown as { fn: string; op: string; args: MathNode[] };
			if (!ALLOWED_OPERATORS.has(op.fn))
				return fail(
					'unsupported',
					`Operator "${op.op}" tidak diizinkan. ${ALLOWED_TEXT.id}`,
					`The operator "${op.op}" is not allowed. ${ALLOWED_TEXT.en}`
				);
			for (const arg of op.args) {
				const problem = check(arg, variable);
				if (problem) return problem;
			}
			return null;
		}
		case 'ParenthesisNode':
			return check((node as unknown as { content: MathNode }).content, variable);
		case 'ConditionalNode': {
			const c = node as unknown as {
				condition: MathNode;
				trueExpr: MathNode;
				falseExpr: MathNode;
			};
			return (
				check(c.condition, variable) ?? check(c.trueExpr, variable) ?? check(c.falseExpr, variable)
			);
		}
		case 'AssignmentNode':
			return fail(
				'assignment',
				`Penugasan (=) tidak diizinkan: tulis satu ekspresi dalam ${variable}. ${ALLOWED_TEXT.id}`,
				`Assignments (=) are not allowed: write one expression in ${variable}. ${ALLOWED_TEXT.en}`
			);
		case 'FunctionAssignmentNode':
			return fail(
				'function_definition',
				`Definisi fungsi tidak diizinkan: tulis satu ekspresi dalam ${variable}. ${ALLOWED_TEXT.id}`,
				`Function definitions are not allowed: write one expression in ${variable}. ${ALLOWED_TEXT.en}`
			);
		case 'AccessorNode':
		case 'IndexNode':
			return fail(
				'property_access',
				`Akses properti atau indeks tidak diizinkan. ${ALLOWED_TEXT.id}`,
				`Property or index access is not allowed. ${ALLOWED_TEXT.en}`
			);
		case 'ArrayNode':
		case 'RangeNode':
			return fail(
				'matrix',
				`Matriks dan rentang tidak diizinkan: rumus harus memberi satu angka. ${ALLOWED_TEXT.id}`,
				`Matrices and ranges are not allowed: the formula must give one number. ${ALLOWED_TEXT.en}`
			);
		default:
			return fail(
				'unsupported',
				`Bentuk ${node.type} tidak diizinkan. ${ALLOWED_TEXT.id}`,
				`${node.type} is not allowed. ${ALLOWED_TEXT.en}`
			);
	}
}

function checkGrid(grid: ResponseCurveGrid): number | null {
	const { min, max, step } = grid;
	if (![min, max, step].every(Number.isFinite) || step <= 0 || max <= min) return null;
	const intervals = Math.round((max - min) / step);
	if (Math.abs(intervals * step - (max - min)) > 1e-9 * Math.max(1, Math.abs(max))) return null;
	return intervals + 1 <= MAX_GRID_POINTS ? intervals + 1 : null;
}

const formatX = (x: number) => String(Number(x.toFixed(10)));

/**
 * Compiles a formula into a tabulated curve, or says what is wrong with it.
 * Pure: nothing is stored between calls except the sandboxed mathjs instance,
 * which no formula can change.
 */
export function compileResponseCurve(
	formula: string,
	grid: ResponseCurveGrid = DEFAULT_GRID
): ResponseCurveResult {
	const text = typeof formula === 'string' ? formula.trim() : '';
	if (text === '')
		return fail(
			'empty',
			'Rumus kosong. ' + ALLOWED_TEXT.id,
			'The formula is empty. ' + ALLOWED_TEXT.en
		);
	if (text.length > MAX_FORMULA_LENGTH)
		return fail(
			'too_long',
			`Rumus terlalu panjang: ${text.length} karakter, paling banyak ${MAX_FORMULA_LENGTH}.`,
			`The formula is too long: ${text.length} characters, at most ${MAX_FORMULA_LENGTH}.`
		);
	const count = checkGrid(grid);
	if (count === null)
		return fail(
			'invalid_grid',
			`Kisi tidak sah: perlu min < max, langkah > 0 yang membagi habis, paling banyak ${MAX_GRID_POINTS} titik.`,
			`Invalid grid: min < max and a step > 0 that divides the span evenly are needed, at most ${MAX_GRID_POINTS} points.`
		);

	let node: MathNode;
	try {
		node = getSandbox().parse(text);
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		return fail(
			'syntax',
			`Rumus tidak dapat dibaca (${detail}). ${ALLOWED_TEXT.id}`,
			`The formula cannot be read (${detail}). ${ALLOWED_TEXT.en}`
		);
	}
	const problem = check(node, grid.variable);
	if (problem) return problem;

	const code = node.compile();
	const table = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const x = i === count - 1 ? grid.max : grid.min + i * grid.step;
		let y: unknown;
		try {
			y = code.evaluate({ [grid.variable]: x });
		} catch (e) {
			const detail = e instanceof Error ? e.message : String(e);
			return fail(
				'evaluation',
				`Rumus gagal dihitung pada ${grid.variable} = ${formatX(x)} (${detail}).`,
				`The formula fails at ${grid.variable} = ${formatX(x)} (${detail}).`,
				x
			);
		}
		if (typeof y !== 'number' || !Number.isFinite(y))
			return fail(
				'not_finite',
				`Pada ${grid.variable} = ${formatX(x)} rumus tidak memberi angka terhingga (hasil: ${String(y)}); nilai harus angka antara ${CURVE_MIN} dan ${CURVE_MAX}.`,
				`At ${grid.variable} = ${formatX(x)} the formula does not give a finite number (got ${String(y)}); values must be numbers from ${CURVE_MIN} to ${CURVE_MAX}.`,
				x
			);
		if (y < CURVE_MIN || y > CURVE_MAX)
			return fail(
				'out_of_range',
				`Pada ${grid.variable} = ${formatX(x)} nilainya ${formatX(y)}, di luar ${CURVE_MIN}–${CURVE_MAX}: kurva adalah pengali efek (1 = efek penuh).`,
				`At ${grid.variable} = ${formatX(x)} the value is ${formatX(y)}, outside ${CURVE_MIN}–${CURVE_MAX}: the curve multiplies the effect size (1 = the full effect).`,
				x
			);
		table[i] = y;
	}

	const { min, step } = grid;
	const last = count - 1;
	const evaluate = (x: number): number => {
		if (!(x > min)) return table[0]; // also NaN → the start
		const at = (x - min) / step;
		if (at >= last) return table[last];
		const i = Math.floor(at);
		const f = at - i;
		return f === 0 ? table[i] : table[i] + (table[i + 1] - table[i]) * f;
	};
	const points = Array.from(table, (y, i) => ({
		x: i === last ? grid.max : min + i * step,
		y
	}));
	return { ok: true, formula: text, grid: { ...grid }, table, evaluate, points };
}
