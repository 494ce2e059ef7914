/**
 * The command line reads roster files exactly as the browser's import does (both call
 * `parseRosterCsv`): what Excel in an Indonesian locale writes — semicolons, decimal commas,
 * a BOM, CRLF, quoted cells, blank lines, trailing separators, Indonesian headers and words —
 * scores and projects like the canonical file, and a bad file is refused with the browser's
 * own sentences (row and column named), exit code 2. Run as child processes
 * (`node --import tsx src/cli.ts …`), all started together in beforeAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAll, type Run } from './runCli';
import { projectionJson, scoreJson } from '../../src/lib/cli/output';
import type { Roster } from '../../src/lib/engine/roster';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { scoreRoster } from '../../src/lib/engine/scoring';
import { parseRosterCsv, writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';

/** Six people in three units: decimals, every post type, optional cells left empty. */
const ROSTER: Roster = {
	units: [
		{ id: 'sekretariat', name: 'Sekretariat' },
		{ id: 'bidang_anggaran', name: 'Bidang Anggaran' },
		{ id: 'bidang_aset_daerah', name: 'Bidang Aset; Daerah' }
	],
	people: [
		{
			id: 'P001',
			unit: 'sekretariat',
			postType: 'structural',
			education: 'S2',
			leadershipTraining: true,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 24,
			skpRating: 'sangat_baik',
			punishment: 'none',
			fieldMatchesPost: true,
			yearsToRetirement: 9
		},
		{
			id: 'P002',
			unit: 'bidang_anggaran',
			postType: 'functional',
			education: 'S1',
			leadershipTraining: false,
			functionalTraining: true,
			seminarLast2Years: false,
			technicalJpLastYear: 22.5,
			skpRating: 'baik',
			punishment: 'none',
			fieldMatchesPost: false,
			yearsToRetirement: 21
		},
		{
			id: 'P003',
			unit: 'bidang_anggaran',
			postType: 'pelaksana',
			education: 'SLTA',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 8,
			skpRating: 'cukup',
			punishment: 'ringan'
		},
		{
			id: 'P004',
			unit: 'bidang_aset_daerah',
			postType: 'pelaksana',
			education: 'D3',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: false,
			technicalJpLastYear: 0.75,
			skpRating: 'kurang',
			punishment: 'sedang',
			yearsToRetirement: 3
		},
		{
			id: 'P005',
			unit: 'bidang_aset_daerah',
			postType: 'structural',
			education: 'S1',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 40,
			skpRating: 'baik',
			punishment: 'none',
			fieldMatchesPost: true
		},
		{
			id: 'P006',
			unit: 'sekretariat',
			postType: 'functional',
			education: 'D4',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: false,
			technicalJpLastYear: 12.5,
			skpRating: 'buruk',
			punishment: 'berat',
			fieldMatchesPost: false,
			yearsToRetirement: 30
		}
	]
};

const NUMBER_COLUMNS = new Set(['jp_teknis_setahun', 'tahun_menuju_pensiun']);

/** A cell as Excel writes it with `;`: quoted when it holds `;`, `"` or a line break. */
function excelCell(cell: string, quoteAnyway: boolean): string {
	return quoteAnyway || /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The roster as Excel in an Indonesian locale saves it: BOM, Indonesian headers and words,
 * `;` between cells, decimal commas, CRLF, some cells quoted for no reason, a blank line and
 * a row of bare separators in the middle and at the end, and trailing separators on every row.
 */
function excelIndonesian(roster: Roster, lineEnd = '\r\n'): string {
	const rows = csvParseRows(writeRosterCsv(roster, { headers: 'id' }));
	const header = rows[0];
	const lines = rows.map((row, r) =>
		row
			.map((cell, j) => {
				const value = r > 0 && NUMBER_COLUMNS.has(header[j]) ? cell.replace('.', ',') : cell;
				return excelCell(value, r > 0 && (j === 0 || j === 1) && r % 2 === 0);
			})
			.join(';')
			.concat(';;')
	);
	lines.splice(3, 0, '', ';;;;;;');
	return '\ufeff' + lines.join(lineEnd) + lineEnd + ';;;' + lineEnd + lineEnd;
}

const CANONICAL = writeRosterCsv(ROSTER);

/** An SKP score for each rating word, at or between band edges (decimal commas). */
const SKP_SCORE_OF: Record<string, string> = {
	sangat_baik: '91',
	baik: '90,5',
	cukup: '75,9',
	kurang: '51',
	buruk: '50,5'
};

/**
 * The canonical roster as Excel in an Indonesian locale saves it (`;`, decimal commas,
 * Indonesian headers) with SKP scores 0–100 in place of the rating words.
 */
function withSkpScores(scoreOf: (word: string) => string): string {
	const rows = csvParseRows(writeRosterCsv(ROSTER, { headers: 'id' }));
	const skp = rows[0].indexOf('predikat_skp');
	return (
		rows
			.map((row, r) =>
				row
					.map((cell, j) => {
						if (r === 0) return excelCell(cell, false);
						const value = j === skp ? scoreOf(cell) : cell;
						return excelCell(
							NUMBER_COLUMNS.has(rows[0][j]) ? value.replace('.', ',') : value,
							false
						);
					})
					.join(';')
			)
			.join('\r\n') + '\r\n'
	);
}

const VARIANTS: Record<string, string> = {
	canonical: CANONICAL,
	excelIndonesian: excelIndonesian(ROSTER),
	/** Old Mac line endings (lone CR). */
	loneCr: excelIndonesian(ROSTER, '\r'),
	/** English headers and words, `;` and decimal commas, LF, a BOM. */
	semicolonEnglish:
		'\ufeff' +
		csvParseRows(CANONICAL)
			.map((row, r) =>
				row.map((c, j) => excelCell(r > 0 && j === 7 ? c.replace('.', ',') : c, false)).join(';')
			)
			.join('\n') +
		'\n',
	/** Numeric SKP scores instead of the words. */
	skpScores: withSkpScores((word) => SKP_SCORE_OF[word])
};

/** The same file with mistakes a person makes, blank lines before them (rows count them). */
function withMistakes(text: string): string {
	return text
		.replace('P003', 'P001')
		.replace('kurang', 'luar biasa')
		.replace('0,75', '-0,75')
		.replace('40', 'empat puluh');
}

const BAD: Record<string, string> = {
	badExcel: withMistakes(VARIANTS.excelIndonesian),
	/** Scores out of 0–100 (rows 3 and 6) and a cell that is neither word nor number (row 7). */
	badSkpScores: withSkpScores((word) =>
		word === 'baik' ? '101' : word === 'buruk' ? 'sembilan puluh' : SKP_SCORE_OF[word]
	),
	missingColumn: VARIANTS.excelIndonesian.replace('predikat_skp', 'nilai_kinerja')
};

/**
 * What older Excel writes: Windows-1252 bytes (here a unit named with "–" and "é"), and the
 * same text in UTF-8 to compare with; a workbook saved as .xlsx is refused.
 */
const ACCENTED = VARIANTS.excelIndonesian
	.replace(/^\ufeff/, '') // Windows-1252 has no byte-order mark
	.replaceAll('Bidang Aset; Daerah', 'Bidang Aset – Café');
const CP1252: Record<string, number> = { '–': 0x96, é: 0xe9 };
const BYTE_FILES: Record<string, Uint8Array> = {
	windows1252: Uint8Array.from(ACCENTED, (c) => CP1252[c] ?? c.charCodeAt(0)),
	accentedUtf8: new TextEncoder().encode(ACCENTED),
	workbook: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])
};

let dir: string;
let paths: Record<string, string>;
let runs: Record<string, Run>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ipasn-roster-files-'));
	paths = {};
	for (const [name, text] of Object.entries({ ...VARIANTS, ...BAD })) {
		paths[name] = join(dir, `${name}.csv`);
		writeFileSync(paths[name], text);
	}
	for (const [name, bytes] of Object.entries(BYTE_FILES)) {
		paths[name] = join(dir, `${name}.csv`);
		writeFileSync(paths[name], bytes);
	}
	const commands: Record<string, string[]> = {};
	for (const name of Object.keys(BYTE_FILES))
		commands[`score:${name}`] = ['score', paths[name], '--json'];
	for (const name of Object.keys(VARIANTS)) {
		commands[`score:${name}`] = ['score', paths[name], '--json'];
		commands[`project:${name}`] = ['project', '--roster', paths[name], '--json'];
	}
	for (const name of Object.keys(BAD)) {
		commands[`score:${name}`] = ['score', paths[name]];
		commands[`project:${name}`] = ['project', '--roster', paths[name], '--json'];
	}
	runs = await runAll(commands);
}, 60_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the browser's import makes of the text. */
function browserRoster(text: string): Roster {
	const parsed = parseRosterCsv(text);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => formatRosterIssue(e, 'en')).join('\n'));
	return parsed.roster;
}

function output(run: Run): unknown {
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout);
}

/** Through JSON, as the CLI prints it. */
const asPrinted = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('every variant reads as the same roster', () => {
	it('the browser’s parser gives back the roster from each variant', () => {
		for (const text of Object.values(VARIANTS)) expect(browserRoster(text)).toEqual(ROSTER);
	});

	it.each(Object.keys(VARIANTS))(
		'score --json of %s equals scoreRoster of the parsed roster',
		(name) => {
			const expected = scoreJson(scoreRoster(browserRoster(VARIANTS[name]), DEFAULT_RULEBOOK));
			const printed = output(runs[`score:${name}`]) as ReturnType<typeof scoreJson>;
			expect(printed).toEqual(asPrinted(expected));
			expect(printed.people.map((p) => p.id)).toEqual(ROSTER.people.map((p) => p.id));
		}
	);

	it.each(Object.keys(VARIANTS))('project --roster %s projects like the canonical file', (name) => {
		const printed = output(runs[`project:${name}`]);
		expect(printed).toEqual(output(runs['project:canonical']));
		const expected = projectionJson(
			runScenario(defaultScenario(), { roster: browserRoster(VARIANTS[name]), draws: 0 })
		);
		expect(printed).toEqual(asPrinted(expected));
	});
});

describe('numeric SKP scores', () => {
	it('score on a file of SKP scores gives the index of the same file with the words', () => {
		expect(VARIANTS.skpScores).toMatch(/;91;.*\r\n.*;90,5;/s);
		const words = output(runs['score:canonical']) as ReturnType<typeof scoreJson>;
		const scores = output(runs['score:skpScores']) as ReturnType<typeof scoreJson>;
		expect(scores.agency.index).toBe(words.agency.index);
		expect(scores).toEqual(words);
	});
});

describe('a bad file: exit 2, the browser’s sentences, row and column named', () => {
	it.each(Object.keys(BAD))('%s, with score and with project --roster', (name) => {
		const parsed = parseRosterCsv(BAD[name]);
		expect(parsed.ok).toBe(false);
		const { errors, notices } = parsed as {
			errors: Parameters<typeof formatRosterIssue>[0][];
			notices: Parameters<typeof formatRosterIssue>[0][];
		};
		const sentences = errors.map((e) => formatRosterIssue(e, 'en'));
		for (const command of ['score', 'project']) {
			const run = runs[`${command}:${name}`];
			expect(run.status).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toMatch(/(^|\n)error: .*\.csv was not used: fix these and try again\.\n/);
			expect(run.stderr).not.toMatch(/\n\s+at /);
			for (const sentence of sentences) expect(run.stderr).toContain(`\n  ${sentence}`);
			// Notices (an unknown column, say) come first, as the browser lists them too.
			for (const notice of notices) {
				expect(run.stderr).toContain(`note: ${formatRosterIssue(notice, 'en')}\n`);
			}
		}
	});

	it('a bad SKP score is refused like a bad rating word, listing the score bands', () => {
		const stderr = runs['score:badSkpScores'].stderr;
		expect(stderr).toMatch(
			/Row 3, column predikat_skp: value "101" is out of range\. Allowed: sangat_baik, baik, cukup, kurang, buruk .*or a score 0–100/
		);
		expect(stderr).toContain('Row 6, column predikat_skp: value "101" is out of range.');
		expect(stderr).toMatch(
			/Row 7, column predikat_skp: value "sembilan puluh" is not recognised\. Allowed: .*91–100 sangat_baik, 76–90 baik, 61–75 cukup, 51–60 kurang, 0–50 buruk/
		);
	});

	it('rows are counted as a spreadsheet shows them (BOM, blank lines), columns by their header', () => {
		const stderr = runs['score:badExcel'].stderr;
		// Header row 1, P001 row 2, P002 row 3, blank row 4, separators row 5, P003 row 6 …
		expect(stderr).toContain(
			'Row 6, column id: id "P001" is already used in row 2. Give each person a different id.'
		);
		expect(stderr).toMatch(/Row 7, column predikat_skp: value "luar biasa" is not recognised/);
		expect(stderr).toMatch(/Row 7, column jp_teknis_setahun: value "-0,75" is negative/);
		expect(stderr).toMatch(/Row 8, column jp_teknis_setahun: value "empat puluh" is not a number/);
		expect(runs['score:missingColumn'].stderr).toMatch(
			/Row 1: the required column skp_rating is missing\. Add a column titled skp_rating or predikat_skp\./
		);
	});
});

describe('encodings', () => {
	it('reads a Windows-1252 file (older Excel) as its UTF-8 twin, and says how it read it', () => {
		const cp1252 = runs['score:windows1252'];
		expect(cp1252.status).toBe(0);
		expect(cp1252.stderr).toMatch(/read as Windows-1252/);
		output(runs['score:accentedUtf8']); // the UTF-8 twin reads without a note
		expect(cp1252.stdout).toBe(runs['score:accentedUtf8'].stdout);
		expect(browserRoster(ACCENTED).units.map((u) => u.name)).toContain('Bidang Aset – Café');
	});

	it('refuses an Excel workbook with what to do, exit code 2', () => {
		const run = runs['score:workbook'];
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/looks like an Excel workbook \(\.xlsx\) but could not be opened/);
	});
});
