/**
 * Paper in a real browser: the brief of a saved scenario (/report/:id) and the compare page
 * are rendered to A4 PDFs by Chromium. Each must keep to its page count, print landscape when
 * compare has more than two scenarios, show no navigation or picker, let no element overflow
 * its column or the page, and print no text under 8 pt (≈ 10.67 CSS px), SVG text included.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeViolations, runAxe, useApp } from './harness';
import { checkPaper, LANDSCAPE_CONTENT, pdfPages, PORTRAIT_CONTENT } from './printPage';

process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'ipasn-print-e2e-')), 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();

const BRIEF = {
	name: 'Rencana cetak: anggaran naik bertahap dan cakupan merata',
	author: 'Perencana Cetak',
	description:
		'Anggaran pengembangan dinaikkan, cakupan pelatihan dibuat merata antar unit, dan asumsi biaya diubah agar kolom sumber terisi panjang.',
	inputs: {
		trainingBudgetShare: 1.4,
		coverage: 70,
		matchedToDuties: 80,
		fundingRule: 'least_covered_first',
		studyAssignments: 2,
		cadreSchoolPlaces: 3,
		ceilingGrowth: 4,
		targetIndex: 80,
		targetYear: 2029,
		endYear: 2030
	}
};

const OTHERS = [
	{ name: 'Porsi 1,0 %', inputs: { trainingBudgetShare: 1.0, targetYear: 2028, endYear: 2028 } },
	{
		name: 'Porsi 1,8 % dengan nama panjang yang harus tetap terbaca di kertas',
		inputs: { trainingBudgetShare: 1.8, coverage: 80, targetIndex: 78 }
	},
	{ name: 'Status quo yang disimpan', inputs: {} }
];

async function createScenario(baseURL: string, body: object): Promise<string> {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify(body)
	});
	const text = await response.text();
	assert.equal(response.status, 201, `saving a scenario: ${text}`);
	return (JSON.parse(text) as { id: string }).id;
}

let saved: Promise<string[]> | undefined;
/** The brief's scenario first, then the others; saved once per file. */
function savedIds(baseURL: string): Promise<string[]> {
	saved ??= (async () => {
		const ids = [await createScenario(baseURL, BRIEF)];
		for (const other of OTHERS) ids.push(await createScenario(baseURL, other));
		return ids;
	})();
	return saved;
}

test('the brief prints on at most two A4 portrait pages, nothing clipped or under 8 pt', async ({
	page,
	baseURL
}) => {
	const [id] = await savedIds(baseURL);
	await page.goto(`${baseURL}/report/${id}`);
	await page.locator('figure[data-chart="projection"] svg').first().waitFor();

	// The table budget documents need: each year's band, category and Rupiah.
	const years = page.getByTestId('report-years');
	const rows = years.locator('tbody tr[data-year]');
	assert.ok((await rows.count()) >= 8, 'a row for each projected year, 2022–2030');
	const row2029 = years.locator('tr[data-year="2029"]');
	for (const col of ['p10', 'p50', 'p90']) {
		assert.match(await row2029.locator(`[data-col="${col}"]`).innerText(), /^\d{2},\d{2}$/);
	}
	assert.match(await row2029.locator('[data-col="category"]').innerText(), /\S/);
	for (const col of ['allocated', 'spent']) {
		assert.match(
			await row2029.locator(`[data-col="${col}"]`).innerText(),
			/^Rp \d{1,3}(\.\d{3})+$/,
			'Rupiah in Indonesian format'
		);
	}
	const p10 = Number((await row2029.locator('[data-col="p10"]').innerText()).replace(',', '.'));
	const p90 = Number((await row2029.locator('[data-col="p90"]').innerText()).replace(',', '.'));
	assert.ok(p10 <= p90, 'p10 ≤ p90');
	// The headline's total is the planning years' spending up to the target year, stated.
	assert.match(await page.locator('table.headline').innerText(), /Biaya total 2027–2029/);
	const violations = await runAxe(page);
	assert.equal(violations.length, 0, describeViolations(violations));

	await checkPaper(page, PORTRAIT_CONTENT, 'the brief');
	assert.equal(await page.locator('.app-header').isVisible(), false, 'no navigation on paper');
	const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	console.log(`# the brief: ${pages.length} A4 pages`);
	assert.ok(pages.length >= 1 && pages.length <= 2, `one or two pages, not ${pages.length}`);
	for (const p of pages) assert.ok(p.height > p.width, 'portrait');
});

test('compare prints every scenario, landscape for more than two, without nav or picker', async ({
	page,
	baseURL
}) => {
	const ids = await savedIds(baseURL);
	await page.goto(`${baseURL}/compare?ids=${ids.join(',')}`);
	await page.waitForSelector('form.picker[data-ready="true"]');
	await page.locator('figure[data-chart="projection"] svg').first().waitFor();
	const violations = await runAxe(page);
	assert.equal(violations.length, 0, describeViolations(violations));

	await checkPaper(page, LANDSCAPE_CONTENT, 'compare, four scenarios');
	for (const hidden of ['.app-header', '#pick', 'form.picker', 'nav[aria-label]']) {
		assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
	}
	// Every scenario's column is on the paper, in the headline table and the costs by year.
	for (const id of ids) {
		const cell = page.locator(
			`[data-testid="headline-table"] [data-metric="index"][data-scenario="${id}"]`
		);
		assert.ok(await cell.isVisible(), `the column of ${id} is printed`);
	}
	const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	console.log(`# compare, four scenarios: ${pages.length} A4 landscape pages`);
	assert.ok(pages.length >= 1 && pages.length <= 4, `at most four pages, not ${pages.length}`);
	for (const p of pages) assert.ok(p.width > p.height, 'landscape with four scenarios');

	// Two scenarios fit a portrait page.
	await page.emulateMedia({ media: null });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${baseURL}/compare?ids=${ids.slice(0, 2).join(',')}`);
	await page.waitForSelector('form.picker[data-ready="true"]');
	await checkPaper(page, PORTRAIT_CONTENT, 'compare, two scenarios');
	const two = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	assert.ok(two.length >= 1 && two.length <= 3, `at most three pages, not ${two.length}`);
	for (const p of two) assert.ok(p.height > p.width, 'portrait with two scenarios');
});
