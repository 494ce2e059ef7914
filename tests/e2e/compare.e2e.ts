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
		/^selisih terhadap baseline:\s*[+−±]Rp /
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
	await page.goto(`${baseURL}/meeting?ids=${ids.share},${ids.coverage},${ids.cadre}`);
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

	assert.deepEqual(await at(), ['1 / 3', SCENARIOS.share.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['2 / 3', SCENARIOS.coverage.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['3 / 3', SCENARIOS.cadre.name]);
	await page.keyboard.press('ArrowRight');
	assert.deepEqual(await at(), ['3 / 3', SCENARIOS.cadre.name], 'stays on the last');
	await page.keyboard.press('ArrowLeft');
	assert.deepEqual(await at(), ['2 / 3', SCENARIOS.coverage.name]);
	await page.keyboard.press('Home');
	assert.equal((await at())[0], '1 / 3');
	await page.keyboard.press('End');
	assert.equal((await at())[0], '3 / 3');
	await page.keyboard.press('PageUp');
	assert.equal((await at())[0], '2 / 3');
	await page.getByRole('button', { name: 'Berikutnya' }).click();
	assert.equal((await at())[0], '3 / 3');
	assert.match(page.url(), /[?&]at=3/, 'the position is kept in the address');

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
	for (const selector of ['.tile-value', '.badge', '[data-testid="meeting-name"]']) {
		assert.ok((await px(selector)) >= 32, `${selector} ≥ 2rem`);
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
