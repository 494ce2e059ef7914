/**
 * Command line: score a roster, project a scenario, list the levers.
 * A roster file (roster.csv) may be CSV, an Excel workbook (.xlsx; --sheet name|n picks
 * the sheet) or BKN's IP ASN result file (PIP ASN, as .xlsx or CSV).
 *   npm run sim -- score [roster.csv] [--json]
 *   npm run sim -- project [scenario.json] [--roster roster.csv] [--set id=value ...]
 *                          [--draws N] [--seed S] [--json|--csv]
 *   npm run sim -- goal [scenario.json] --target 75 --year 2029 [--probability 0.5|0.8]
 *                       [--draws N] [--roster roster.csv] [--set id=value ...] [--seed S]
 *                       [--path] [--json]
 *   npm run sim -- calibrate [scenario.json] [--roster roster.csv] [--json]
 *   npm run sim -- levers
 *   npm run sim -- scenario
 *   npm run sim -- template [--lang id|en]   (a roster file to fill in)
 * Bad input exits with code 2 and a message that says what to fix.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	goalJson,
	goalText,
	projectionCsv,
	projectionJson,
	projectionTable,
	scoreJson
} from './lib/cli/output';
import { calibrationJson, calibrationText } from './lib/cli/calibrateOutput';
import { DEFAULT_RULEBOOK } from './lib/engine/rulebooks';
import { calibrate } from './lib/scenario/calibration';
import type { Roster } from './lib/engine/roster';
import { scoreRoster } from './lib/engine/scoring';
import { bontangRoster } from './lib/scenario/bontang';
import { goalSeek, type GoalProbability } from './lib/scenario/goalSeek';
import { TECHNICAL_RESPONSE_INPUT } from './lib/scenario/formulaText';
import { INPUT_SPECS, specFor } from './lib/scenario/inputSpecs';
import { rosterTemplateCsv } from './lib/rosterFiles/csv';
import { formatRosterIssue } from './lib/rosterFiles/messages';
import { describeReading } from './lib/rosterFiles/pipCorrection';
import { readRosterFile } from './lib/rosterFiles/readRosterFile';
import { runScenario } from './lib/scenario/runScenario';
import { prepareFormulas } from './lib/scenario/technicalResponse';
import {
	checkInput,
	defaultScenario,
	describeIssues,
	formulaInput,
	scenarioSchema,
	type Scenario,
	migrateScenario,
	calendarYears
} from './lib/scenario/scenario';

/** An input problem: printed without a stack trace, exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage:
  npm run sim -- score [roster.csv] [--json]
  npm run sim -- project [scenario.json] [--roster roster.csv] [--set id=value ...] [--draws N] [--seed S] [--json|--csv]
  npm run sim -- goal [scenario.json] --target 75 --year 2029 [--probability 0.5|0.8] [--draws N] [--roster roster.csv] [--set id=value ...] [--seed S] [--path] [--json]
      the smallest training budget share reaching the target index in that year, at the
      median (0.5, default) or with 80 % probability (0.8); draws default to 0
      (deterministic) for 0.5 and 200 for 0.8, which needs draws ≥ 1. The JSON also has
      the year-by-year path, no year below the status quo: path [{ year, share, index,
      baselineIndex }]; --path prints that path's index beside the status quo's as text
  npm run sim -- calibrate [scenario.json] [--roster roster.csv] [--json]
      fits the free-training shares and the unit-cost level to the 2021 roster and budget
      (every replayed year funded with 2021 Rupiah); JSON { parameters, history, residual }
  npm run sim -- levers
  npm run sim -- scenario
  npm run sim -- template [--lang id|en]
A roster file may be CSV, an Excel workbook (.xlsx; --sheet <name or number from 1> picks
the sheet, default the first with data) or BKN's IP ASN result file (PIP ASN, .xlsx or CSV).`;

function readBytes(path: string): Uint8Array {
	try {
		return readFileSync(path);
	} catch (error) {
		throw new UsageError(
			`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}. Check the path.`
		);
	}
}

function readText(path: string): string {
	return new TextDecoder().decode(readBytes(path));
}

/** `--sheet`: a sheet's name, or its position counted from 1 as Excel's tabs are. */
function sheetOption(raw: string | undefined): number | string | undefined {
	if (raw === undefined) return undefined;
	if (/^\d+$/.test(raw.trim())) {
		const position = Number(raw);
		if (position < 1) throw new UsageError(`--sheet counts from 1 (the first sheet); got "${raw}"`);
		return position - 1;
	}
	return raw;
}

/** Rows of BKN's PIP ASN file listed on stderr before the rest is only counted. */
const LISTED_ASSUMPTIONS = 20;

/**
 * A roster file as the browser reads it (`readRosterFile`): CSV in any encoding, an Excel
 * workbook (`sheet` picks the sheet) or BKN's PIP ASN file. Notices and the rows read with an
 * assumption go to stderr, so stdout stays the result.
 */
async function loadRoster(path: string | undefined, sheet?: string): Promise<Roster> {
	if (!path) {
		if (sheet !== undefined)
			throw new UsageError('--sheet needs a roster file (an .xlsx workbook).');
		return bontangRoster();
	}
	const { result: parsed } = await readRosterFile(readBytes(path), { sheet: sheetOption(sheet) });
	for (const notice of parsed.notices) console.error(`note: ${formatRosterIssue(notice, 'en')}`);
	if (!parsed.ok) {
		const lines = parsed.errors.map((e) => `  ${formatRosterIssue(e, 'en')}`);
		throw new UsageError(`${path} was not used: fix these and try again.\n${lines.join('\n')}`);
	}
	const assumed = parsed.assumed ?? [];
	for (const a of assumed.slice(0, LISTED_ASSUMPTIONS)) {
		const also = a.alternatives.map((r) => describeReading(r, 'en')).join('; ');
		console.error(
			`note: cell ${a.cell} (${a.post || 'no post name'}, competency ${a.points}): assumed ${describeReading(a.assumed, 'en')}; also possible ${also}`
		);
	}
	if (assumed.length > LISTED_ASSUMPTIONS)
		console.error(`note: and ${assumed.length - LISTED_ASSUMPTIONS} more rows with an assumption.`);
	return parsed.roster;
}

function loadScenario(path: string | undefined): Scenario {
	if (!path) return defaultScenario();
	let json: unknown;
	try {
		json = JSON.parse(readText(path));
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
	}
	// A file of an older schema is read as it meant: migrated first (its planning years pinned).
	const parsed = scenarioSchema.safeParse(migrateScenario(json));
	if (!parsed.success) {
		throw new UsageError(
			`${path} is not a valid scenario:\n  ${describeIssues(parsed.error).join('\n  ')}`
		);
	}
	return parsed.data;
}

/** `id=value`: numbers for number inputs, the option's name for choices, the text of a formula. */
function applySet(scenario: Scenario, assignments: string[], roster: Roster): Scenario {
	const inputs = { ...scenario.inputs };
	for (const assignment of assignments) {
		const eq = assignment.indexOf('=');
		if (eq <= 0)
			throw new UsageError(
				`--set needs id=value, e.g. --set trainingBudgetShare=1.5; got "${assignment}"`
			);
		const id = assignment.slice(0, eq).trim();
		const raw = assignment.slice(eq + 1).trim();
		const asNumber = Number(raw.replace(',', '.'));
		const isFormula = specFor(id)?.type === 'formula';
		const value = !isFormula && raw !== '' && Number.isFinite(asNumber) ? asNumber : raw;
		const problem = checkInput(
			id,
			value,
			roster.units.map((u) => u.id)
		);
		if (problem) throw new UsageError(`--set ${assignment}: ${problem}`);
		inputs[id] = value;
	}
	return { ...scenario, inputs };
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0 || value > max) {
		throw new UsageError(`--${name} must be a whole number from 0 to ${max}; got "${raw}"`);
	}
	return value;
}

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			csv: { type: 'boolean', default: false },
			set: { type: 'string', multiple: true, default: [] },
			draws: { type: 'string' },
			seed: { type: 'string' },
			roster: { type: 'string' },
			sheet: { type: 'string' },
			target: { type: 'string' },
			year: { type: 'string' },
			probability: { type: 'string' },
			path: { type: 'boolean', default: false },
			lang: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const [command, file, ...extra] = positionals;
	if (values.help || !command) {
		console.log(USAGE);
		return;
	}
	if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}\n${USAGE}`);
	switch (command) {
		case 'score': {
			const roster = await loadRoster(file, values.sheet);
			const score = scoreRoster(roster, DEFAULT_RULEBOOK);
			if (values.json) console.log(JSON.stringify(scoreJson(score)));
			else {
				const a = score.agency;
				console.log(
					`${a.index.toFixed(2)} ${a.category} (${a.n} people${file ? '' : ', illustrative default roster'})`
				);
				for (const [d, v] of Object.entries(a.dimensions))
					console.log(`  ${d.padEnd(14)} ${v.toFixed(2)}`);
			}
			return;
		}
		case 'project': {
			if (values.json && values.csv) throw new UsageError('Choose one of --json and --csv.');
			const roster = await loadRoster(values.roster, values.sheet);
			let scenario = applySet(loadScenario(file), values.set ?? [], roster);
			scenario = {
				...scenario,
				seed: wholeNumber('seed', values.seed, scenario.seed, 2 ** 32 - 1)
			};
			const draws = wholeNumber('draws', values.draws, 0, 100_000);
			let run;
			try {
				await prepareFormulas(scenario.inputs);
				run = runScenario(scenario, { roster, draws });
			} catch (error) {
				throw new UsageError((error as Error).message);
			}
			if (values.json) console.log(JSON.stringify(projectionJson(run)));
			else if (values.csv) process.stdout.write(projectionCsv(run));
			else {
				process.stdout.write(projectionTable(run));
				const curve = formulaInput(scenario.inputs, TECHNICAL_RESPONSE_INPUT);
				if (curve) console.log(`Technical training response curve (own formula): ${curve}`);
			}
			return;
		}
		case 'goal': {
			if (values.csv) throw new UsageError('goal has no --csv; use --json.');
			if (values.target === undefined)
				throw new UsageError('goal needs --target, the index to reach, e.g. --target 75');
			const target = Number(values.target.replace(',', '.'));
			if (values.target.trim() === '' || !Number.isFinite(target) || target < 0 || target > 100)
				throw new UsageError(`--target must be an index from 0 to 100; got "${values.target}"`);
			if (values.year === undefined)
				throw new UsageError(
					'goal needs --year, the year to reach the target in, e.g. --year 2029'
				);
			const year = Number(values.year);
			if (!/^\d{4}$/.test(values.year.trim()) || !Number.isInteger(year))
				throw new UsageError(`--year must be a year such as 2026; got "${values.year}"`);
			const probabilityText = values.probability ?? '0.5';
			const probability = Number(probabilityText.replace(',', '.'));
			if (probability !== 0.5 && probability !== 0.8)
				throw new UsageError(`--probability must be 0.5 or 0.8; got "${probabilityText}"`);
			const roster = await loadRoster(values.roster, values.sheet);
			let scenario = applySet(loadScenario(file), values.set ?? [], roster);
			scenario = {
				...scenario,
				seed: wholeNumber('seed', values.seed, scenario.seed, 2 ** 32 - 1)
			};
			const draws = wholeNumber('draws', values.draws, probability === 0.8 ? 200 : 0, 100_000);
			if (probability === 0.8 && draws === 0)
				throw new UsageError(
					'--probability 0.8 needs Monte Carlo draws: use --draws 1 or more (default 200).'
				);
			let answer;
			try {
				await prepareFormulas(scenario.inputs);
				answer = goalSeek(scenario, {
					target,
					year,
					probability: probability as GoalProbability,
					draws,
					roster,
					rosterKey: values.roster
				});
			} catch (error) {
				throw new UsageError((error as Error).message);
			}
			const context = { target, year, probability: probability as GoalProbability, draws };
			if (values.json) console.log(JSON.stringify(goalJson(answer, context)));
			else process.stdout.write(goalText(answer, context, { path: values.path }));
			return;
		}
		case 'calibrate': {
			const fit = calibrate(loadScenario(file), await loadRoster(values.roster, values.sheet));
			if (values.json) console.log(JSON.stringify(calibrationJson(fit)));
			else process.stdout.write(calibrationText(fit));
			return;
		}
		case 'levers': {
			for (const spec of INPUT_SPECS) {
				const id = spec.type === 'number' && spec.perUnit ? `${spec.id}.<unitId>` : spec.id;
				const range =
					spec.type === 'number'
						? `${spec.min}–${spec.max} step ${spec.step}`
						: spec.type === 'choice'
							? spec.options.map((o) => o.value).join('|')
							: `formula in ${spec.variable}, ≤ ${spec.maxLength} chars`;
				const fallback = spec.type === 'formula' ? '(built-in curve)' : spec.default;
				console.log(
					`${spec.kind.padEnd(10)} ${id.padEnd(32)} ${spec.unit.padEnd(14)} ${range.padEnd(30)} default ${fallback}   ${spec.label.en}`
				);
			}
			return;
		}
		case 'scenario': {
			// The planning years follow the calendar: a scenario file says its own.
			const scenario = defaultScenario();
			console.log(JSON.stringify({ ...scenario, inputs: calendarYears(scenario.inputs) }, null, 2));
			return;
		}
		case 'template':
			process.stdout.write(rosterTemplateCsv(values.lang === 'en' ? 'en' : 'id'));
			return;
		default:
			throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
	}
}

// A closed pipe (`… | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
	if (
		error instanceof UsageError ||
		(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
	) {
		console.error(`error: ${(error as Error).message}`);
		process.exit(2);
	}
	throw error;
});
