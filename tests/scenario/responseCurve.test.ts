import { describe, expect, it } from 'vitest';
import {
	compileResponseCurve,
	MAX_FORMULA_LENGTH,
	type ResponseCurve,
	type ResponseCurveErrorCode,
	type ResponseCurveResult
} from '../../src/lib/scenario/responseCurve';
import { builtInResponseFormula } from '../../src/lib/scenario/formulaText';

/** The built-in curve as a formula, for the default 32 JP. */
const DEFAULT_RESPONSE_FORMULA = builtInResponseFormula();

function curve(formula: string): ResponseCurve {
	const result = compileResponseCurve(formula);
	if (!result.ok) throw new Error(`${formula}: ${result.error.message.en}`);
	return result;
}

function error(result: ResponseCurveResult) {
	if (result.ok) throw new Error(`expected an error for ${result.formula}`);
	return result.error;
}

describe('compileResponseCurve: valid formulas', () => {
	it("tabulates the default curve exactly as the engine's min(1, JP / jpForFullEffect)", () => {
		expect(DEFAULT_RESPONSE_FORMULA).toBe('min(1, jp / 32)');
		const { table } = curve(DEFAULT_RESPONSE_FORMULA);
		expect(table).toBeInstanceOf(Float64Array);
		expect(table.length).toBe(201);
		const fullEffectJp = 32;
		for (let jp = 0; jp <= 200; jp++) {
			const engine = jp < fullEffectJp ? jp / fullEffectJp : 1;
			expect(table[jp], `jp = ${jp}`).toBe(engine);
		}
		expect(curve(builtInResponseFormula(24)).table[12]).toBe(0.5);
	});

	it.each([
		['min(1, jp/32)', 16, 0.5],
		['1 - exp(-jp/24)', 24, 1 - Math.exp(-1)],
		['tanh(jp/30)', 30, Math.tanh(1)],
		['jp < 20 ? 0 : 1', 20, 1],
		['min(1.2, sqrt(jp) / 6)', 36, 1]
	])('%s at jp = %i is %f', (formula, jp, expected) => {
		const c = curve(formula);
		expect(c.table[jp]).toBeCloseTo(expected, 12);
		expect(c.evaluate(jp)).toBeCloseTo(expected, 12);
		expect(c.points).toHaveLength(201);
		expect(c.points[jp]).toEqual({ x: jp, y: c.table[jp] });
	});

	it('interpolates linearly between grid points and holds its ends outside the grid', () => {
		const c = curve('1 - exp(-jp/24)');
		expect(c.evaluate(10.25)).toBeCloseTo(c.table[10] + 0.25 * (c.table[11] - c.table[10]), 14);
		expect(c.evaluate(-5)).toBe(c.table[0]);
		expect(c.evaluate(500)).toBe(c.table[200]);
		expect(c.evaluate(Number.NaN)).toBe(c.table[0]);
	});

	it('tabulates on a custom grid', () => {
		const c = compileResponseCurve('jp / 100', { variable: 'jp', min: 0, max: 100, step: 0.5 });
		if (!c.ok) throw new Error(c.error.message.en);
		expect(c.table.length).toBe(201);
		expect(c.table[200]).toBe(1);
		expect(c.evaluate(50)).toBeCloseTo(0.5, 14);
	});
});

describe('compileResponseCurve: rejected formulas', () => {
	it.each<[string, string, ResponseCurveErrorCode, RegExp?]>([
		['syntax error', 'min(1, jp', 'syntax'],
		['unknown variable', 'min(1, x / 32)', 'unknown_variable', /"x"/],
		['import', 'import({}, {override: true})', 'forbidden_function', /import/],
		['evaluate', 'evaluate("1")', 'forbidden_function', /evaluate/],
		['createUnit', 'createUnit("foo")', 'forbidden_function', /createUnit/],
		['unknown function', 'gamma(jp)', 'forbidden_function', /gamma/],
		['assignment', 'a = 1', 'assignment'],
		['function definition', 'f(x) = x', 'function_definition'],
		['string', '"0.5"', 'string'],
		['matrix', '[1, 2]', 'matrix'],
		['range', '1:3', 'matrix'],
		['property access', 'jp.constructor', 'property_access'],
		['index', 'jp[1]', 'property_access'],
		['unit', '5 cm', 'unknown_variable', /cm/],
		['unit conversion', '1 to 2', 'unsupported'],
		['block', 'jp; 1', 'unsupported'],
		['object', '{a: 1}', 'unsupported'],
		['empty', '   ', 'empty'],
		['division by zero', '1/0', 'not_finite', /jp = 0/],
		['not a real number', 'sqrt(jp - 10)', 'not_finite', /jp = 0/],
		['out of range', 'jp*10', 'out_of_range', /jp = 1\b/],
		['negative', '-jp / 200', 'out_of_range', /jp = 1\b/],
		['wrong arity', 'min()', 'evaluation', /jp = 0/]
	])('%s: %s → %s', (_, formula, code, mentions) => {
		const e = error(compileResponseCurve(formula));
		expect(e.code).toBe(code);
		expect(e.message.id.length).toBeGreaterThan(10);
		expect(e.message.en.length).toBeGreaterThan(10);
		expect(e.message.id).not.toBe(e.message.en);
		if (mentions) {
			expect(e.message.en).toMatch(mentions);
			expect(e.message.id).toMatch(mentions);
		}
	});

	it('says which x failed and what is allowed', () => {
		const e = error(compileResponseCurve('jp*10'));
		expect(e.x).toBe(1);
		expect(e.message.en).toContain('0–1.5');
		expect(e.message.id).toContain('0–1.5');
		const unknown = error(compileResponseCurve('x'));
		expect(unknown.message.en).toContain('Allowed: the variable jp');
		expect(unknown.message.id).toContain('Yang boleh: variabel jp');
	});

	it('rejects a formula over the length limit', () => {
		const long = `min(1, jp / 32)${' + 0'.repeat(MAX_FORMULA_LENGTH)}`;
		const e = error(compileResponseCurve(long));
		expect(e.code).toBe('too_long');
		expect(e.message.en).toContain(String(MAX_FORMULA_LENGTH));
		expect(e.message.id).toContain(String(MAX_FORMULA_LENGTH));
	});

	it('rejects an invalid grid', () => {
		for (const grid of [
			{ variable: 'jp' as const, min: 0, max: 200, step: 0 },
			{ variable: 'jp' as const, min: 10, max: 0, step: 1 },
			{ variable: 'jp' as const, min: 0, max: 200, step: 0.3 },
			{ variable: 'jp' as const, min: 0, max: 1e6, step: 1 }
		]) {
			expect(error(compileResponseCurve('jp / 200', grid)).code).toBe('invalid_grid');
		}
	});
});

describe('compileResponseCurve: purity', () => {
	it('a bad formula changes nothing: earlier curves and the sandbox are unaffected', () => {
		const before = curve('1 - exp(-jp/24)');
		const snapshot = Float64Array.from(before.table);
		for (const bad of [
			'a = 1',
			'f(x) = x',
			'import({min: 1}, {override: true})',
			'evaluate("jp = 2")',
			'jp*10',
			'1/0',
			'min(1, jp'
		]) {
			expect(compileResponseCurve(bad).ok).toBe(false);
		}
		expect(before.table).toEqual(snapshot);
		expect(before.evaluate(24)).toBe(snapshot[24]);
		// Nothing was defined: `a` and `f` stay unknown; `min` still works.
		expect(error(compileResponseCurve('a')).code).toBe('unknown_variable');
		expect(error(compileResponseCurve('f(jp)')).code).toBe('forbidden_function');
		expect(curve('min(1, jp/32)').table).toEqual(curve(DEFAULT_RESPONSE_FORMULA).table);
	});

	it('the same formula always gives the same table, and tables are not shared', () => {
		const a = curve('tanh(jp/30)');
		const b = curve('tanh(jp/30)');
		expect(a.table).toEqual(b.table);
		expect(a.table).not.toBe(b.table);
	});
});
