/**
 * A scenario: a plain, versioned, serialisable object. Only inputs that differ
 * from the defaults need be present. One schema validates it at every border
 * (CLI file, URL, API, database).
 */
import { z } from 'zod';
import { checkFormulaText, MAX_FORMULA_LENGTH } from './formulaText';
import { INPUT_SPECS, specFor, type InputSpec } from './inputSpecs';

export const SCHEMA_VERSION = 1;
/** Raised whenever the model's mechanics or defaults change results. */
export const MODEL_VERSION = '1.0.0';

export type InputValue = number | string;
export type Inputs = Record<string, InputValue>;

export interface Scenario {
	schemaVersion: number;
	modelVersion: string;
	name?: string;
	description?: string;
	/** Seed of the random numbers: the same seed gives the same numbers. */
	seed: number;
	inputs: Inputs;
}

export const DEFAULT_SEED = 20210;

/** Checks one input against its spec; returns a message saying how to fix it, or null. */
export function checkInput(id: string, value: unknown, unitIds?: readonly string[]): string | null {
	const spec = specFor(id);
	if (!spec) return `unknown input "${id}"; see \`npm run sim -- levers\` for the inputs there are`;
	if (spec.type === 'choice') {
		const allowed = spec.options.map((o) => o.value);
		return typeof value === 'string' && allowed.includes(value)
			? null
			: `${id} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`;
	}
	if (spec.type === 'formula') {
		if (typeof value !== 'string')
			return `${id} must be a formula in jp; got ${JSON.stringify(value)}`;
		if (value.trim() === '') return null; // the built-in curve
		const problem = checkFormulaText(value);
		return problem ? `${id}: ${problem.en}` : null;
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return `${id} must be a number; got ${JSON.stringify(value)}`;
	}
	if (value < spec.min || value > spec.max) {
		return `${id} must be between ${spec.min} and ${spec.max}; got ${value}`;
	}
	if (
		spec.unit === 'year' ||
		spec.unit === 'placesPerYear' ||
		spec.unit === 'peoplePerYear' ||
		spec.unit === 'years'
	) {
		if (!Number.isInteger(value)) return `${id} must be a whole number; got ${value}`;
	}
	const suffix = id.slice(spec.id.length + 1);
	if (suffix && spec.perUnit && unitIds && !unitIds.includes(suffix)) {
		return `${id}: no unit "${suffix}"; units are ${unitIds.join(', ')}`;
	}
	if (suffix && spec.perYear && !/^\d{4}$/.test(suffix)) {
		return `${id}: "${suffix}" is not a year; write ${spec.id}.2025`;
	}
	return null;
}

/** An input's value: a number, a choice, or a formula (the longest text an input holds). */
export const inputValue = z.union([z.number(), z.string().max(MAX_FORMULA_LENGTH)]);

export const scenarioSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION),
		modelVersion: z.string().min(1).max(40),
		name: z.string().max(200).optional(),
		description: z.string().max(5000).optional(),
		seed: z
			.number()
			.int()
			.min(0)
			.max(2 ** 32 - 1),
		inputs: z.record(z.string().max(120), inputValue)
	})
	.strict()
	.superRefine((scenario, ctx) => {
		for (const [id, value] of Object.entries(scenario.inputs)) {
			const problem = checkInput(id, value);
			if (problem) ctx.addIssue({ code: 'custom', path: ['inputs', id], message: problem });
		}
	});

/** The default value of every input that has one (family members take their family's default). */
export function defaultInputs(): Inputs {
	return Object.fromEntries(
		INPUT_SPECS.filter((s) => !(s.type === 'number' && s.perUnit)).map((s) => [s.id, s.default])
	);
}

export function defaultScenario(): Scenario {
	return {
		schemaVersion: SCHEMA_VERSION,
		modelVersion: MODEL_VERSION,
		name: 'BPKAD Kota Bontang — status quo',
		seed: DEFAULT_SEED,
		inputs: {}
	};
}

/** Reads a number input, falling back to its family's and then its spec's default. */
export function numberInput(inputs: Inputs, id: string): number {
	const value = inputs[id];
	if (typeof value === 'number') return value;
	const spec = specFor(id) as InputSpec | undefined;
	if (!spec || spec.type !== 'number') throw new Error(`No number input "${id}".`);
	const family = inputs[spec.id];
	return typeof family === 'number' && id !== spec.id ? family : spec.default;
}

export function choiceInput(inputs: Inputs, id: string): string {
	const value = inputs[id];
	const spec = specFor(id);
	if (!spec || spec.type !== 'choice') throw new Error(`No choice input "${id}".`);
	return typeof value === 'string' ? value : spec.default;
}

/** Reads a formula input: '' means the model's built-in curve. */
export function formulaInput(inputs: Inputs, id: string): string {
	const value = inputs[id];
	const spec = specFor(id);
	if (!spec || spec.type !== 'formula') throw new Error(`No formula input "${id}".`);
	return typeof value === 'string' ? value.trim() : spec.default;
}

/** The value the engine reads for any input: its own, its family's, or its spec's default. */
export function effectiveInput(inputs: Inputs, id: string): InputValue {
	const type = specFor(id)?.type;
	return type === 'choice'
		? choiceInput(inputs, id)
		: type === 'formula'
			? formulaInput(inputs, id)
			: numberInput(inputs, id);
}

/** Formats zod issues as "path: message" lines for the CLI and the API. */
export function describeIssues(error: z.ZodError): string[] {
	return error.issues.map((issue) => `${issue.path.join('.') || '(scenario)'}: ${issue.message}`);
}
