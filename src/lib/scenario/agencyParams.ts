/**
 * A scenario's agency in its share link: readable params prefixed `a.`, one per figure, so a
 * link can be read and hand-edited like the inputs' `i.` params. Absent: the default agency.
 *
 *   a.name=Dinas Pendidikan&a.start=2025&a.ceiling.2025=12000000000&a.spent.2025=90000000
 *   &a.index.2025=64.2&a.scope.2025=agency&a.source.2025=BKN&a.unit.sd=Bidang SD
 *
 * Per year: `ceiling` (Rupiah, with `ceilingSource`), `spent` (Rupiah) and/or `spentShare`
 * (percent of the ceiling, with `spentSource`), a recorded result's `index`, its dimensions
 * (`qualification`, `competency`, `performance`, `discipline`), `scope` and `source`. The
 * values are checked by the agency schema when the scenario is read.
 */
import type { Agency, RecordedResult, ResultScope, SpentEntry } from './agency';

export const AGENCY_PREFIX = 'a.';

const DIMENSIONS = ['qualification', 'competency', 'performance', 'discipline'] as const;
const YEAR_FIELDS = new Set([
	'ceiling',
	'ceilingSource',
	'spent',
	'spentShare',
	'spentSource',
	'index',
	...DIMENSIONS,
	'scope',
	'source'
]);
const TEXT_FIELDS = new Set(['ceilingSource', 'spentSource', 'scope', 'source']);

/** Writes the agency's params (none for the default agency). */
export function writeAgencyParams(agency: Agency | undefined, params: URLSearchParams): void {
	if (!agency) return;
	const a = (key: string, value: string | number) =>
		params.set(`${AGENCY_PREFIX}${key}`, String(value));
	a('name', agency.name);
	a('start', agency.startYear);
	for (const [id, name] of Object.entries(agency.unitNames ?? {})) a(`unit.${id}`, name);
	for (const c of agency.ceilings) {
		a(`ceiling.${c.year}`, c.amount);
		if (c.source) a(`ceilingSource.${c.year}`, c.source);
	}
	for (const s of agency.spent) {
		if (s.amount !== undefined) a(`spent.${s.year}`, s.amount);
		if (s.share !== undefined) a(`spentShare.${s.year}`, s.share);
		if (s.source) a(`spentSource.${s.year}`, s.source);
	}
	for (const r of agency.results) {
		a(`index.${r.year}`, r.index);
		for (const d of DIMENSIONS) if (r[d] !== undefined) a(`${d}.${r.year}`, r[d]!);
		a(`scope.${r.year}`, r.scope);
		a(`source.${r.year}`, r.source);
	}
}

export type AgencyParamProblem =
	| { code: 'unknownAgencyParam'; param: string }
	| { code: 'notANumber'; param: string; got: string }
	| { code: 'invalid'; param: string; message: string };

/**
 * The agency the `a.` params describe, unchecked (the scenario schema checks it), or
 * undefined when there are none; a param this codec does not know, or a figure that is not
 * a number, is a problem naming the param.
 */
export function readAgencyParams(
	raw: ReadonlyMap<string, string>,
	parseNumber: (param: string, text: string) => number | { code: string }
): Agency | undefined | AgencyParamProblem {
	const entries = [...raw].filter(([key]) => key.startsWith(AGENCY_PREFIX));
	if (entries.length === 0) return undefined;
	let name = '';
	let startYear = NaN;
	const unitNames: Record<string, string> = {};
	const byYear = new Map<number, Record<string, string | number>>();
	for (const [param, value] of entries) {
		const key = param.slice(AGENCY_PREFIX.length);
		if (key === 'name') {
			name = value;
			continue;
		}
		if (key === 'start') {
			const n = parseNumber(param, value);
			if (typeof n !== 'number') return { code: 'notANumber', param, got: value };
			startYear = n;
			continue;
		}
		if (key.startsWith('unit.')) {
			unitNames[key.slice('unit.'.length)] = value;
			continue;
		}
		const match = /^([A-Za-z]+)\.(\d{4})$/.exec(key);
		if (!match || !YEAR_FIELDS.has(match[1])) return { code: 'unknownAgencyParam', param };
		const [, field, yearText] = match;
		const year = Number(yearText);
		const fields = byYear.get(year) ?? {};
		if (TEXT_FIELDS.has(field)) fields[field] = value;
		else {
			const n = parseNumber(param, value);
			if (typeof n !== 'number') return { code: 'notANumber', param, got: value };
			fields[field] = n;
		}
		byYear.set(year, fields);
	}
	if (name.trim() === '')
		return { code: 'invalid', param: `${AGENCY_PREFIX}name`, message: 'the agency needs a name' };
	const years = [...byYear.keys()].sort((x, y) => x - y);
	const agency: Agency = {
		name,
		startYear,
		ceilings: [],
		spent: [],
		results: []
	};
	if (Object.keys(unitNames).length) agency.unitNames = unitNames;
	for (const year of years) {
		const f = byYear.get(year)!;
		if (f.ceiling !== undefined)
			agency.ceilings.push({
				year,
				amount: f.ceiling as number,
				...(f.ceilingSource !== undefined && { source: String(f.ceilingSource) })
			});
		if (f.spent !== undefined || f.spentShare !== undefined) {
			const spent: SpentEntry = { year };
			if (f.spent !== undefined) spent.amount = f.spent as number;
			if (f.spentShare !== undefined) spent.share = f.spentShare as number;
			if (f.spentSource !== undefined) spent.source = String(f.spentSource);
			agency.spent.push(spent);
		}
		if (f.index !== undefined) {
			const result: RecordedResult = {
				year,
				index: f.index as number,
				scope: (f.scope ?? 'agency') as ResultScope,
				source: String(f.source ?? '')
			};
			for (const d of DIMENSIONS) if (f[d] !== undefined) result[d] = f[d] as number;
			agency.results.push(result);
		}
	}
	return agency;
}
