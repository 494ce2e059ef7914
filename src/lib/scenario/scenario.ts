/**
 * A scenario: a plain, versioned, serialisable object. Only inputs that differ
 * from the defaults need be present. One schema validates it at every border
 * (CLI file, URL, API, database).
 */
import { z } from 'zod';
import { agencyOf, agencySchema, MAX_HORIZON_YEARS, type Agency } from './agency';
import { checkFormulaText, MAX_FORMULA_LENGTH } from './formulaText';
import { INPUT_SPECS, specFor, type InputSpec } from './inputSpecs';

/**
 * 2: a scenario may name its agency (absent: BPKAD Kota Bontang, as every scenario before),
 * and the planning years default to the calendar's next budget year (see `migrateScenario`).
 */
export const SCHEMA_VERSION = 2;
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
	/** The agency planned for; absent: BPKAD Kota Bontang with the study's figures. */
	agency?: Agency;
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

/** Why a scenario's years do not follow each other, as data (the pages word it in their language). */
export type YearsProblem =
	| { id: 'firstPlanningYear'; code: 'firstAfterRoster'; startYear: number; got: number }
	| { id: 'targetYear'; code: 'targetBeforeFirst'; first: number; got: number }
	| { id: 'endYear' | 'targetYear'; code: 'horizon'; startYear: number; last: number; got: number };

/**
 * The years must follow each other: the roster's year, then the first planning year, then
 * the target year (a target before the plan starts cannot be planned for), all within the
 * horizon. Returns the input to blame and how to fix it, or null.
 */
export function checkYears(
	inputs: Inputs,
	agency: Agency | undefined
): (YearsProblem & { message: string }) | null {
	const problem = yearsProblem(inputs, agency);
	return problem && { ...problem, message: describeYearsProblem(problem) };
}

function yearsProblem(inputs: Inputs, agency: Agency | undefined): YearsProblem | null {
	const startYear = agencyOf({ agency }).startYear;
	const first = numberInput(inputs, 'firstPlanningYear');
	const target = numberInput(inputs, 'targetYear');
	const end = numberInput(inputs, 'endYear');
	if (first <= startYear)
		return { id: 'firstPlanningYear', code: 'firstAfterRoster', startYear, got: first };
	if (target < first) return { id: 'targetYear', code: 'targetBeforeFirst', first, got: target };
	const last = Math.max(first, target, end);
	if (last - startYear > MAX_HORIZON_YEARS)
		return {
			id: last === end ? 'endYear' : 'targetYear',
			code: 'horizon',
			startYear,
			last: startYear + MAX_HORIZON_YEARS,
			got: last
		};
	return null;
}

/** A years problem in plain English (the API, the CLI, links). */
export function describeYearsProblem(problem: YearsProblem): string {
	switch (problem.code) {
		case 'firstAfterRoster':
			return `firstPlanningYear must be after the roster's year ${problem.startYear}; got ${problem.got}`;
		case 'targetBeforeFirst':
			return `targetYear ${problem.got} is before the first planning year ${problem.first}; choose ${problem.first} or later`;
		case 'horizon':
			return `${problem.id}: the projection ends at most ${MAX_HORIZON_YEARS} years after the roster's year ${problem.startYear} (${problem.last}); got ${problem.got}`;
	}
}

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
		inputs: z.record(z.string().max(120), inputValue),
		agency: agencySchema.optional()
	})
	.strict()
	.superRefine((scenario, ctx) => {
		let inputsValid = true;
		for (const [id, value] of Object.entries(scenario.inputs)) {
			const problem = checkInput(id, value);
			if (problem) {
				inputsValid = false;
				ctx.addIssue({ code: 'custom', path: ['inputs', id], message: problem });
			}
		}
		const years = inputsValid ? checkYears(scenario.inputs, scenario.agency) : null;
		if (years) ctx.addIssue({ code: 'custom', path: ['inputs', years.id], message: years.message });
	});

/** The inputs whose defaults follow the calendar (`DEFAULT_FIRST_PLANNING_YEAR`). */
export const CALENDAR_INPUTS: readonly string[] = ['firstPlanningYear', 'targetYear', 'endYear'];

/** The calendar-following inputs' effective values, to be written out wherever a scenario is kept. */
export function calendarYears(inputs: Inputs): Inputs {
	return Object.fromEntries(CALENDAR_INPUTS.map((id) => [id, numberInput(inputs, id)]));
}

/**
 * The planning years' defaults of schema 1, which scenarios of that schema relied on when
 * they left them out: migrating pins them, so an old scenario projects exactly as before.
 */
export const SCHEMA1_YEAR_DEFAULTS: Readonly<Inputs> = {
	firstPlanningYear: 2023,
	targetYear: 2026,
	endYear: 2030
};

/** Schema-1 inputs as schema 2 reads them: the old year defaults written out where left out. */
export function migrateInputsFrom1(inputs: Inputs): Inputs {
	return { ...SCHEMA1_YEAR_DEFAULTS, ...inputs };
}

/**
 * Brings a scenario object of an older schema (a file, an API body, a stored row) to this
 * one; anything else is returned as it came, for the schema to judge.
 */
export function migrateScenario(raw: unknown): unknown {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
	const record = raw as Record<string, unknown>;
	if (record.schemaVersion !== 1) return raw;
	const inputs = record.inputs;
	return {
		...record,
		schemaVersion: SCHEMA_VERSION,
		inputs:
			typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs)
				? migrateInputsFrom1(inputs as Inputs)
				: inputs
	};
}

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
