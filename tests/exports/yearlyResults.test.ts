/**
 * The yearly results table: one row per projected year, every column filled from the run,
 * the header in the page's language, and a CSV that Excel reads.
 */
import { dsvFormat } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/exports/csv';
import { yearlyResultsTable } from '../../src/lib/exports/yearlyResults';
import { runScenario, type ScenarioRun } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';

let run: ScenarioRun;

beforeAll(() => {
	run = runScenario({ ...defaultScenario(), inputs: { trainingBudgetShare: 1.5 } }, { draws: 0 });
});

describe('yearlyResultsTable', () => {
	it('has one row per projected year, each as wide as the header', () => {
		const table = yearlyResultsTable(run, 'id');
		expect(table.rows.map((r) => r[0])).toEqual(run.result.years.map((y) => y.year));
		for (const row of table.rows) expect(row).toHaveLength(table.header.length);
		expect(table.digits).toHaveLength(table.header.length);
	});

	it('names its columns in Indonesian and in English', () => {
		const id = yearlyResultsTable(run, 'id').header;
		const en = yearlyResultsTable(run, 'en').header;
		expect(id.slice(0, 5)).toEqual([
			'Tahun',
			'Fase',
			'Indeks rata-rata',
			'Indeks P10',
			'Indeks median (P50)'
		]);
		expect(en.slice(0, 5)).toEqual([
			'Year',
			'Phase',
			'Index mean',
			'Index P10',
			'Index median (P50)'
		]);
		expect(id).toHaveLength(en.length);
		expect(new Set(id).size).toBe(id.length);
		expect(new Set(en).size).toBe(en.length);
	});

	it('carries every yearly output of the run', () => {
		const { header, rows } = yearlyResultsTable(run, 'en');
		const column = (name: string) => header.indexOf(name);
		run.result.years.forEach((y, k) => {
			const row = rows[k];
			expect(row[column('Phase')]).toBe(
				y.phase === 'plan' ? 'Plan' : 'Recorded budget, simulated outcome'
			);
			expect(row[column('Index mean')]).toBe(y.index!.mean);
			expect(row[column('Index median (P50)')]).toBe(y.index!.p50);
			expect(row[column('Index P90')]).toBe(y.index!.p90);
			expect(row[column('Staff (people)')]).toBe(y.staff.headcount);
			expect(row[column('Staff measured (people)')]).toBe(y.staff.measured);
			expect(row[column('Retired (people)')]).toBe(y.staff.retired);
			expect(row[column('Other leavers (people)')]).toBe(y.staff.otherLeavers);
			expect(row[column('Hired (people)')]).toBe(y.staff.hired);
			expect(row[column('Competence (points)')]).toBe(y.dimensions.competency);
			expect(row[column('Share of ceiling (%)')]).toBeCloseTo(y.budget.share * 100, 12);
			expect(row[column('Spent (Rp)')]).toBe(y.budget.spent);
			expect(row[column('Shortfall (Rp)')]).toBe(y.budget.shortfall);
			expect(row[column('Coverage funded (% of staff)')]).toBeCloseTo(y.coverage.funded * 100);
			expect(row[column('Staff with ≥ 20 JP (%)')]).toBeCloseTo(y.reached20Jp * 100);
			expect(row[column('Target achievement (%)')]).toBe(y.achievement);
			expect(row[column('Gap to target (points)')]).toBe(y.gapToTarget);
			expect(row[column('Baseline median (index)')]).toBe(run.baseline.years[k].index!.p50);
			expect(row[column('Spending over the baseline, this year (Rp)')]).toBe(
				run.comparison[k].extraSpent
			);
			expect(
				row[column('Spending over the baseline, cumulative since the first planning year (Rp)')]
			).toBe(run.comparison[k].cumulativeExtraSpent);
			const costPerPoint = row[column('Extra cost per index point, this year (Rp)')];
			expect(costPerPoint).toBe(run.comparison[k].costPerPoint);
			// Marginal: never negative, empty unless the year both spends more and gains.
			if (costPerPoint !== null) expect(costPerPoint).toBeGreaterThan(0);
		});
		// One deterministic path: the four dimensions add up to the index.
		rows.forEach((row, k) => {
			const dims = ['Qualification', 'Competence', 'Performance', 'Discipline'].map(
				(d) => row[column(`${d} (points)`)] as number
			);
			expect(dims.reduce((a, b) => a + b, 0)).toBeCloseTo(run.result.years[k].index!.p50, 6);
		});
	});

	it('names the category in the language', () => {
		const k = yearlyResultsTable(run, 'id').header.indexOf('Kategori (median)');
		const idNames = yearlyResultsTable(run, 'id').rows.map((r) => r[k]);
		const enNames = yearlyResultsTable(run, 'en').rows.map((r) => r[k]);
		expect(idNames.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
		expect(idNames).not.toEqual(enNames);
		expect(idNames).toContain('Sedang');
		expect(enNames).toContain('Medium');
	});

	it('becomes a CSV Excel reads: one line per year, numbers in the language', () => {
		const table = yearlyResultsTable(run, 'id');
		const text = toCsv(table.header, table.rows, 'id', { digits: table.digits });
		const parsed = dsvFormat(';').parseRows(text.slice(1));
		expect(parsed).toHaveLength(run.result.years.length + 1);
		const p50 = table.header.indexOf('Indeks median (P50)');
		const k2026 = run.result.years.findIndex((y) => y.year === 2026);
		expect(parsed[k2026 + 1][p50]).toBe(
			run.result.years[k2026].index!.p50.toFixed(2).replace('.', ',')
		);
	});

	it('does not change the run', () => {
		const before = structuredClone(run);
		yearlyResultsTable(run, 'id');
		expect(run).toEqual(before);
	});
});
