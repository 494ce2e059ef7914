/**
 * BKN's IP ASN result file ("PIP ASN"): the per-person workbook agencies receive, a title
 * block and then a header row with at least Nama, Nama Jabatan, Satuan Kerja, Kualifikasi,
 * Kompetensi, Kinerja, Disiplin and Total (already scored). Its header is found by these
 * names (case, spaces and punctuation ignored) in the first rows, wherever it is; the points
 * are turned back into a roster by the default rulebook (`pipDecode.ts`), so scoring the
 * roster gives every person's four points and total, and the file's mean, exactly.
 *
 * Competency points alone do not always say which post type and trainings earned them (15:
 * leadership or technical training; 17.5 only a pelaksana). The post name decides where it
 * can (`postName.ts`); every row where it cannot is returned with what was assumed. Names and
 * NIPs are never read. The same layout saved as CSV is read the same way.
 * Pure TypeScript (no Node APIs, no DOM).
 */
import { DEFAULT_RULEBOOK } from '../engine/rulebooks';
import type { PostType } from '../engine/roster';
import { ROSTER_COLUMNS_BY_KEY, matchHeader } from './columns';
import {
	IssueList,
	MAX_ROSTER_ERRORS,
	errorList,
	shorten,
	type RosterIssue,
	type RosterParseOptions,
	type RosterParseResult,
	type RowAssumption
} from './issues';
import { columnLetter } from './messages';
import {
	competencyFields,
	pipDecoder,
	type CompetencyOption,
	type LevelReading,
	type PipDecoder
} from './pipDecode';
import { postTypeOfName } from './postName';
import { RosterReader } from './reader';
import type { SheetRow } from './workbook';
import { isBlankCells } from './xlsx';

/** The header is looked for among this many first rows with content. */
export const PIP_HEADER_SEARCH_ROWS = 30;

type PipKey =
	| 'name'
	| 'post'
	| 'unit'
	| 'qualification'
	| 'competency'
	| 'performance'
	| 'discipline'
	| 'total';

/** Header names per column, normalised (see `pipKey`); the first is BKN's own. */
const PIP_HEADERS: Record<PipKey, readonly string[]> = {
	name: ['nama', 'nama_pegawai', 'nama_lengkap', 'nama_pns'],
	post: ['nama_jabatan', 'jabatan'],
	unit: ['satuan_kerja', 'unit_kerja', 'satker', 'unit_organisasi'],
	qualification: ['kualifikasi', 'nilai_kualifikasi', 'dimensi_kualifikasi'],
	competency: ['kompetensi', 'nilai_kompetensi', 'dimensi_kompetensi'],
	performance: ['kinerja', 'nilai_kinerja', 'dimensi_kinerja'],
	discipline: ['disiplin', 'nilai_disiplin', 'dimensi_disiplin'],
	total: ['total', 'nilai_total', 'total_nilai', 'nilai_ip_asn', 'ip_asn', 'nilai_akhir']
};

const KEY_BY_HEADER = new Map<string, PipKey>();
for (const [key, names] of Object.entries(PIP_HEADERS) as [PipKey, readonly string[]][])
	for (const name of names) KEY_BY_HEADER.set(name, key);

/** "Nama  Jabatan", "NAMA_JABATAN", "Nama-Jabatan\n" → nama_jabatan; "No." → no. */
function pipKey(raw: string): string {
	return raw
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

export interface PipHeader {
	/** The header's row as the file shows it. */
	row: number;
	/** 0-based column of each required column, and its title as written. */
	col: Record<PipKey, number>;
	written: Record<PipKey, string>;
	/** Other columns holding personal data (NIP, NIK, birth date …): dropped with a notice. */
	personal: { index: number; name: string }[];
}

function asHeader(cells: readonly string[], row: number): PipHeader | undefined {
	const col = {} as Record<PipKey, number>;
	const written = {} as Record<PipKey, string>;
	const personal: PipHeader['personal'] = [];
	cells.forEach((cell, j) => {
		const name = (cell ?? '').trim();
		if (name === '') return;
		const key = KEY_BY_HEADER.get(pipKey(name));
		if (key !== undefined && col[key] === undefined) {
			col[key] = j;
			written[key] = name;
		} else if (matchHeader(name).kind === 'personal' || pipKey(name).startsWith('nip')) {
			personal.push({ index: j, name });
		}
	});
	for (const key of Object.keys(PIP_HEADERS) as PipKey[])
		if (col[key] === undefined) return undefined;
	return { row, col, written, personal };
}

/** The PIP ASN header among the first rows with content, or undefined for any other file. */
export function findPipHeader(rows: readonly SheetRow[]): PipHeader | undefined {
	let seen = 0;
	for (const { row, cells } of rows) {
		if (isBlankCells(cells)) continue;
		const header = asHeader(cells, row);
		if (header) return header;
		if (++seen >= PIP_HEADER_SEARCH_ROWS) return undefined;
	}
	return undefined;
}

/** Decimal point or comma, as the points may be typed or exported. */
const POINTS = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
function parsePoints(raw: string): number | undefined {
	if (!POINTS.test(raw)) return undefined;
	const n = Number(raw.replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}

const pointsText = (n: number) => String(n);

/** Post types tried, in order, when the name's type cannot give the points. */
const FALLBACK_TYPES: readonly PostType[] = ['functional', 'structural', 'pelaksana'];

interface Decided {
	chosen: CompetencyOption;
	alternatives: CompetencyOption[];
	field: RowAssumption['field'] | null;
}

/**
 * The reading of a competency score for a post name. The name's post type wins when it can
 * give the points; the first of its training sets is taken (see `pipDecode.ts`), any other is
 * an alternative. When it cannot (a "Kepala Seksi" with 22.5, only a pelaksana's points; a
 * name matching no rule with 15, which only a structural or functional post gets), the post
 * type is assumed too.
 */
export function decideCompetency(options: readonly CompetencyOption[], postName: string): Decided {
	const byName = postTypeOfName(postName);
	const ofType = options.filter((o) => o.postType === byName.postType);
	if (ofType.length > 0) {
		const alternatives = ofType.slice(1);
		return { chosen: ofType[0], alternatives, field: alternatives.length > 0 ? 'training' : null };
	}
	const type = FALLBACK_TYPES.find((t) => options.some((o) => o.postType === t))!;
	const chosen = options.find((o) => o.postType === type)!;
	const alternatives = options.filter((o) => o !== chosen);
	const sameType = alternatives.some((o) => o.postType === type);
	return { chosen, alternatives, field: sameType ? 'both' : 'postType' };
}

const reading = (o: CompetencyOption) => ({ postType: o.postType, training: o.training.slice() });

/** The canonical roster header the rebuilt rows are fed to the roster reader under. */
const ROSTER_HEADER = [
	ROSTER_COLUMNS_BY_KEY.id.name,
	ROSTER_COLUMNS_BY_KEY.unit.name,
	ROSTER_COLUMNS_BY_KEY.postType.name,
	ROSTER_COLUMNS_BY_KEY.education.name,
	ROSTER_COLUMNS_BY_KEY.leadershipTraining.name,
	ROSTER_COLUMNS_BY_KEY.functionalTraining.name,
	ROSTER_COLUMNS_BY_KEY.seminarLast2Years.name,
	ROSTER_COLUMNS_BY_KEY.technicalJpLastYear.name,
	ROSTER_COLUMNS_BY_KEY.skpRating.name,
	ROSTER_COLUMNS_BY_KEY.punishment.name
];
const UNIT_COLUMN = 1;

/** The optional roster columns BKN's file does not carry (named in the `pip_defaults` notice). */
const ABSENT_COLUMNS = [
	ROSTER_COLUMNS_BY_KEY.fieldMatchesPost.name,
	ROSTER_COLUMNS_BY_KEY.yearsToRetirement.name,
	ROSTER_COLUMNS_BY_KEY.convertedToFunctionalYear.name
];

let defaultDecoder: PipDecoder | undefined;

/**
 * The roster in a PIP ASN file whose header `findPipHeader` found. Never throws; a row with a
 * points value the rulebook cannot give, a total that is not the sum of the four, or an empty
 * cell is an error naming row and column, and the file is refused whole, as a CSV file is.
 */
export function pipToRoster(
	rows: readonly SheetRow[],
	header: PipHeader,
	options: RosterParseOptions = {},
	decoder: PipDecoder = (defaultDecoder ??= pipDecoder(DEFAULT_RULEBOOK))
): RosterParseResult {
	const errors = new IssueList(MAX_ROSTER_ERRORS);
	const reader = new RosterReader(options);
	reader.header(ROSTER_HEADER, header.row);
	const { col, written } = header;
	const assumed: RowAssumption[] = [];
	const levelsUsed = new Map<string, string>();
	let people = 0;
	let skipped = 0;
	let firstSkipped = 0;

	const cellError = (
		code: RosterIssue['code'],
		row: number,
		key: PipKey,
		value: string,
		allowed: string[]
	) =>
		errors.add({
			severity: 'error',
			code,
			row,
			column: written[key],
			canonical: written[key],
			columnIndex: col[key] + 1,
			value: shorten(value),
			allowed
		});

	/** Points of one dimension, decoded; undefined (and an error) when missing or impossible. */
	function points(cells: readonly string[], row: number, key: PipKey): number | undefined {
		const raw = (cells[col[key]] ?? '').trim();
		const possible =
			key === 'total'
				? ['0–100']
				: decoder.possible[key as keyof PipDecoder['possible']].map(pointsText);
		if (raw === '') {
			cellError('missing_value', row, key, '', possible);
			return undefined;
		}
		const n = parsePoints(raw);
		if (n === undefined) {
			cellError('not_a_number', row, key, raw, possible);
			return undefined;
		}
		if (key === 'total') return n;
		const known =
			key === 'competency'
				? decoder.competency(n).length > 0
				: decoder[key as 'qualification' | 'performance' | 'discipline'](n) !== undefined;
		if (!known) {
			cellError('pip_impossible_points', row, key, raw, possible);
			return undefined;
		}
		return n;
	}

	function noteLevel<T extends string>(dimension: string, r: LevelReading<T>) {
		if (r.others.length > 0)
			levelsUsed.set(
				`${dimension}|${r.points}`,
				`${dimension}|${r.points}|${r.level}|${r.others.join(',')}`
			);
	}

	for (const { row, cells } of rows) {
		if (row <= header.row || isBlankCells(cells)) continue;
		const dims = (['qualification', 'competency', 'performance', 'discipline'] as const).map((k) =>
			(cells[col[k]] ?? '').trim()
		);
		if (dims.every((d) => d === '')) {
			// A subtitle, a group heading or a line of averages: not a person.
			if (skipped++ === 0) firstSkipped = row;
			continue;
		}
		const unit = (cells[col.unit] ?? '').trim();
		if (unit === '')
			errors.add({
				severity: 'error',
				code: 'missing_value',
				row,
				column: written.unit,
				// The roster's unit column: the message says what a unit cell holds.
				canonical: ROSTER_COLUMNS_BY_KEY.unit.name,
				columnIndex: col.unit + 1,
				value: ''
			});
		const q = points(cells, row, 'qualification');
		const c = points(cells, row, 'competency');
		const p = points(cells, row, 'performance');
		const d = points(cells, row, 'discipline');
		const total = points(cells, row, 'total');
		if (q === undefined || c === undefined || p === undefined || d === undefined) continue;
		const education = decoder.qualification(q)!;
		const skp = decoder.performance(p)!;
		const punishment = decoder.discipline(d)!;
		const sum = education.points + skp.points + punishment.points;
		const options = decoder.competency(c);
		const post = (cells[col.post] ?? '').trim();
		const decided = decideCompetency(options, post);
		const scored = sum + decided.chosen.points;
		if (total !== undefined && Math.abs(total - scored) > 1e-6) {
			const raw = (cells[col.total] ?? '').trim();
			cellError('pip_total_mismatch', row, 'total', raw, [`${q} + ${c} + ${p} + ${d} = ${scored}`]);
			continue;
		}
		if (errors.total > 0 || unit === '') continue;
		noteLevel(written.qualification, education);
		noteLevel(written.performance, skp);
		noteLevel(written.discipline, punishment);
		const id = `PIP-${row}`;
		if (decided.field !== null) {
			assumed.push({
				row,
				id,
				cell: `${columnLetter(col.competency + 1)}${row}`,
				post: shorten(post),
				points: c,
				field: decided.field,
				assumed: reading(decided.chosen),
				alternatives: decided.alternatives.map(reading)
			});
		}
		const fields = competencyFields(decided.chosen, decoder.technicalJp);
		const yesNo = (b: boolean) => (b ? 'yes' : 'no');
		people++;
		reader.dataRow(
			[
				id,
				unit,
				fields.postType,
				education.level,
				yesNo(fields.leadershipTraining),
				yesNo(fields.functionalTraining),
				yesNo(fields.seminarLast2Years),
				String(fields.technicalJpLastYear),
				skp.level,
				punishment.level
			],
			row
		);
	}

	const notices: RosterIssue[] = header.personal.map((c) => ({
		severity: 'notice',
		code: 'personal_data_dropped',
		row: header.row,
		column: c.name,
		columnIndex: c.index + 1
	}));
	notices.unshift({
		severity: 'notice',
		code: 'personal_data_dropped',
		row: header.row,
		column: written.name,
		columnIndex: col.name + 1
	});
	const read = reader.result();
	// The reader saw rebuilt rows: its unit issues point at the file's Satuan Kerja column.
	const inFile = (issue: RosterIssue): RosterIssue =>
		issue.columnIndex === UNIT_COLUMN + 1 && issue.canonical === ROSTER_COLUMNS_BY_KEY.unit.name
			? { ...issue, column: written.unit, columnIndex: col.unit + 1 }
			: issue;
	if (errors.total > 0 || !read.ok) {
		const own = errorList(errors);
		const more = read.ok
			? []
			: read.errors.filter((e) => e.code !== 'no_rows' || own.length === 0).map(inFile);
		return { ok: false, errors: [...own, ...more], notices };
	}
	notices.push({ severity: 'notice', code: 'pip_recognised', row: header.row, count: people });
	if (levelsUsed.size > 0)
		notices.push({
			severity: 'notice',
			code: 'pip_levels_assumed',
			allowed: [...levelsUsed.values()]
		});
	notices.push({ severity: 'notice', code: 'pip_defaults', allowed: ABSENT_COLUMNS });
	if (skipped > 0)
		notices.push({
			severity: 'notice',
			code: 'pip_rows_skipped',
			count: skipped,
			row: firstSkipped
		});
	if (assumed.length > 0)
		notices.push({
			severity: 'notice',
			code: 'pip_ambiguous',
			count: assumed.length,
			row: assumed[0].row
		});
	return { ok: true, roster: read.roster, notices, assumed };
}
