/**
 * A scenario as a JSON file: what "Download JSON" writes and what "Import JSON"
 * accepts. The file is the scenario object itself (schemaVersion, modelVersion,
 * name, description, seed, inputs), checked by the one scenario schema; a file
 * that fails is described issue by issue, in the page's language.
 */
import type { z } from 'zod';
import type { MessageKey, MessageParams } from '../../i18n/messages';
import { TECHNICAL_RESPONSE_INPUT } from '../../scenario/formulaText';
import {
	SCHEMA_VERSION,
	formulaInput,
	migrateScenario,
	scenarioSchema,
	type Scenario
} from '../../scenario/scenario';
import { badFormula, inputProblem, minimalInputs, type LinkProblem } from '../../scenario/urlCodec';
import { linkProblemText } from './plannerNotices';

/** Scenario files larger than this are refused before parsing (a scenario is a few KB). */
export const MAX_FILE_BYTES = 256 * 1024;

/** One thing wrong with a file, as data: `scenarioIssueText` words it. */
export type ScenarioFileIssue =
	| { code: 'unknownField'; path: string }
	| { code: 'schemaVersion'; got: string; supported: number }
	| { code: 'missing'; path: string }
	| { code: 'type'; path: string; expected: string }
	| { code: 'tooLong'; path: string; max: number }
	| { code: 'tooBig'; path: string; max: number }
	| { code: 'tooSmall'; path: string; min: number }
	| { code: 'input'; problem: LinkProblem }
	| { code: 'other'; path: string; message: string };

export type ScenarioFileResult =
	| { ok: true; scenario: Scenario }
	| { ok: false; error: { code: 'tooLarge'; bytes: number } }
	| { ok: false; error: { code: 'notJson'; message: string } }
	| { ok: false; error: { code: 'invalid'; issues: ScenarioFileIssue[] } };

/** The file's content: the scenario with only the inputs that change something. */
export function scenarioFileText(scenario: Scenario): string {
	const file: Scenario = {
		schemaVersion: scenario.schemaVersion,
		modelVersion: scenario.modelVersion,
		...(scenario.name !== undefined && { name: scenario.name }),
		...(scenario.description !== undefined && { description: scenario.description }),
		seed: scenario.seed,
		inputs: minimalInputs(scenario.inputs),
		...(scenario.agency && { agency: scenario.agency })
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

const valueAt = (value: unknown, path: PropertyKey[]): unknown =>
	path.reduce<unknown>(
		(node, key) =>
			typeof node === 'object' && node !== null
				? (node as Record<PropertyKey, unknown>)[key]
				: undefined,
		value
	);

function issueOf(issue: z.core.$ZodIssue, data: unknown): ScenarioFileIssue[] {
	const path = issue.path.map(String).join('.') || '(scenario)';
	const [field, inputId] = issue.path.map(String);
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => ({
				code: 'unknownField',
				path: [...issue.path.map(String), key].join('.')
			}));
		case 'invalid_value':
			if (field === 'schemaVersion') {
				return [
					{
						code: 'schemaVersion',
						got: JSON.stringify(valueAt(data, issue.path)),
						supported: SCHEMA_VERSION
					}
				];
			}
			break;
		case 'invalid_type':
			if (valueAt(data, issue.path) === undefined) return [{ code: 'missing', path }];
			return [{ code: 'type', path, expected: issue.expected }];
		case 'too_big':
			return [
				issue.origin === 'string'
					? { code: 'tooLong', path, max: Number(issue.maximum) }
					: { code: 'tooBig', path, max: Number(issue.maximum) }
			];
		case 'too_small':
			return [{ code: 'tooSmall', path, min: Number(issue.minimum) }];
		case 'custom':
			if (field === 'inputs' && inputId !== undefined) {
				const value = valueAt(data, issue.path);
				return [{ code: 'input', problem: inputProblem(inputId, value, issue.message, path) }];
			}
			break;
	}
	return [{ code: 'other', path, message: issue.message }];
}

/**
 * What the store adds to a scenario (id, version, timestamps, author, roster):
 * a file saved from the API is a scenario too, so these are set aside on import.
 */
const STORE_FIELDS = [
	'id',
	'author',
	'createdAt',
	'updatedAt',
	'version',
	'rosterFingerprint'
] as const;

function withoutStoreFields(data: unknown): unknown {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
	const copy: Record<string, unknown> = { ...data };
	for (const field of STORE_FIELDS) delete copy[field];
	return copy;
}

/** Reads a scenario file's text; a bad file gives every issue found, nothing half-read. */
export function readScenarioFile(text: string): ScenarioFileResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_FILE_BYTES) return { ok: false, error: { code: 'tooLarge', bytes } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, error: { code: 'notJson', message } };
	}
	// A file of an older schema is read as it meant: migrated first (its years pinned).
	const parsed = scenarioSchema.safeParse(migrateScenario(withoutStoreFields(data)));
	if (parsed.success) return { ok: true, scenario: parsed.data };
	return {
		ok: false,
		error: { code: 'invalid', issues: parsed.error.issues.flatMap((i) => issueOf(i, data)) }
	};
}

/**
 * A file read by `readScenarioFile`, with its response-curve formula compiled: one that does
 * not compile (infinite at jp = 0, say) is refused like any other bad value. mathjs is loaded
 * only for a file that has a formula.
 */
export async function checkScenarioFileFormulas(
	result: ScenarioFileResult
): Promise<ScenarioFileResult> {
	if (!result.ok || formulaInput(result.scenario.inputs, TECHNICAL_RESPONSE_INPUT) === '')
		return result;
	const { formulaInputProblems } = await import('../../scenario/technicalResponse');
	const problems = await formulaInputProblems(result.scenario.inputs);
	const issues: ScenarioFileIssue[] = problems.map((p) => ({
		code: 'input',
		problem: badFormula(`inputs.${p.id}`, String(result.scenario.inputs[p.id]), p.message)
	}));
	return issues.length > 0 ? { ok: false, error: { code: 'invalid', issues } } : result;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const TYPE_KEYS: Record<string, MessageKey> = {
	number: 'scenarios.type.number',
	int: 'scenarios.type.integer',
	string: 'scenarios.type.string',
	object: 'scenarios.type.object',
	record: 'scenarios.type.object'
};

/** One issue in plain words, in the page's language. */
export function scenarioIssueText(issue: ScenarioFileIssue, t: Translate): string {
	switch (issue.code) {
		case 'input':
			return issue.problem.code === 'unknownInput'
				? t('scenarios.file.unknownInput', { path: issue.problem.param })
				: linkProblemText(issue.problem, t);
		case 'type': {
			const key = TYPE_KEYS[issue.expected];
			return t('scenarios.file.type', {
				path: issue.path,
				expected: key ? t(key) : issue.expected
			});
		}
		default: {
			const { code, ...params } = issue;
			return t(`scenarios.file.${code}`, params);
		}
	}
}
