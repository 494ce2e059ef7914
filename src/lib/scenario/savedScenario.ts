/**
 * A saved scenario: a scenario with its identity and history, as the API and
 * the database hold it. One schema per border: what a client may send to
 * create or change one, and what the store gives back.
 */
import { z } from 'zod';
import { agencySchema, storedAgencySchema } from './agency';
import {
	multiLineText,
	plainRecord,
	singleLineText,
	textProblem,
	textProblemText
} from './plainText';
import {
	DEFAULT_SEED,
	MODEL_VERSION,
	SCHEMA_VERSION,
	checkInput,
	calendarYears,
	checkYears,
	inputValue,
	migrateInputsFrom1,
	type Inputs,
	type Scenario
} from './scenario';

export interface SavedScenario extends Scenario {
	id: string;
	name: string;
	description: string;
	author: string;
	/** ISO 8601 timestamps. */
	createdAt: string;
	updatedAt: string;
	/** Raised by one on every change; a write must name the version it last read. */
	version: number;
	/** Fingerprint of the roster the scenario was made with; null for the default roster. */
	rosterFingerprint: string | null;
}

/** Request bodies larger than this are refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * A stored roster's request body (`PUT /api/rosters/:fingerprint`, after gzip decoding) is
 * at most this large. Measured: 50,000 people as canonical CSV are 3.4 MB (ids like P000001)
 * to 4.0 MB (18-digit NIP ids), about 70–80 bytes a row; 8 MiB leaves twice that for long
 * unit names and ids, i.e. about 165 bytes a row at 50,000 rows.
 */
export const MAX_ROSTER_BODY_BYTES = 8 * 1024 * 1024;

// What a client sends is plain text (`plainText.ts`); what the store gives back is read as
// it is, so a row saved before these checks still opens.
const name = singleLineText().trim().min(1, 'name must not be empty').max(200);
const description = multiLineText().max(5000);
const author = singleLineText().trim().max(200);
const modelVersion = singleLineText().min(1).max(40);
const storedName = z.string().trim().min(1, 'name must not be empty').max(200);
const seed = z
	.number()
	.int()
	.min(0)
	.max(2 ** 32 - 1);
const inputs = plainRecord(120, inputValue).superRefine((value, ctx) => {
	if (Object.keys(value).length > 500) {
		ctx.addIssue({ code: 'custom', message: 'at most 500 inputs' });
		return;
	}
	for (const [id, v] of Object.entries(value)) {
		const bad = typeof v === 'string' ? textProblem(v, 'multi-line') : null;
		if (bad) {
			const text = textProblemText(bad);
			ctx.addIssue({ code: 'custom', path: [id], message: text.en, params: { text } });
			continue;
		}
		const problem = checkInput(id, v);
		if (problem) ctx.addIssue({ code: 'custom', path: [id], message: problem });
	}
});
/** A roster fingerprint as `rosterFingerprint` writes it (`fnv1a64-<16 hex>-<people>`). */
export const rosterFingerprintText = z
	.string()
	.regex(/^[a-z0-9:-]{1,100}$/, 'a roster fingerprint is lowercase letters, digits, ":" and "-"');
const fingerprint = rosterFingerprintText.nullable();

/** null sets a scenario back to the default agency (BPKAD Kota Bontang, the study's figures). */
const agency = agencySchema.nullable();

/** The years of a scenario's inputs and agency follow each other (`checkYears`). */
function refineYears(
	scenario: { inputs?: Inputs; agency?: z.infer<typeof agency> },
	ctx: z.RefinementCtx
): void {
	const problem = checkYears(scenario.inputs ?? {}, scenario.agency ?? undefined);
	if (problem)
		ctx.addIssue({ code: 'custom', path: ['inputs', problem.id], message: problem.message });
}

/**
 * POST /api/scenarios: only `name` is required; inputs default to the status quo. A body of
 * schema 1 (before agencies) is migrated: its left-out planning years are schema 1's defaults.
 */
export const createScenarioBody = z
	.object({
		name,
		description: description.optional(),
		author: author.optional(),
		seed: seed.optional(),
		inputs: inputs.optional(),
		schemaVersion: z.union([z.literal(1), z.literal(SCHEMA_VERSION)]).optional(),
		modelVersion: modelVersion.optional(),
		rosterFingerprint: fingerprint.optional(),
		agency: agency.optional()
	})
	.strict()
	.transform((body) =>
		body.schemaVersion === 1
			? { ...body, schemaVersion: SCHEMA_VERSION, inputs: migrateInputsFrom1(body.inputs ?? {}) }
			: body
	)
	.superRefine(refineYears);
export type CreateScenarioBody = z.infer<typeof createScenarioBody>;

/** PUT /api/scenarios/:id: the version last read, and the fields to change. */
export const updateScenarioBody = z
	.object({
		version: z.number().int().min(1),
		name: name.optional(),
		description: description.optional(),
		author: author.optional(),
		seed: seed.optional(),
		inputs: inputs.optional(),
		modelVersion: modelVersion.optional(),
		rosterFingerprint: fingerprint.optional(),
		agency: agency.optional()
	})
	.strict();
export type UpdateScenarioBody = z.infer<typeof updateScenarioBody>;

/** What the store returns (also validates rows read back from the database). */
export const savedScenarioSchema = z
	.object({
		id: z.string().min(1).max(64),
		name: storedName,
		description: z.string().max(5000),
		author: z.string().max(200),
		createdAt: z.string(),
		updatedAt: z.string(),
		version: z.number().int().min(1),
		schemaVersion: z.literal(SCHEMA_VERSION),
		modelVersion: z.string(),
		seed,
		inputs: z.record(z.string(), z.union([z.number(), z.string()])),
		rosterFingerprint: z.string().nullable(),
		agency: storedAgencySchema.optional()
	})
	.strict()
	.superRefine(refineYears);

/** The fields a new scenario gets when the body leaves them out. */
export function newScenarioDefaults(): Pick<
	SavedScenario,
	| 'description'
	| 'author'
	| 'seed'
	| 'inputs'
	| 'schemaVersion'
	| 'modelVersion'
	| 'rosterFingerprint'
> {
	return {
		description: '',
		author: '',
		seed: DEFAULT_SEED,
		// The planning years follow the calendar, so a stored scenario writes them out.
		inputs: calendarYears({}),
		schemaVersion: SCHEMA_VERSION,
		modelVersion: MODEL_VERSION,
		rosterFingerprint: null
	};
}
