/**
 * Downloads in a real browser: a chart's CSV has the numbers the page shows, in Excel's
 * format for the language; its PNG is a real, large picture; its SVG parses and carries the
 * chart's title. Every file is named `ipasn-<agency>-<scenario>[-<table>]-<date>` and says
 * whose numbers it holds (the CSV's `# ` lines, the picture's context line, the workbook's
 * headings), with the illustrative-data disclaimer for the default roster. The buttons fit a
 * phone, disappear on paper and keep the page accessible. The downloaded files are kept in
 * test-results/exports/ to look at.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator } from 'playwright-core';
import { readCsvComments } from '../../src/lib/exports/csv';
import { isoDate } from '../../src/lib/exports/exportContext';
import { describeViolations, runAxe, useApp } from './harness';
import { openPlanner } from './plannerPage';

const test = useApp();
const OUT = resolve(import.meta.dirname, '../../test-results/exports');

/** Clicks a download button and returns the file's name and bytes (also saved in OUT). */
async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
	const path = await file.path();
	assert.ok(path, `the download of ${file.suggestedFilename()} failed: ${await file.failure()}`);
	const bytes = await readFile(path);
	await mkdir(OUT, { recursive: true });
	await writeFile(join(OUT, file.suggestedFilename()), bytes);
	return { name: file.suggestedFilename(), bytes };
}

const BOM = [0xef, 0xbb, 0xbf];
/** An unsaved planner on the default roster: the agency, "tanpa nama", today. */
const PREFIX = 'ipasn-bpkad-kota-bontang-tanpa-nama';
const today = () => isoDate(new Date());
const ILLUSTRATIVE = 'Data pegawai ilustratif (roster sintetis), bukan data BPKAD';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('a chart’s CSV has the page’s numbers, in Indonesian Excel format', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/`);
	const frame = page.locator('[data-chart="projection"]');
	const button = frame.getByRole('button', {
		name: 'Unduh data grafik Proyeksi Indeks Profesionalitas ASN sebagai CSV'
	});
	const { name, bytes } = await download(button);
	assert.equal(name, `${PREFIX}-proyeksi-${today()}.csv`);
	assert.deepEqual([...bytes.subarray(0, 3)], BOM, 'starts with the UTF-8 byte-order mark');
	const text = bytes.subarray(3).toString('utf8');
	assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'every line ends with CRLF');
	const { comments, body } = readCsvComments(text);
	assert.deepEqual(comments.slice(0, 3), [
		'Instansi: BPKAD Kota Bontang',
		'Skenario: tanpa nama',
		`Tanggal: ${today()}`
	]);
	assert.ok(comments.includes(ILLUSTRATIVE), `the disclaimer in ${JSON.stringify(comments)}`);
	const [header, ...rows] = body
		.trimEnd()
		.split('\r\n')
		.map((line) => line.split(';'));
	assert.deepEqual(header.slice(0, 5), [
		'Tahun',
		'P10 (indeks)',
		'Median (indeks)',
		'P90 (indeks)',
		'Status quo (indeks)'
	]);
	const kpi = await page.locator('[data-testid="kpi-index"] .kpi-value').first().innerText();
	assert.match(kpi, /^\d{2},\d{2}$/);
	// The KPI is the target year's median: one of the rows has it, to the digit.
	const median = header.indexOf('Median (indeks)');
	assert.ok(
		rows.some((r) => r[median] === kpi),
		`the KPI ${kpi} among the medians ${JSON.stringify(rows.map((r) => r[median]))}`
	);
});

test('an English CSV uses commas between cells and decimal points', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const button = page
		.locator('[data-chart="budget"]')
		.getByRole('button', { name: /^Download the data of the chart .* as CSV$/ });
	const { name, bytes } = await download(button);
	assert.equal(name, `ipasn-bpkad-kota-bontang-unsaved-budget-${today()}.csv`);
	const { comments, body } = readCsvComments(bytes.toString('utf8'));
	assert.equal(comments[1], 'Scenario: unsaved');
	assert.ok(comments.includes('Illustrative staff data (synthetic roster), not BPKAD data'));
	const lines = body.trimEnd().split('\r\n');
	assert.match(lines[0], /^Year,Phase,Share of ceiling \(%\),Ceiling \(Rp million\),/);
	const planned = lines.find((l) => l.includes(',Plan,'));
	assert.ok(planned, 'a plan year');
	assert.match(planned, /^\d{4},Plan,\d+\.\d{2},\d+\.\d,\d+\.\d,\d+\.\d,\d+\.\d$/);
});

test('a chart’s PNG is a real picture, wider than 1000 px', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/`);
	const button = page
		.locator('[data-chart="projection"]')
		.getByRole('button', { name: /^Unduh grafik Proyeksi .* sebagai PNG$/ });
	const { name, bytes } = await download(button);
	assert.equal(name, `${PREFIX}-proyeksi-${today()}.png`);
	assert.deepEqual([...bytes.subarray(0, 8)], PNG_MAGIC, 'PNG signature');
	assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
	const width = bytes.readUInt32BE(16);
	const height = bytes.readUInt32BE(20);
	assert.ok(width > 1000, `PNG width ${width} px`);
	assert.ok(height > 600 && height < width * 1.5, `PNG height ${height} px`);
	// The picture, as an image: drawn (not blank), as seen by the browser that decodes it.
	await page.setContent(
		`<img alt="" src="data:image/png;base64,${bytes.toString('base64')}" style="width:100%">`
	);
	const dark = await page.locator('img').evaluate(async (img: HTMLImageElement) => {
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let count = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) count++;
		return count / (data.length / 4);
	});
	assert.ok(dark > 0.005 && dark < 0.5, `share of dark pixels ${dark}: text and lines drawn`);
});

test('a chart’s SVG parses and carries its title and legend', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/`);
	const title = 'Anggaran pengembangan pegawai';
	const button = page
		.locator('[data-chart="budget"]')
		.getByRole('button', { name: `Unduh grafik ${title} sebagai SVG` });
	const { name, bytes } = await download(button);
	assert.equal(name, `${PREFIX}-anggaran-${today()}.svg`);
	const svg = bytes.toString('utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: root.localName,
			width: Number(root.getAttribute('width')),
			title: root.querySelector(':scope > title')?.textContent ?? null,
			texts: Array.from(root.querySelectorAll('text'), (t) => t.textContent ?? ''),
			styled: root.querySelectorAll('[style]').length
		};
	}, svg);
	assert.equal(parsed.error, null);
	assert.equal(parsed.root, 'svg');
	assert.equal(parsed.title, title);
	assert.ok(parsed.texts.includes(title), 'the title is drawn as text');
	assert.ok(
		parsed.texts.includes(`BPKAD Kota Bontang — tanpa nama · ${today()}`),
		`the context line in ${JSON.stringify(parsed.texts.slice(0, 4))}`
	);
	assert.ok(parsed.texts.includes('Data ilustratif'), 'the illustrative flag is drawn');
	assert.ok(parsed.texts.includes('Realisasi'), 'the legend is drawn');
	assert.ok(parsed.width > 500, `width ${parsed.width}`);
	assert.ok(parsed.styled > 20, 'computed styles are written into the file');
	assert.ok(!svg.includes('http://127.0.0.1'), 'no reference back to the page');
	// Shown on its own (the harness keeps the screenshot).
	await page.goto(`file://${join(OUT, name)}`);
	assert.ok(await page.locator('svg').first().isVisible());
});

test('the download buttons fit a phone in one row and are hidden on paper', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPlanner(page, `${baseURL}/`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(overflow <= 390, `no sideways scrolling (content ${overflow}px)`);
	for (const chart of ['projection', 'dimensions', 'units', 'budget']) {
		const buttons = page.locator(`[data-chart="${chart}"] [data-export]`);
		assert.equal(await buttons.count(), 3, `${chart}: CSV, PNG and SVG`);
		const boxes = await buttons.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
		);
		const tops = new Set(boxes.map((b) => Math.round(b.top)));
		assert.equal(tops.size, 1, `${chart}: one row (${[...tops].join(', ')})`);
		for (const b of boxes) assert.ok(b.right <= 390 && b.height >= 24, `${chart}: ${b.right}`);
	}
	await page.emulateMedia({ media: 'print' });
	assert.equal(await page.locator('[data-export]:visible').count(), 0, 'no buttons on paper');
	await page.emulateMedia({ media: 'screen' });
});

test('the planner with its download buttons has no serious accessibility violations', async ({
	page,
	baseURL
}) => {
	for (const lang of ['id', 'en']) {
		await openPlanner(page, `${baseURL}/?lang=${lang}`);
		// The "why?" waterfall is drawn once its explanation is computed, after the projection.
		await page.locator('[data-testid="why-sentence"]').waitFor({ state: 'attached' });
		// CSV, PNG and SVG of five charts (the waterfall too), the yearly results and the workbook.
		assert.equal(await page.locator('[data-export]').count(), 17);
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
	}
});

test('the results CSV and workbook carry the agency, the saved scenario and the date', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/`);
	const csv = await download(page.locator('[data-export="results"]'));
	assert.equal(csv.name, `${PREFIX}-${today()}.csv`);
	const { comments, body } = readCsvComments(csv.bytes.toString('utf8'));
	assert.equal(comments[0], 'Instansi: BPKAD Kota Bontang');
	assert.ok(comments.includes(ILLUSTRATIVE));
	assert.match(body, /^Tahun;Fase;Indeks rata-rata;/);

	const xlsx = await download(page.locator('[data-export="workbook"]'));
	assert.equal(xlsx.name, `${PREFIX}-${today()}.xlsx`);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
	assert.deepEqual(
		book.worksheets.map((s) => s.name),
		['Hasil tahunan', 'Per unit kerja', 'Per dimensi', 'Anggaran', 'Skenario']
	);
	const yearly = book.getWorksheet('Hasil tahunan')!;
	assert.equal(yearly.getCell(1, 1).value, `BPKAD Kota Bontang — tanpa nama · ${today()}`);
	assert.equal(yearly.getCell(2, 1).value, ILLUSTRATIVE);
	assert.equal(yearly.getCell(4, 1).value, 'Tahun');
	assert.equal(typeof yearly.getCell(5, 3).value, 'number', 'the index is a number');
	const sheetValues = JSON.stringify(book.getWorksheet('Skenario')!.getSheetValues());
	assert.ok(sheetValues.includes('BPKAD Kota Bontang'), 'the scenario sheet names the agency');
});

test('exceljs is its own chunk, fetched only when the workbook is asked for', async ({
	page,
	baseURL
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await openPlanner(page, `${baseURL}/`);
	const before = scripts.length;
	const sources = await Promise.all(
		scripts.map(async (url) => (await fetch(url)).text().catch(() => ''))
	);
	assert.ok(
		sources.every((text) => !text.includes('officedocument.spreadsheetml.sharedStrings')),
		'no script of the planner holds exceljs before the click'
	);
	await download(page.locator('[data-export="workbook"]'));
	assert.ok(scripts.length > before, 'the workbook fetched more script');
});
