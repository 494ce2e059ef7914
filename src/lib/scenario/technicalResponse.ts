/**
 * The technical-training response curve of a scenario: the analyst's formula
 * (input `technicalResponseCurve`) compiled once into the table the engine reads,
 * or nothing when the scenario keeps the built-in curve.
 *
 * Compiling loads mathjs, so only code that projects (the CLI, the server, the
 * browser workers) imports this module; the planner's page checks the text
 * lexically (`formulaText.ts`) and leaves the compile to its worker.
 */
import { TECHNICAL_RESPONSE_INPUT } from './formulaText';
import { DEFAULT_GRID, compileResponseCurve, type ResponseCurveError } from './responseCurve';
import type { Text } from './inputSpecs';
import type { Inputs } from './scenario';

export { TECHNICAL_RESPONSE_INPUT };

/** A scenario whose formula does not compile: the message says what to fix, in both languages. */
export class FormulaInputError extends Error {
	constructor(
		readonly inputId: string,
		readonly error: ResponseCurveError
	) {
		super(`${inputId}: ${error.message.en}`);
		this.name = 'FormulaInputError';
	}
}

/** The custom formula of a scenario, or null for the built-in curve. */
export function customResponseFormula(inputs: Inputs): string | null {
	const value = inputs[TECHNICAL_RESPONSE_INPUT];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

// Goal seek and sensitivity resolve the same scenario hundreds of times: compile each formula once.
const cache = new Map<string, Float64Array>();
const MAX_CACHED = 16;

/**
 * The curve's table on jp = 0, 1, …, 200 (the engine holds the last value beyond),
 * undefined for the built-in curve. Throws `FormulaInputError` for a bad formula.
 * The table is shared between calls: the engine only reads it.
 */
export function technicalResponseTable(inputs: Inputs): Float64Array | undefined {
	const formula = customResponseFormula(inputs);
	if (formula === null) return undefined;
	const cached = cache.get(formula);
	if (cached) return cached;
	const curve = compileResponseCurve(formula, DEFAULT_GRID);
	if (!curve.ok) throw new FormulaInputError(TECHNICAL_RESPONSE_INPUT, curve.error);
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
	cache.set(formula, curve.table);
	return curve.table;
}

/** What is wrong with a scenario's formulas, for a border to report; empty when they compile. */
export function formulaInputProblems(inputs: Inputs): Array<{ id: string; message: Text }> {
	try {
		technicalResponseTable(inputs);
		return [];
	} catch (error) {
		if (error instanceof FormulaInputError)
			return [{ id: error.inputId, message: error.error.message }];
		throw error;
	}
}
