/**
 * Compare, meeting mode and the printed brief in a real browser: the compare page overlays one
 * line per scenario plus the baseline and its numbers are each scenario's planner numbers; the
 * meeting steps with the keys and has no input controls; the brief prints to at most two A4
 * pages and lists the changed levers; axe finds nothing serious on any of them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { isoDate } from '../../src/lib/exports/exportContext';
import { describeViolations, runAxe, useApp } from './harness';

// The harness hands its environment to `node build`: a database of this file's own, so the
// tests neither see nor leave scenarios in ./data, and writes need no planner token.
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'ipasn-compare-e2e-')), 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();

interface NewScenario {
	name: string;
	author?: string;
	inputs: Record<string, number | string>;
}

/** A name that is markup, to check that names are shown as text. */
const MARKUP_NAME = '<b>Kader</b> & <img src=x onerror="window.__xss=1">';

const SCENARIOS: Record<'share' | 'coverage' | 'cadre', NewScenario> = {
	share: { name: 'Anggaran 1,5 %', author: 'Perencana A', inputs: { trainingBudgetShare: 1.5 } },
	coverage: {
		name: 'Cakupan merata 70 %',
		author: 'Perencana B',
		inputs: {
			trainingBudgetShare: 1.2,
			coverage: 70,
			matchedToDuties: 80,
			fundingRule: 'least_covered_first'
		}
	},
	cadre: {
		name: MARKUP_NAME,
		inputs: { trainingBudgetShare: 1.2, studyAssignments: 3, cadreSchoolPlaces: 5 }
	}
};

async function createScenario(baseURL: string, body: NewScenario): Promise<string> {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify(body)
	});
	const text = await response.text();
	assert.equal(response.status, 201, `creating "${body.name}": ${text}`);
	return (JSON.parse(text) as { id: string }).id;
}

/** The three scenarios above, saved once per file (the database is this file's own). */
let saved: Promise<Record<keyof typeof SCENARIOS, string>> | undefined;
function savedIds(baseURL: string) {
	saved ??= (async () => ({
		share: await createScenario(baseURL, SCENARIOS.share),
		coverage: await createScenario(baseURL, SCENARIOS.coverage),
		cadre: await createScenario(baseURL, SCENARIOS.cadre)
	}))();
	return saved;
}

async function assertAxeClean(page: Page, what: string): Promise<void> {
	const violations = await runAxe(page);
	assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

/** Waits until the compare page's script runs (the picker says so), so clicks and typing count. */
async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('form.picker[data-ready="true"]');
}

/** The planner's own headline index for a saved scenario. */
async function plannerIndex(page: Page, baseURL: string, id: string): Promise<string> {
	await page.goto(`${baseURL}/?id=${encodeURIComponent(id)}`);
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	return page.locator('[data-testid="kpi-index"] .kpi-value').first().innerText();
}

/** Pages of a PDF: its page objects, not the `/Pages` tree nodes. */
function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

// ── Compare ──────────────────────────────────────────────────────────────────

test('compare overlays the scenarios and the baseline; numbers match the planner', async ({
	page,
	baseURL
}) => {
	const ids = await savedIds(baseURL);
	const order = [ids.share, ids.coverage, ids.cadre];
	await page.context().clearCookies();
	await page.goto(`${baseURL}/compare?ids=${order.join(',')}`);
	await page.getByRole('heading', { level: 1, name: 'Bandingkan skenario' }).waitFor();
	await hydrated(page);

	// The chart: the first scenario as the main line, the baseline dashed, the others as lines.
	const chart = page.locator('figure[data-chart="projection"]');
	const lines = chart.locator('svg[role="group"] path[fill="none"][stroke-linecap="round"]');
	assert.equal(await lines.count(), order.length + 1, 'one line per scenario and the baseline');
	const legend = await chart.locator('.legend, ul[aria-label]').first().innerText();
	for (const name of [SCENARIOS.coverage.name, SCENARIOS.cadre.name]) {
		assert.ok(legend.includes(name), `legend names "${name}": ${legend}`);
	}
	assert.ok(
		(await page.getByTestId('chart-key').innerText()).includes(SCENARIOS.share.name),
		'the key names the scenario drawn with its band'
	);
	// Another scenario can take the band; the old main one becomes a named line.
	await page.getByRole('radio', { name: SCENARIOS.coverage.name }).check();
	await page.waitForFunction(
		(name) => document.querySelector('[data-testid="chart-key"]')?.textContent?.includes(name),
		SCENARIOS.coverage.name
	);
	assert.ok(
		(await chart.locator('.legend, ul[aria-label]').first().innerText()).includes(
			SCENARIOS.share.name
		)
	);

	// Names are text, never markup.
	assert.equal(
		await page.locator('.compare b, .compare img[src="x"]').count(),
		0,
		'no markup from a name'
	);
	assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
	await page.getByRole('columnheader', { name: MARKUP_NAME }).first().waitFor();

	// Headline numbers: each with a signed difference from the baseline.
	const indexCell = (id: string) =>
		page.locator(`[data-testid="headline-table"] [data-metric="index"][data-scenario="${id}"]`);
	const shown: Record<string, string> = {};
	for (const id of order) {
		shown[id] = await indexCell(id).locator('.value').innerText();
		const diff = await indexCell(id).locator('.diff').innerText();
		assert.match(diff, /[+−±]\d+,\d{2} poin$/, `signed difference in Indonesian: ${diff}`);
	}
	assert.match(
		await page.locator('[data-metric="totalCost"][data-scenario] .diff').first().innerText(),
		/^selisih terhadap status quo:\s*[+−±]Rp /
	);

	// Inputs that differ: labels in the page's language, values with units, defaults marked.
	const inputs = page.getByTestId('input-differences');
	const share = inputs.locator('tr[data-input="trainingBudgetShare"]');
	assert.match(await share.innerText(), /Porsi anggaran pengembangan\s+1,5 %\s+1,2 %\s+1,2 %/);
	const study = await inputs.locator('tr[data-input="studyAssignments"]').innerText();
	assert.match(study, /0 orang\/tahun\s+bawaan/, `default marked: ${study}`);
	assert.match(study, /3 orang\/tahun/);

	await assertAxeClean(page, 'compare');

	// The same numbers as each scenario's own planner view.
	for (const id of order) {
		assert.equal(await plannerIndex(page, baseURL, id), shown[id], `planner index of ${id}`);
	}
});

/** "Rp 1.234.567" → 1234567. */
function rupiahValue(text: string): number {
	const digits = text.replace(/[^\d]/g, '');
	assert.ok(digits.length > 0, `a Rupiah amount: "${text}"`);
	return Number(digits);
}

test('compare sums every scenario over one stated period and draws every target', async ({
	page,
	baseURL
}) => {
	// Different target and end years: 2028 (ends 2028) and 2030 (ends 2031).
	const early = await createScenario(baseURL, {
		name: 'Target 2028',
		inputs: { trainingBudgetShare: 1.5, targetIndex: 78, targetYear: 2028, endYear: 2028 }
	});
	const later = await createScenario(baseURL, {
		name: 'Target 2030',
		inputs: { trainingBudgetShare: 1.2, targetIndex: 80, targetYear: 2030, endYear: 2031 }
	});
	await page.context().clearCookies();
	await page.goto(`${baseURL}/compare?ids=${early},${later}`);
	await hydrated(page);

	// One period, stated beside the table and in the total's label.
	assert.match(await page.getByTestId('cost-period').innerText(), /2027–2031/);
	const headline = page.getByTestId('headline-table');
	assert.match(
		await headline.getByRole('rowheader', { name: /^Biaya total/ }).innerText(),
		/^Biaya total 2027–2031$/
	);
	await headline.getByRole('columnheader', { name: 'Status quo', exact: true }).waitFor();
	assert.equal(await headline.getByRole('columnheader', { name: /baseline/i }).count(), 0);
	// The scenario that ends early is said to be projected on.
	assert.match(await page.getByTestId('notices').innerText(), /“Target 2028” berakhir pada 2028/);

	// Each total is its own per-year rows added up, the same years for both.
	const costs = page.getByTestId('cost-by-year');
	for (const id of [early, later]) {
		const cells = costs.locator(`td[data-column="${id}"]`);
		const years = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-year')));
		assert.deepEqual(years, ['2027', '2028', '2029', '2030', '2031'], `years of ${id}`);
		const perYear = (await cells.allInnerTexts()).map(rupiahValue);
		const total = rupiahValue(await costs.locator(`td[data-total="${id}"]`).innerText());
		const sum = perYear.reduce((a, b) => a + b, 0);
		assert.ok(Math.abs(sum - total) <= perYear.length, `${id}: rows ${sum} ≈ total ${total}`);
		// The headline's rounded total is the same amount (its exact value in the tooltip).
		const exact = await headline
			.locator(`[data-metric="totalCost"][data-scenario="${id}"] .value`)
			.getAttribute('title');
		assert.equal(rupiahValue(exact ?? ''), total, `headline total of ${id}`);
	}
	// Years after "Target 2028"'s own end are marked as projected on.
	assert.match(
		await costs.locator(`td[data-column="${early}"][data-year="2030"]`).innerText(),
		/⁺/
	);
	assert.doesNotMatch(
		await costs.locator(`td[data-column="${later}"][data-year="2030"]`).innerText(),
		/⁺/
	);

	// Both targets are drawn and named, whichever scenario has the band.
	const chart = page.locator('figure[data-chart="projection"]');
	for (const main of ['Target 2028', 'Target 2030']) {
		await page.getByRole('radio', { name: main }).check();
		await page.waitForFunction(
			(name) => document.querySelector('[data-testid="chart-key"]')?.textContent?.includes(name),
			main
		);
		const targets = chart.locator('g.target');
		assert.equal(await targets.count(), 2, 'a target line per scenario');
		assert.deepEqual((await targets.allTextContents()).map((t) => t.trim()).sort(), [
			'Target 78 (2028)',
			'Target 80 (2030)'
		]);
		const legend = await chart.locator('.legend, ul[aria-label]').first().innerText();
		assert.match(legend, /Target “Target 2028”: 78 pada 2028/);
		assert.match(legend, /Target “Target 2030”: 80 pada 2030/);
	}
	await assertAxeClean(page, 'compare with two periods');

	// The same in English.
	await page.goto(`${baseURL}/compare?ids=${early},${later}&lang=en`);
	await hydrated(page);
	await headline.getByRole('columnheader', { name: 'Status quo', exact: true }).waitFor();
	assert.match(
		await headline.getByRole('rowheader', { name: /^Total cost/ }).innerText(),
		/^Total cost 2027–2031$/
	);
});

test('compare saves every scenario in one workbook, levers side by side', async ({
	page,
	baseURL
}) => {
	const ids = await savedIds(baseURL);
	const names = [SCENARIOS.share.name, SCENARIOS.coverage.name, SCENARIOS.cadre.name];
	await page.goto(`${baseURL}/compare?ids=${[ids.share, ids.coverage, ids.cadre].join(',')}`);
	await hydrated(page);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Unduh semua skenario (Excel)' }).click()
	]);
	assert.match(
		file.suggestedFilename(),
		new RegExp(
			`^ipasn-bpkad-kota-bontang-anggaran-1-5-[a-z0-9-]*perbandingan-${isoDate(new Date())}\\.xlsx$`
		)
	);
	const path = await file.path();
	assert.ok(path, `the download failed: ${await file.failure()}`);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
	assert.deepEqual(
		book.worksheets.map((s) => s.name),
		['Proyeksi', 'Angka utama', 'Skenario']
	);
	const projection = book.getWorksheet('Proyeksi')!;
	assert.equal(
		projection.getCell(2, 1).value,
		'Data pegawai ilustratif (roster sintetis), bukan data BPKAD'
	);
	const inProjection = new Set(projection.getColumn(1).values.slice(5));
	const headline = book.getWorksheet('Angka utama')!;
	const header = book.getWorksheet('Skenario')!.getRow(4).values as unknown[];
	for (const name of names) {
		assert.ok(inProjection.has(name), `the projection has "${name}"`);
		assert.ok(headline.getColumn(1).values.includes(name), `the headline numbers have "${name}"`);
		assert.ok(header.includes(name), `the scenario sheet has a column "${name}"`);
	}
	const levers = Array.from(book.getWorksheet('Skenario')!.getSheetValues());
	const share = levers.find(
		(r) => Array.isArray(r) && r[3] === 1.5 && r[4] === 1.2 && r[5] === 1.2
	);
	assert.ok(share, 'the budget shares side by side, as numbers');
});

test('compare says which ids are unknown and which are beyond four', async ({ page, baseURL }) => {
	const ids = await savedIds(baseURL);
	const extra = await createScenario(baseURL, {
		name: 'Seminar 60 %',
		inputs: { seminarCoverage: 60 }
	});
	const fifth = await createScenario(baseURL, { name: 'Kelima', inputs: { leadershipPlaces: 6 } });
	const asked = [ids.share, 'tidak-ada', ids.coverage, ids.cadre, extra, fifth];
	await page.goto(`${baseURL}/compare?ids=${asked.join(',')}&lang=en`);
	await hydrated(page);
	const notices = await page.getByTestId('notices').innerText();
	assert.match(notices, /Scenario “tidak-ada” was not found/);
	assert.match(notices, /At most 4 scenarios can be compared at once; 5 were asked for\./);
	assert.match(notices, /Not shown: “Kelima”/);
	assert.equal(
		await page.locator('[data-testid="headline-table"] thead th').count(),
		1 + 1 + 4,
		'measure, baseline and four scenarios'
	);
	// English: English labels and number format.
	await page.getByRole('heading', { level: 1, name: 'Compare scenarios' }).waitFor();
	assert.match(
		await page.locator(`[data-metric="index"][data-scenario="${ids.share}"] .diff`).innerText(),
		/[+−]\d+\.\d{2} points$/
	);
	await assertAxeClean(page, 'compare with notices, English');

	// The header's toggle switches the page in place.
	await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
	await page.getByRole('heading', { level: 1, name: 'Bandingkan skenario' }).waitFor();
	assert.match(
		await page.locator(`[data-metric="index"][data-scenario="${ids.share}"] .diff`).innerText(),
		/[+−]\d+,\d{2} poin$/
	);
	assert.match(await page.getByTestId('notices').innerText(), /tidak ditemukan/);
});

test('the picker searches the saved list and opens the comparison', async ({ page, baseURL }) => {
	await savedIds(baseURL);
	await page.goto(`${baseURL}/compare?lang=en`);
	await hydrated(page);
	const search = page.getByRole('searchbox', { name: 'Search by name or author' });
	await search.fill('perencana b');
	assert.equal(await page.locator('.picker li:not([hidden])').count(), 1, 'one match');
	await page.getByRole('checkbox', { name: /Cakupan merata 70 %/ }).check();
	await search.fill('');
	await page.getByRole('checkbox', { name: /Anggaran 1,5 %/ }).check();
	await page.getByRole('button', { name: 'Compare' }).click();
	await page.waitForURL(/\/compare\?ids=[^&]+,[^&]+$/);
	await page.getByTestId('headline-table').waitFor();
	assert.equal(await page.locator('[data-metric="index"][data-scenario]').count(), 2);
	await assertAxeClean(page, 'picker');
});

// ── Meeting ──────────────────────────────────────────────────────────────────

test('meeting mode steps with the keys and shows no input controls', async ({ page, baseURL }) => {
	const ids = await savedIds(baseURL);
	await page.setViewportSize({ width: 1280, height: 720 });
	// Slide 3: the first scenario, after the summary and the status quo (meeting.e2e.ts tests those).
	await page.goto(`${baseURL}/meeting?ids=${ids.share},${ids.coverage},${ids.cadre}&at=3`);
	const position = page.getByTestId('meeting-position');
	const name = page.getByTestId('meeting-name');
	await page.waitForSelector('[data-meeting][data-ready="true"]');
	// The slide's heading names the scenario, then the agency it plans for.
	const agency = name.getByTestId('scenario-context');
	assert.equal((await agency.innerText()).trim(), 'BPKAD Kota Bontang');
	// What the room sees: "2 / 3" (screen readers get "Skenario 2 dari 3" instead).
	const at = async () => [
		(await position.locator('[aria-hidden="true"]').innerText()).trim(),
		(
			await name.evaluate((h2) =>
				[...h2.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('')
			)
		).trim()
	];

	assert.deepEqual(await at(), ['3 / 5', SCENARIOS.share.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['4 / 5', SCENARIOS.coverage.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['5 / 5', SCENARIOS.cadre.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['5 / 5', SCENARIOS.cadre.name], 'stays on the last');
	await page.keyboard.press('ArrowLeft');
	assert.deepEqual(await at(), ['4 / 5', SCENARIOS.coverage.name]);
	await page.keyboard.press('Home');
	assert.equal((await at())[0], '1 / 5');
	await page.keyboard.press('End');
	assert.equal((await at())[0], '5 / 5');
	await page.keyboard.press('PageUp');
	assert.equal((await at())[0], '4 / 5');
	await page.getByRole('button', { name: 'Berikutnya' }).click();
	assert.equal((await at())[0], '5 / 5');
	assert.match(page.url(), /[?&]at=5/, 'the position is kept in the address');

	// Nothing to edit: no form fields, and only the stepping and full-screen buttons.
	assert.equal(await page.locator('input, select, textarea, [role="slider"]').count(), 0);
	const buttons = await page
		.locator('button:visible')
		.evaluateAll((list) => list.map((b) => b.textContent?.replace(/[←→]/g, '').trim()));
	assert.deepEqual(buttons.sort(), ['Berikutnya', 'Layar penuh', 'Sebelumnya']);
	assert.equal(await page.locator('.app-header').isVisible(), false, 'the app header is hidden');

	// Readable across a room at 1280×720.
	const px = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
	assert.ok((await px('.index-value')) >= 96, 'headline index ≥ 6rem');
	// Sizes follow the screen (2.2 % of 1280 px for these); meeting.e2e.ts checks 1366 and 1920.
	for (const selector of ['.tile-value', '.badge', '[data-testid="meeting-name"]']) {
		assert.ok((await px(selector)) >= 28, `${selector} ≥ 28 px`);
	}

	await assertAxeClean(page, 'meeting');

	// Full screen through the Fullscreen API; Escape (or the button) leaves it.
	await page.getByRole('button', { name: 'Layar penuh' }).click();
	await page.waitForFunction(() => document.fullscreenElement !== null);
	await page.getByRole('button', { name: 'Keluar layar penuh' }).waitFor();
	await page.keyboard.press('Escape');
	await page.waitForFunction(() => document.fullscreenElement === null);
});

// ── Report ───────────────────────────────────────────────────────────────────

test('the report prints to at most two A4 pages and lists the changed levers', async ({
	page,
	baseURL
}) => {
	const ids = await savedIds(baseURL);
	await page.goto(`${baseURL}/report/${ids.coverage}`);
	await page
		.getByRole('heading', { level: 1, name: `Ringkasan skenario: ${SCENARIOS.coverage.name}` })
		.waitFor();
	const levers = await page.getByTestId('report-levers').innerText();
	for (const expected of [
		/Porsi anggaran pengembangan\s+1,2 %\s+0,69 %/,
		/Cakupan pelatihan — Semua unit\s+70 %\s+50 %/,
		/Aturan bila anggaran kurang\s+Unit paling sedikit dulu\s+Poin per rupiah \(termurah dulu\)/
	]) {
		assert.match(levers, expected);
	}
	assert.ok(!levers.includes('Sekolah kader'), 'unchanged levers are not listed');
	await page.locator('figure[data-chart="projection"] svg').first().waitFor();
	assert.match(await page.locator('main').innerText(), /Data pegawai bersifat ilustratif/);
	const print = page.getByRole('button', { name: 'Cetak / Simpan PDF' });
	assert.ok(await print.isVisible());
	await assertAxeClean(page, 'report');

	await page.emulateMedia({ media: 'print' });
	assert.equal(await print.isVisible(), false, 'no buttons on paper');
	assert.equal(await page.locator('.app-header').isVisible(), false, 'no navigation on paper');
	// Back to no emulation: after `media: 'screen'`, page.pdf() would print the screen styles.
	await page.emulateMedia({ media: null });

	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdfPageCount(pdf);
	assert.ok(pages >= 1 && pages <= 2, `the brief is one or two A4 pages, not ${pages}`);
});

test('a share link gives a brief of an unsaved scenario, in English too', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/report?i.trainingBudgetShare=1.5&i.studyAssignments=2&lang=en`);
	await page
		.getByRole('heading', { level: 1, name: 'Scenario brief: Unsaved scenario (link)' })
		.waitFor();
	const levers = await page.getByTestId('report-levers').innerText();
	assert.match(levers, /Training budget share\s+1\.5 %\s+0\.69 %/);
	assert.match(levers, /Funded study assignments\s+2 people\/year\s+0 people\/year/);
	const pdf = await page.pdf({ format: 'A4' });
	assert.ok(pdfPageCount(pdf) <= 2);
	await assertAxeClean(page, 'report from a link');

	const bad = await page.goto(`${baseURL}/report?i.trainingBudgetShare=abc`);
	assert.equal(bad?.status(), 400, 'a link that cannot be read is refused');
	const missing = await page.goto(`${baseURL}/report/no-such-scenario`);
	assert.equal(missing?.status(), 404);
});
