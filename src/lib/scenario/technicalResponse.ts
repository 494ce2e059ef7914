/**
 * The technical-training response curve of a scenario: the analyst's formula
 * (input `technicalResponseCurve`) compiled once into the table the engine reads,
 * or nothing when the scenario keeps the built-in curve.
 *
 * The compiler (mathjs) is loaded on demand, not imported: measured on Node 20,
 * importing mathjs takes about 0.5 s and 87 MB of memory, and its browser chunk is
 * 646 kB — a cost every CLI run, server and planner worker would otherwise pay for
 * a feature few scenarios use. So an entry point that projects a scenario awaits
 * `prepareFormulas(inputs)` first (a no-op without a formula); resolving a scenario
 * with a formula whose compiler was not loaded is a programming error and says so.
 */
import { TECHNICAL_RESPONSE_INPUT } from './formulaText';
import type { Text } from './inputSpecs';
import type { ResponseCurveError, ResponseCurveResult } from './responseCurve';
import { formulaInput, type Inputs } from './scenario';

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

let compile: ((formula: string) => ResponseCurveResult) | null = null;

/** Loads the formula compiler (once). */
export async function loadFormulaCompiler(): Promise<void> {
	if (compile) return;
	const module = await import('./responseCurve');
	compile = (formula) => module.compileResponseCurve(formula, module.DEFAULT_GRID);
}

/** Makes a scenario's formulas ready to resolve: loads the compiler if it has one. */
export async function prepareFormulas(inputs: Inputs): Promise<void> {
	if (formulaInput(inputs, TECHNICAL_RESPONSE_INPUT) !== '') await loadFormulaCompiler();
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
	const formula = formulaInput(inputs, TECHNICAL_RESPONSE_INPUT);
	if (formula === '') return undefined;
	const cached = cache.get(formula);
	if (cached) return cached;
	if (!compile)
		throw new Error(
			'This scenario has its own response curve: await prepareFormulas(inputs) before resolving it.'
		);
	const curve = compile(formula);
	if (!curve.ok) throw new FormulaInputError(TECHNICAL_RESPONSE_INPUT, curve.error);
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
	cache.set(formula, curve.table);
	return curve.table;
}

/** What is wrong with a scenario's formulas, for a border to report; empty when they compile. */
export async function formulaInputProblems(
	inputs: Inputs
): Promise<Array<{ id: string; message: Text }>> {
	await prepareFormulas(inputs);
	try {
		technicalResponseTable(inputs);
		return [];
	} catch (error) {
		if (error instanceof FormulaInputError)
			return [{ id: error.inputId, message: error.error.message }];
		throw error;
	}
}
