/**
 * A year or a unit with nobody measured has no index (null): the view models, the chart tables,
 * the yearly results export and the compare page's headline rows say "no staff" (or leave the
 * cell empty), never 0 and never NaN.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	dimensionRows,
	headlineNumbers,
	projectionView,
	unitRows
} from '../../src/lib/charts/viewModels';
import type { Roster } from '../../src/lib/engine/roster';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import {
	cellText,
	dimensionsTable,
	projectionTable,
	tableToCsv,
	unitsTable
} from '../../src/lib/exports/chartTables';
import { toCsv } from '../../src/lib/exports/csv';
import { yearlyResultsTable } from '../../src/lib/exports/yearlyResults';
import { createFormatter } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { runScenario, type ScenarioRun } from '../../src/lib/scenario/runScenario';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import { headlineMetrics } from '../../src/lib/ui/compare/headlineMetrics';
import type { Localiser } from '../../src/lib/ui/model/rulebookView';

const tr = (lang: Lang) => (key: MessageKey, params?: MessageParams) =>
	translate(lang, key, params);
const localiser = (lang: Lang): Localiser => ({
	t: tr(lang),
	text: (value) => value[lang],
	fmt: createFormatter(lang)
});

/** Nobody hired, nobody else leaving: only retirements move the workforce. */
const scenario: Scenario = {
	...defaultScenario(),
	inputs: { replacementRate: 0, otherLeaverRate: 0 }
};

/** The default roster with everyone retiring at the end of the start year. */
function allRetire(): Roster {
	const base = bontangRoster();
	return { units: base.units, people: base.people.map((p) => ({ ...p, yearsToRetirement: 1 })) };
}

/** The default roster with everyone in one unit (`aset`) retiring at the end of the start year. */
function unitRetires(): Roster {
	const base = bontangRoster();
	return {
		units: base.units,
		people: base.people.map((p) => ({ ...p, yearsToRetirement: p.unit === 'aset' ? 1 : 40 }))
	};
}

let empty: ScenarioRun;
let emptyUnit: ScenarioRun;
beforeAll(() => {
	empty = runScenario(scenario, { draws: 0, roster: allRetire(), rosterKey: 'all-retire' });
	emptyUnit = runScenario(scenario, { draws: 0, roster: unitRetires(), rosterKey: 'unit-retires' });
});

describe('an agency with nobody left', () => {
	it('the engine gives null indices and counts the retirements', () => {
		expect(empty.result.years[0].staff).toMatchObject({ headcount: 0, retired: 150, hired: 0 });
		for (const y of empty.result.years) expect(y.index).toBeNull();
	});

	it('the view models carry null, and the headline says so', () => {
		const view = projectionView(empty, DEFAULT_RULEBOOK);
		for (const r of view.rows) {
			expect(r).toMatchObject({ p10: null, p50: null, p90: null, baseline: null, headcount: 0 });
		}
		expect(view.start).toMatchObject({ year: 2021, headcount: 150 });
		const h = headlineNumbers(empty);
		expect(h).toMatchObject({
			index: null,
			category: null,
			achievement: null,
			gap: null,
			indexGainOverBaseline: null,
			costPerPoint: null,
			staff: { startYear: 2021, start: 150, target: 0 }
		});
		expect(
			dimensionRows(empty.result)
				.slice(1)
				.every((r) => r.noStaff)
		).toBe(true);
		expect(dimensionRows(empty.result)[0].noStaff).toBe(false);
	});

	it.each<Lang>(['id', 'en'])(
		'the chart tables say "no staff" (%s), the CSV is empty there',
		(lang) => {
			const noStaff = lang === 'id' ? 'tidak ada pegawai' : 'no staff';
			const view = projectionView(empty, DEFAULT_RULEBOOK);
			const table = projectionTable(view, [], tr(lang));
			const fmt = createFormatter(lang);
			const category = table.columns.length - 2;
			for (const row of table.rows.slice(1)) {
				expect(row[category]).toBe(noStaff);
				expect(row.slice(1, 5)).toEqual([null, null, null, null]);
				expect(row.map((c, k) => cellText(table.columns[k], c, fmt)).join(' ')).not.toMatch(/NaN/);
			}
			const csv = tableToCsv(table);
			const text = toCsv(csv.header, csv.rows, lang, { digits: csv.digits });
			expect(text).not.toMatch(/NaN|null/);

			const dims = dimensionsTable(
				dimensionRows(empty.result),
				['qualification', 'competency', 'performance', 'discipline'],
				{ qualification: 25, competency: 40, performance: 30, discipline: 5 },
				tr(lang)
			);
			expect(dims.rows[1]).toEqual([2022, null, null, null, null, noStaff]);
		}
	);

	it('the yearly results export leaves the index empty, says "no staff", and counts the staff', () => {
		const { header, rows } = yearlyResultsTable(empty, 'en');
		const column = (name: string) => header.indexOf(name);
		const first = rows[0];
		expect(first[column('Index median (P50)')]).toBeNull();
		expect(first[column('Category (median)')]).toBe('no staff');
		expect(first[column('Qualification (points)')]).toBeNull();
		expect(first[column('Target achievement (%)')]).toBeNull();
		expect(first[column('Baseline median (index)')]).toBeNull();
		expect(first[column('Staff (people)')]).toBe(0);
		expect(first[column('Retired (people)')]).toBe(150);
		const id = yearlyResultsTable(empty, 'id');
		const text = toCsv(id.header, id.rows, 'id', { digits: id.digits });
		expect(text).toContain('tidak ada pegawai');
		expect(text).not.toMatch(/NaN|null/);
	});

	it('the compare page’s headline rows say "no staff" and give no difference', () => {
		const h = headlineNumbers(empty);
		const metrics = headlineMetrics(localiser('id'), 2026);
		const cell = (id: string) => metrics.find((m) => m.id === id)!.cell(h, h);
		expect(cell('index')).toEqual({ value: 'tidak ada pegawai', diff: '—' });
		expect(cell('category').value).toBe('tidak ada pegawai');
		expect(cell('achievement')).toEqual({ value: 'tidak ada pegawai', diff: '—' });
		expect(cell('gap')).toEqual({ value: 'tidak ada pegawai', diff: '—' });
	});
});

describe('a unit with nobody left', () => {
	it('has index null and headcount 0; the agency and the other units keep theirs', () => {
		for (const y of emptyUnit.result.years) {
			expect(y.index).not.toBeNull();
			const aset = y.byUnit.find((u) => u.unitId === 'aset')!;
			expect(aset).toMatchObject({ index: null, headcount: 0 });
			for (const u of y.byUnit.filter((u) => u.unitId !== 'aset')) {
				expect(u.index).not.toBeNull();
				expect(u.headcount).toBeGreaterThan(0);
			}
		}
	});

	it.each<Lang>(['id', 'en'])('the units table says "no staff" for it (%s)', (lang) => {
		// No unit names given: each row is named by its id.
		const rows = unitRows(emptyUnit.result, [], 2026);
		const table = unitsTable(rows, tr(lang));
		const index = table.columns.findIndex((c) => c.label === tr(lang)('charts.units.colIndex'));
		const heads = table.columns.findIndex((c) => c.label === tr(lang)('charts.units.colHeadcount'));
		const aset = table.rows.find((r) => r[0] === 'aset')!;
		expect(aset[index]).toBe(lang === 'id' ? 'tidak ada pegawai' : 'no staff');
		expect(aset[heads]).toBe(0);
		for (const r of table.rows.filter((r) => r[0] !== 'aset'))
			expect(typeof r[index]).toBe('number');
	});
});
