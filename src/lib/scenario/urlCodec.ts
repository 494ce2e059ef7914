/**
 * Share links: a scenario as readable URL search params, and back.
 *
 * A link carries the model version (`v`), the schema version (`s`), the id of a
 * saved scenario (`id`) and the version of it the inputs start from (`rev`), the
 * seed when it is not the default (`seed`), the Monte
 * Carlo draws when the caller asks (`d`), and only the inputs that differ from
 * their defaults, one param each, prefixed `i.`:
 *
 *   ?v=1.0.0&s=1&i.trainingBudgetShare=1.5&i.coverage.anggaran=80&i.fundingRule=least_covered_first
 *
 * Numbers are written as JavaScript writes them (a dot for decimals, the shortest
 * text that reads back to the same number), so a link restores exactly the same
 * numbers. Reading a link goes through the one scenario schema; links of older
 * schema versions are migrated first (see `LINK_MIGRATIONS`). Params that are
 * not the scenario's (`lang`, tracking params) are left alone.
 */
import { AGENCY_PREFIX, readAgencyParams, writeAgencyParams } from './agencyParams';
import { checkFormulaText } from './formulaText';
import { INPUT_SPECS, specFor, type Text } from './inputSpecs';
import {
	DEFAULT_SEED,
	MODEL_VERSION,
	CALENDAR_INPUTS,
	SCHEMA1_YEAR_DEFAULTS,
	SCHEMA_VERSION,
	calendarYears,
	choiceInput,
	numberInput,
	scenarioSchema,
	type Inputs,
	type Scenario
} from './scenario';

/** Prefix of an input param: `i.coverage.anggaran=80`. */
export const INPUT_PREFIX = 'i.';
/** The largest `d` (Monte Carlo draws) a link may ask for. */
export const MAX_LINK_DRAWS = 5000;
/** What a saved scenario's id may look like in a link. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** The largest saved-scenario version (`rev`) a link may name. */
export const MAX_LINK_REV = 999_999_999;
/** A number as a link writes it: digits, one dot, an optional exponent. */
const NUMBER_PATTERN = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A decimal comma, as Indonesian writes numbers: the commonest hand-edit mistake. */
const COMMA_PATTERN = /^-?\d+,\d+$/;

export interface LinkOptions {
	/** The saved scenario the inputs belong to. */
	id?: string;
	/**
	 * The version of that saved scenario the inputs start from (written only with `id`):
	 * a save from the link names it, so a version saved since is never overwritten unseen.
	 */
	version?: number;
	/** Monte Carlo draws behind the numbers; left out unless given. */
	draws?: number;
}

/** Why a link cannot be opened, with what the param allows; `describeLinkProblem` words it. */
export type LinkProblem =
	| { code: 'newerSchema'; param: string; got: number; supported: number }
	| { code: 'badSchema'; param: string; got: string; supported: number }
	| { code: 'repeated'; param: string }
	| { code: 'unknownInput'; param: string }
	| { code: 'decimalComma'; param: string; got: string; suggestion: string }
	| { code: 'notANumber'; param: string; got: string }
	| { code: 'notWhole'; param: string; got: string }
	| { code: 'outOfRange'; param: string; got: string; min: number; max: number }
	| { code: 'notAChoice'; param: string; got: string; allowed: string[] }
	| { code: 'badId'; param: string; got: string }
	| { code: 'unknownAgencyParam'; param: string }
	/** A response-curve formula that cannot be used; `messageId` / `messageEn` say why. */
	| { code: 'badFormula'; param: string; got: string; messageId: string; messageEn: string }
	| { code: 'invalid'; param: string; message: string };

/** Something to tell the reader of a link that did open. */
export type LinkNotice =
	| { code: 'modelVersion'; linkVersion: string; currentVersion: string }
	| { code: 'noModelVersion'; currentVersion: string }
	| { code: 'migrated'; from: number; to: number };

export type LinkResult =
	| {
			ok: true;
			scenario: Scenario;
			id?: string;
			/** `rev`: the saved scenario's version the inputs start from. */
			version?: number;
			draws?: number;
			/** Plain-English notices; `noticeDetails` has the same as data, for translation. */
			notices: string[];
			noticeDetails: LinkNotice[];
	  }
	| { ok: false; reason: string; problem: LinkProblem };

// ── Writing ────────────────────────────────────────────────────────────────

/** Position of an input id in the spec list, so params come out in a stable, readable order. */
const SPEC_ORDER = new Map(INPUT_SPECS.map((spec, index) => [spec.id, index]));

function compareInputIds(a: string, b: string): number {
	const order = (id: string) => SPEC_ORDER.get(specFor(id)?.id ?? '') ?? SPEC_ORDER.size;
	return order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The inputs that change something: an input equal to what it would be without
 * it (its spec's default, or for a family member like `coverage.anggaran` or
 * `trainingBudgetShare.2025`, its family's value) is left out. Every input reads
 * the same through `numberInput`/`choiceInput` before and after. Does not
 * mutate `inputs`.
 */
export function minimalInputs(inputs: Inputs): Inputs {
	// The planning years' defaults follow the calendar: a link or a save made today must keep
	// meaning today's years next year, so they are always written out.
	inputs = { ...inputs, ...calendarYears(inputs) };
	const families: Inputs = {};
	const members: [string, Inputs[string]][] = [];
	for (const [id, raw] of Object.entries(inputs)) {
		// −0 is written "0" in a link; read back it is 0, so it is 0 here too.
		const value = Object.is(raw, -0) ? 0 : raw;
		const spec = specFor(id);
		if (spec && spec.id !== id) members.push([id, value]);
		else if (!spec || value !== spec.default || CALENDAR_INPUTS.includes(id)) families[id] = value;
	}
	const kept: Inputs = { ...families };
	for (const [id, value] of members) {
		const spec = specFor(id)!;
		const without =
			spec.type === 'choice' ? choiceInput(families, id) : numberInput(families, spec.id);
		if (value !== without) kept[id] = value;
	}
	return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => compareInputIds(a, b)));
}

/**
 * The share-link params of a scenario. Only inputs that differ from their
 * defaults are written (see `minimalInputs`); the seed only when it is not the
 * default. Does not mutate `scenario`.
 */
export function scenarioToSearchParams(
	scenario: Scenario,
	options: LinkOptions = {}
): URLSearchParams {
	const params = new URLSearchParams();
	params.set('v', scenario.modelVersion);
	params.set('s', String(scenario.schemaVersion));
	if (options.id !== undefined) {
		params.set('id', options.id);
		if (options.version !== undefined) params.set('rev', String(options.version));
	}
	if (scenario.seed !== DEFAULT_SEED) params.set('seed', String(scenario.seed));
	if (options.draws !== undefined) params.set('d', String(options.draws));
	for (const [id, value] of Object.entries(minimalInputs(scenario.inputs))) {
		params.set(`${INPUT_PREFIX}${id}`, String(value));
	}
	writeAgencyParams(scenario.agency, params);
	return params;
}

// ── Migrations ─────────────────────────────────────────────────────────────

type RawParams = Map<string, string>;

/** One step of link migration: from schema `n` (the table key) to `n + 1`. */
export interface LinkMigration {
	/** What changed between the two versions, for readers of this table. */
	description: string;
	up(params: RawParams): RawParams | LinkProblem;
}

/** Schema-0 params that are the scenario's (so a schema-0 link can be told from no link). */
const SCHEMA0_KEYS = /^(share|coverage(\.[^.]+)?|seed)$/;

/**
 * Link migrations, keyed by the schema version they read. Each gives params of
 * the next version; a link is migrated step by step up to `SCHEMA_VERSION`.
 */
export const LINK_MIGRATIONS: Readonly<Record<number, LinkMigration>> = {
	0: {
		description:
			'Schema 0 (the first links, which carried no `s` and no `v`): `share` was the ' +
			'training budget share and `coverage` / `coverage.<unit>` the coverage, all as ' +
			'fractions (share=0.015 meant 1.5 %). Schema 1 prefixes inputs with `i.`, names ' +
			'them as the input specs do, and writes percentages as the planner reads them.',
		up(params) {
			const next: RawParams = new Map();
			for (const [key, raw] of params) {
				const input = key === 'share' ? 'trainingBudgetShare' : /^coverage(\.|$)/.test(key) && key;
				if (!input) {
					next.set(key, raw);
					continue;
				}
				const fraction = parseLinkNumber(key, raw);
				if (typeof fraction !== 'number') return fraction;
				next.set(`${INPUT_PREFIX}${input}`, String(fractionToPercent(fraction)));
			}
			next.set('s', '1');
			return next;
		}
	},
	1: {
		description:
			'Schema 1 had no agency (every link planned for BPKAD Kota Bontang, as a link without ' +
			'`a.` params still does) and fixed planning years (first 2023, target 2026, last 2030). ' +
			'Schema 2 defaults them to the calendar, so a schema-1 link gets its old years written out.',
		up(params) {
			const next: RawParams = new Map(params);
			for (const [id, value] of Object.entries(SCHEMA1_YEAR_DEFAULTS)) {
				const key = `${INPUT_PREFIX}${id}`;
				if (!next.has(key)) next.set(key, String(value));
			}
			next.set('s', '2');
			return next;
		}
	}
};

/** 0.015 → 1.5, without the float noise of a bare `* 100` (0.0069 * 100 = 0.6900000000000001). */
function fractionToPercent(fraction: number): number {
	return Number((fraction * 100).toPrecision(12));
}

// ── Reading ────────────────────────────────────────────────────────────────

/** True when the params describe a scenario (a share link of any schema version). */
export function hasScenarioParams(params: URLSearchParams): boolean {
	for (const key of params.keys()) {
		if (
			key === 's' ||
			key === 'v' ||
			key.startsWith(INPUT_PREFIX) ||
			key.startsWith(AGENCY_PREFIX) ||
			SCHEMA0_KEYS.test(key)
		) {
			return true;
		}
	}
	return false;
}

function parseLinkNumber(param: string, raw: string): number | LinkProblem {
	const text = raw.trim();
	if (COMMA_PATTERN.test(text)) {
		return { code: 'decimalComma', param, got: raw, suggestion: text.replace(',', '.') };
	}
	if (!NUMBER_PATTERN.test(text)) return { code: 'notANumber', param, got: raw };
	return Number(text);
}

const isProblem = (x: unknown): x is LinkProblem =>
	typeof x === 'object' && x !== null && 'code' in x && !(x instanceof Map);

/** Units whose inputs are whole numbers (as `checkInput` requires). */
const WHOLE_UNITS = new Set(['year', 'placesPerYear', 'peoplePerYear', 'years']);

/**
 * Why the schema refused input `id`, worded from its spec (what is allowed).
 * `param` names it for the reader: `i.coverage` in a link, `inputs.coverage` in a file.
 */
export function inputProblem(
	id: string,
	value: unknown,
	schemaMessage: string,
	param = `${INPUT_PREFIX}${id}`,
	got = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
): LinkProblem {
	const spec = specFor(id);
	if (!spec) return { code: 'unknownInput', param };
	if (spec.type === 'choice') {
		return { code: 'notAChoice', param, got, allowed: spec.options.map((o) => o.value) };
	}
	if (spec.type === 'formula') {
		const problem = typeof value === 'string' ? checkFormulaText(value) : null;
		return problem
			? badFormula(param, got, problem)
			: { code: 'invalid', param, message: schemaMessage };
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return { code: 'notANumber', param, got };
	}
	if (value < spec.min || value > spec.max) {
		return { code: 'outOfRange', param, got, min: spec.min, max: spec.max };
	}
	if (WHOLE_UNITS.has(spec.unit) && !Number.isInteger(value)) {
		return { code: 'notWhole', param, got };
	}
	return { code: 'invalid', param, message: schemaMessage };
}

/** A formula problem as a link problem. */
export function badFormula(param: string, got: string, message: Text): LinkProblem {
	return { code: 'badFormula', param, got, messageId: message.id, messageEn: message.en };
}

/** The `a.` param an agency schema issue is about (its path: `ceilings.0.amount`, `name`). */
function agencyProblem(
	path: PropertyKey[],
	message: string,
	agency: Scenario['agency']
): LinkProblem {
	const [list, index, field] = path.map(String);
	const entry =
		agency && (list === 'ceilings' || list === 'spent' || list === 'results')
			? agency[list][Number(index)]
			: undefined;
	const perYear: Record<string, string> = {
		ceilings: field === 'source' ? 'ceilingSource' : 'ceiling',
		spent: field === 'share' ? 'spentShare' : field === 'source' ? 'spentSource' : 'spent',
		results: field && field !== 'year' ? field : 'index'
	};
	const param = entry
		? `${AGENCY_PREFIX}${perYear[list]}.${entry.year}`
		: list === 'startYear'
			? `${AGENCY_PREFIX}start`
			: list === 'unitNames'
				? `${AGENCY_PREFIX}unit.${index ?? ''}`
				: `${AGENCY_PREFIX}${list ?? 'name'}`;
	return { code: 'invalid', param, message };
}

function fail(problem: LinkProblem): LinkResult {
	return { ok: false, reason: describeLinkProblem(problem), problem };
}

/**
 * Reads a share link. On success, the scenario (validated by `scenarioSchema`),
 * the saved scenario's id if the link names one, and notices for the reader
 * (e.g. the link was made with another model version). On failure, the reason,
 * naming the param and what it allows; the caller shows it and falls back to
 * the default scenario.
 */
export function scenarioFromSearchParams(params: URLSearchParams): LinkResult {
	const notices: LinkNotice[] = [];
	let raw: RawParams = new Map();
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		const ours =
			key === 's' ||
			key === 'v' ||
			key === 'id' ||
			key === 'rev' ||
			key === 'd' ||
			key.startsWith(INPUT_PREFIX) ||
			key.startsWith(AGENCY_PREFIX) ||
			SCHEMA0_KEYS.test(key);
		if (!ours) continue;
		if (values.length > 1) return fail({ code: 'repeated', param: key });
		raw.set(key, values[0]);
	}

	// A link without `s` is a schema-0 link (they carried none), or no scenario at all
	// (`/?id=…`, `/?lang=en`), or a current link cut short (`i.` params, which schema 0 never had).
	const schemaText = raw.get('s');
	let schema = SCHEMA_VERSION;
	if (schemaText === undefined) {
		const keys = [...raw.keys()];
		if (keys.some((key) => key.startsWith(INPUT_PREFIX) || key.startsWith(AGENCY_PREFIX)))
			schema = SCHEMA_VERSION;
		else if (keys.some((key) => SCHEMA0_KEYS.test(key))) schema = 0;
		else raw.set('v', raw.get('v') ?? MODEL_VERSION);
	} else if (/^\d+$/.test(schemaText)) {
		schema = Number(schemaText);
	} else {
		return fail({ code: 'badSchema', param: 's', got: schemaText, supported: SCHEMA_VERSION });
	}
	if (schema > SCHEMA_VERSION) {
		return fail({ code: 'newerSchema', param: 's', got: schema, supported: SCHEMA_VERSION });
	}
	if (schema < SCHEMA_VERSION) {
		for (let version = schema; version < SCHEMA_VERSION; version++) {
			const migrated = LINK_MIGRATIONS[version].up(raw);
			if (isProblem(migrated)) return fail(migrated);
			raw = migrated;
		}
		notices.push({ code: 'migrated', from: schema, to: SCHEMA_VERSION });
	}

	const inputs: Inputs = {};
	for (const [key, value] of raw) {
		if (!key.startsWith(INPUT_PREFIX)) continue;
		const id = key.slice(INPUT_PREFIX.length);
		const spec = specFor(id);
		if (!spec) return fail({ code: 'unknownInput', param: key });
		if (spec.type === 'choice') {
			inputs[id] = value;
			continue;
		}
		if (spec.type === 'formula') {
			const problem = value.trim() === '' ? null : checkFormulaText(value);
			if (problem) return fail(badFormula(key, value, problem));
			inputs[id] = value.trim();
			continue;
		}
		const number = parseLinkNumber(key, value);
		if (isProblem(number)) return fail(number);
		inputs[id] = number;
	}

	let seed = DEFAULT_SEED;
	const seedText = raw.get('seed');
	if (seedText !== undefined) {
		if (!/^\d+$/.test(seedText.trim())) {
			const number = parseLinkNumber('seed', seedText);
			return fail(isProblem(number) ? number : { code: 'notWhole', param: 'seed', got: seedText });
		}
		seed = Number(seedText);
	}

	const id = raw.get('id');
	if (id !== undefined && !ID_PATTERN.test(id))
		return fail({ code: 'badId', param: 'id', got: id });

	let version: number | undefined;
	const revText = raw.get('rev');
	if (revText !== undefined) {
		version = Number(revText);
		if (!/^\d+$/.test(revText) || version < 1 || version > MAX_LINK_REV) {
			return fail({ code: 'outOfRange', param: 'rev', got: revText, min: 1, max: MAX_LINK_REV });
		}
	}

	let draws: number | undefined;
	const drawsText = raw.get('d');
	if (drawsText !== undefined) {
		draws = Number(drawsText);
		if (!/^\d+$/.test(drawsText) || draws > MAX_LINK_DRAWS) {
			return fail({ code: 'outOfRange', param: 'd', got: drawsText, min: 0, max: MAX_LINK_DRAWS });
		}
	}

	const modelVersion = raw.get('v');
	if (modelVersion === undefined) {
		notices.push({ code: 'noModelVersion', currentVersion: MODEL_VERSION });
	} else if (modelVersion !== MODEL_VERSION) {
		notices.push({
			code: 'modelVersion',
			linkVersion: modelVersion,
			currentVersion: MODEL_VERSION
		});
	}

	const agency = readAgencyParams(raw, parseLinkNumber);
	if (isProblem(agency)) return fail(agency);

	const parsed = scenarioSchema.safeParse({
		schemaVersion: SCHEMA_VERSION,
		modelVersion: modelVersion ?? MODEL_VERSION,
		seed,
		inputs,
		...(agency && { agency })
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const [field, inputId] = issue.path.map(String);
		if (field === 'agency') return fail(agencyProblem(issue.path.slice(1), issue.message, agency));
		if (field === 'inputs' && inputId !== undefined) {
			// Say what the link said, not the number it was read as.
			const param = `${INPUT_PREFIX}${inputId}`;
			return fail(inputProblem(inputId, inputs[inputId], issue.message, param, raw.get(param)));
		}
		if (field === 'seed') {
			return fail({
				code: 'outOfRange',
				param: 'seed',
				got: seedText ?? '',
				min: 0,
				max: 2 ** 32 - 1
			});
		}
		return fail({
			code: 'invalid',
			param: field === 'modelVersion' ? 'v' : field,
			message: issue.message
		});
	}

	return {
		ok: true,
		scenario: parsed.data,
		...(id !== undefined && { id }),
		...(version !== undefined && { version }),
		...(draws !== undefined && { draws }),
		notices: notices.map(describeLinkNotice),
		noticeDetails: notices
	};
}

// ── Words ──────────────────────────────────────────────────────────────────

/** A link problem in plain English: which param, what it got, what is allowed. */
export function describeLinkProblem(problem: LinkProblem): string {
	switch (problem.code) {
		case 'newerSchema':
			return `This link was made by a newer version of the simulator (link format ${problem.got}); this one reads formats up to ${problem.supported}. Open it on an updated simulator.`;
		case 'badSchema':
			return `s (the link format) must be a whole number up to ${problem.supported}; got "${problem.got}".`;
		case 'repeated':
			return `${problem.param} appears more than once in the link; keep one.`;
		case 'unknownInput':
			return `${problem.param} is not an input of this simulator; remove it from the link.`;
		case 'decimalComma':
			return `${problem.param} must be written with a decimal dot: ${problem.suggestion}, not ${problem.got}.`;
		case 'notANumber':
			return `${problem.param} must be a number; got "${problem.got}".`;
		case 'notWhole':
			return `${problem.param} must be a whole number; got ${problem.got}.`;
		case 'outOfRange':
			return `${problem.param} must be between ${problem.min} and ${problem.max}; got ${problem.got}.`;
		case 'notAChoice':
			return `${problem.param} must be one of ${problem.allowed.join(', ')}; got "${problem.got}".`;
		case 'unknownAgencyParam':
			return `${problem.param} is not an agency figure this simulator knows; remove it from the link.`;
		case 'badId':
			return `id must be a saved scenario's id (letters, digits, "-" and "_"); got "${problem.got}".`;
		case 'badFormula':
			return `${problem.param} is not a usable formula: ${problem.messageEn}`;
		case 'invalid':
			return `${problem.param}: ${problem.message}`;
	}
}

/** A link notice in plain English. */
export function describeLinkNotice(notice: LinkNotice): string {
	switch (notice.code) {
		case 'modelVersion':
			return `This link was made with model version ${notice.linkVersion}; this simulator runs ${notice.currentVersion}, so the numbers may differ from when the link was made.`;
		case 'noModelVersion':
			return `This link does not say which model version made it; this simulator runs ${notice.currentVersion}, so the numbers may differ from when the link was made.`;
		case 'migrated':
			return `This link uses an older link format (${notice.from}); it was converted to format ${notice.to}.`;
	}
}
