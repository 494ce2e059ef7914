/**
 * The format-independent half of reading a roster: a header row, then data rows, each as its
 * cells in column order, validated column by column against `ROSTER_COLUMNS`. CSV and xlsx
 * feed it the same way, so both give the same roster and the same issues for the same cells.
 * Pure TypeScript (no Node APIs, no DOM).
 */
import type { Person, Unit } from '../engine/roster';
import {
	CellError,
	ROSTER_COLUMNS,
	ROSTER_COLUMNS_BY_KEY,
	matchHeader,
	type RosterColumnSpec
} from './columns';
import {
	IssueList,
	MAX_NOTICES,
	MAX_ROSTER_ERRORS,
	MAX_ROSTER_ROWS,
	errorList,
	shorten,
	type RosterErrorCode,
	type RosterIssue,
	type RosterParseOptions,
	type RosterParseResult
} from './issues';
import { NIP_LIKE } from './personalIds';
import { unitKey, unitSlug } from './units';

type ColumnIndex = { [K in keyof Person]-?: number };

/**
 * Validates records as the CSV parser produces them, so row arrays die young (a 50,000-row
 * file never holds all its cell arrays at once).
 */
export class RosterReader {
	readonly errors = new IssueList(MAX_ROSTER_ERRORS);
	readonly notices = new IssueList(MAX_NOTICES);
	headerRow = 0;
	dataRows = 0;
	private headerOk = false;
	private width = 0;
	private readonly col = {} as ColumnIndex;
	private readonly written = {} as Record<keyof Person, string>;
	private readonly unnamed: number[] = [];
	private readonly unnamedWithData = new Set<number>();

	private readonly givenUnits: readonly Unit[] | undefined;
	private readonly units: Unit[];
	/** Normalised cell → unit id; names take precedence over ids (the writer writes names). */
	private readonly unitByKey = new Map<string, string>();
	private readonly unitNames: string[] = [];
	/** Cell as written → unit id (units repeat, so most rows hit here). */
	private readonly unitByCell = new Map<string, string>();
	private readonly unitIds = new Set<string>();

	private readonly people: Person[] = [];
	private readonly firstRowOfId = new Map<string, number>();
	private nipLike = 0;
	private firstNipRow = 0;

	private row: string[] = [];
	private rowNo = 0;

	constructor(options: RosterParseOptions) {
		const given = options.units && options.units.length > 0 ? options.units : undefined;
		this.givenUnits = given;
		this.units = given ? given.map((u) => ({ id: u.id, name: u.name })) : [];
		if (given) {
			for (const u of this.units) {
				const key = unitKey(u.name);
				if (!this.unitByKey.has(key)) this.unitByKey.set(key, u.id);
			}
			for (const u of this.units) {
				const key = unitKey(u.id);
				if (!this.unitByKey.has(key)) this.unitByKey.set(key, u.id);
			}
			for (const u of this.units) this.unitNames.push(u.name);
		}
	}

	header(cells: string[], rowNo: number): void {
		this.headerRow = rowNo;
		let width = cells.length;
		while (width > 0 && cells[width - 1].trim() === '') width--;
		this.width = width;
		const { col, written, errors } = this;
		for (const spec of ROSTER_COLUMNS) col[spec.key] = -1;
		for (let j = 0; j < width; j++) {
			const name = cells[j].trim();
			if (name === '') {
				this.unnamed.push(j);
				continue;
			}
			const match = matchHeader(name);
			if (match.kind === 'column') {
				const key = match.spec.key;
				if (col[key] >= 0) {
					errors.add({
						severity: 'error',
						code: 'duplicate_column',
						row: rowNo,
						column: name,
						columnIndex: j + 1,
						canonical: match.spec.name,
						firstColumn: written[key]
					});
				} else {
					col[key] = j;
					written[key] = name;
				}
			} else {
				this.notices.add({
					severity: 'notice',
					code: match.kind === 'personal' ? 'personal_data_dropped' : 'unknown_column',
					row: rowNo,
					column: name,
					columnIndex: j + 1
				});
			}
		}
		for (const spec of ROSTER_COLUMNS) {
			if (spec.required && col[spec.key] < 0) {
				errors.add({
					severity: 'error',
					code: 'missing_column',
					row: rowNo,
					canonical: spec.name,
					allowed: spec.alias === spec.name ? [spec.name] : [spec.name, spec.alias]
				});
			}
		}
		this.headerOk = errors.total === 0;
	}

	private cellError(
		spec: RosterColumnSpec,
		code: RosterErrorCode,
		value: string,
		extra?: Partial<RosterIssue>
	): void {
		const { errors } = this;
		if (errors.full) {
			errors.total++;
			return;
		}
		const issue: RosterIssue = {
			severity: 'error',
			code,
			row: this.rowNo,
			column: this.written[spec.key],
			canonical: spec.name,
			columnIndex: this.col[spec.key] + 1,
			value: shorten(value)
		};
		if (spec.tokens) issue.allowed = [...spec.tokens];
		else if (spec.kind === 'unit' && this.givenUnits) issue.allowed = this.unitNames.slice();
		errors.add(extra ? Object.assign(issue, extra) : issue);
	}

	/** Reads and parses one cell; undefined when absent, empty or invalid (errors recorded). */
	private read<K extends keyof Person>(
		spec: RosterColumnSpec<K>
	): NonNullable<Person[K]> | undefined {
		const j = this.col[spec.key];
		if (j < 0) return undefined;
		const raw = j < this.row.length ? this.row[j].trim() : '';
		if (raw === '') {
			if (spec.required) this.cellError(spec, 'missing_value', '');
			return undefined;
		}
		const value = spec.parse(raw);
		if (value instanceof CellError) {
			this.cellError(spec, value.code, raw);
			return undefined;
		}
		return value;
	}

	private readUnit(): string | undefined {
		const cell = this.read(ROSTER_COLUMNS_BY_KEY.unit);
		if (cell === undefined) return undefined;
		let unit = this.unitByCell.get(cell);
		if (unit !== undefined) return unit;
		if (this.givenUnits) {
			unit = this.unitByKey.get(unitKey(cell));
			if (unit === undefined) {
				this.cellError(ROSTER_COLUMNS_BY_KEY.unit, 'unknown_unit', cell);
				return undefined;
			}
		} else {
			unit = unitSlug(cell);
			if (!this.unitIds.has(unit)) {
				this.unitIds.add(unit);
				this.units.push({ id: unit, name: cell });
			}
		}
		this.unitByCell.set(cell, unit);
		return unit;
	}

	dataRow(cells: string[], rowNo: number): void {
		// Past the limit only count: the file is rejected as too long.
		if (++this.dataRows > MAX_ROSTER_ROWS || !this.headerOk) return;
		this.row = cells;
		this.rowNo = rowNo;
		const { width, errors } = this;

		for (let j = width; j < cells.length; j++) {
			const extra = cells[j].trim();
			if (extra !== '') {
				errors.add({
					severity: 'error',
					code: 'too_many_columns',
					row: rowNo,
					columnIndex: j + 1,
					value: shorten(extra),
					count: width
				});
				break;
			}
		}
		for (const j of this.unnamed) {
			if (j < cells.length && cells[j].trim() !== '') this.unnamedWithData.add(j);
		}

		const C = ROSTER_COLUMNS_BY_KEY;
		const id = this.read(C.id);
		if (id !== undefined) {
			const first = this.firstRowOfId.get(id);
			if (first !== undefined) {
				this.cellError(C.id, 'duplicate_id', id, { firstRow: first });
			} else {
				this.firstRowOfId.set(id, rowNo);
				if (NIP_LIKE.test(id) && this.nipLike++ === 0) this.firstNipRow = rowNo;
			}
		}
		const unit = this.readUnit();
		const postType = this.read(C.postType);
		const education = this.read(C.education);
		const leadershipTraining = this.read(C.leadershipTraining);
		const functionalTraining = this.read(C.functionalTraining);
		const seminarLast2Years = this.read(C.seminarLast2Years);
		const technicalJpLastYear = this.read(C.technicalJpLastYear);
		const skpRating = this.read(C.skpRating);
		const punishment = this.read(C.punishment);
		const fieldMatchesPost = this.read(C.fieldMatchesPost);
		const yearsToRetirement = this.read(C.yearsToRetirement);
		const convertedToFunctionalYear = this.read(C.convertedToFunctionalYear);

		// Once any error is found the file is rejected: keep validating, stop building.
		if (
			errors.total > 0 ||
			id === undefined ||
			unit === undefined ||
			postType === undefined ||
			education === undefined ||
			leadershipTraining === undefined ||
			functionalTraining === undefined ||
			seminarLast2Years === undefined ||
			technicalJpLastYear === undefined ||
			skpRating === undefined ||
			punishment === undefined
		) {
			return;
		}
		const person: Person = {
			id,
			unit,
			postType,
			education,
			leadershipTraining,
			functionalTraining,
			seminarLast2Years,
			technicalJpLastYear,
			skpRating,
			punishment
		};
		if (fieldMatchesPost !== undefined) person.fieldMatchesPost = fieldMatchesPost;
		if (yearsToRetirement !== undefined) person.yearsToRetirement = yearsToRetirement;
		if (convertedToFunctionalYear !== undefined) {
			person.convertedToFunctionalYear = convertedToFunctionalYear;
		}
		this.people.push(person);
	}

	result(): RosterParseResult {
		const { errors, notices } = this;
		if (this.headerOk) {
			if (this.dataRows === 0) {
				errors.add({ severity: 'error', code: 'no_rows', row: this.headerRow });
			} else if (this.dataRows > MAX_ROSTER_ROWS) {
				// Replaces the row errors: they would only describe the first part of the file.
				errors.issues.length = 0;
				errors.total = 0;
				errors.add({
					severity: 'error',
					code: 'too_many_rows',
					count: this.dataRows,
					limit: MAX_ROSTER_ROWS
				});
			}
			for (const j of this.unnamed) {
				if (this.unnamedWithData.has(j)) {
					notices.add({
						severity: 'notice',
						code: 'unnamed_column',
						row: this.headerRow,
						columnIndex: j + 1
					});
				}
			}
			if (this.nipLike > 0) {
				notices.add({
					severity: 'notice',
					code: 'id_looks_like_nip',
					row: this.firstNipRow,
					column: this.written.id,
					canonical: ROSTER_COLUMNS_BY_KEY.id.name,
					count: this.nipLike
				});
			}
		}
		if (errors.total === 0) {
			return {
				ok: true,
				roster: { units: this.units, people: this.people },
				notices: notices.issues
			};
		}
		return { ok: false, errors: errorList(errors), notices: notices.issues };
	}
}
