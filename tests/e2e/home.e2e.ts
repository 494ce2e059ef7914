import assert from 'node:assert/strict';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
const CATEGORIES = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];
/** An index value as printed: `72`, `72.4` or the Indonesian `72,4`. */
const INDEX_NUMBER = /^\d{1,3}(?:[.,]\d+)?$/;

interface TableText {
	header: string[];
	rows: string[][];
}

test('home page shows the projected IPASN index per year, 2022 to 2030', async ({
	page,
	baseURL
}) => {
	const response = await page.goto(`${baseURL}/`);
	assert.equal(response?.status(), 200, 'GET / should answer 200');

	const tables: TableText[] = await page.$$eval('table', (elements) =>
		elements.map((table) => {
			const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
			const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
			const bodyRows = Array.from(table.querySelectorAll('tbody tr')).filter(
				(row) => row !== headerRow
			);
			return {
				header: headerRow ? Array.from(headerRow.querySelectorAll('th, td'), text) : [],
				rows: bodyRows.map((row) => Array.from(row.querySelectorAll('th, td'), text))
			};
		})
	);
	assert.ok(tables.length > 0, 'the page should contain an HTML <table>');

	const table = tables.find((t) => t.rows.some((cells) => cells.includes(String(YEARS[0]))));
	assert.ok(table, `no table has a body row for ${YEARS[0]}; tables: ${JSON.stringify(tables)}`);
	assert.ok(table.header.length >= 3, `the table needs a header row: ${JSON.stringify(table)}`);

	const yearRows = table.rows.filter((cells) => cells.some((c) => /^\d{4}$/.test(c)));
	assert.deepEqual(
		yearRows.map((cells) => Number(cells.find((c) => /^\d{4}$/.test(c)))),
		YEARS,
		'one body row per year, 2022 to 2030, in order'
	);

	for (const cells of yearRows) {
		const year = cells.find((c) => /^\d{4}$/.test(c));
		const index = cells.find((c) => c !== year && INDEX_NUMBER.test(c));
		assert.ok(index, `row ${year} should show an index number: ${JSON.stringify(cells)}`);
		const value = Number(index.replace(',', '.'));
		assert.ok(value >= 0 && value <= 100, `row ${year}: index ${index} should be within 0–100`);
		assert.ok(
			cells.some((c) => CATEGORIES.includes(c)),
			`row ${year} should name a category (${CATEGORIES.join(', ')}): ${JSON.stringify(cells)}`
		);
	}
});

test('home page has no serious or critical accessibility violations', async ({ page, baseURL }) => {
	await page.goto(`${baseURL}/`);
	const violations = await runAxe(page);
	assert.deepEqual(violations, [], describeViolations(violations));
});

test('home page shows the engine’s numbers, in Indonesian format', async ({ page, baseURL }) => {
	const { result } = runScenario(defaultScenario());
	const decimal = new Intl.NumberFormat('id-ID', {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	await page.goto(`${baseURL}/`);
	for (const year of result.years) {
		const row = page.locator('tbody tr', { has: page.locator(`th:text-is("${year.year}")`) });
		const cells = await row.locator('td').allTextContents();
		assert.equal(cells[0].trim(), decimal.format(year.index.p50), `index of ${year.year}`);
	}
	assert.match(await page.locator('main p').first().innerText(), /71,59/);
	assert.match(await page.locator('main p').first().innerText(), /ilustratif/);
});
