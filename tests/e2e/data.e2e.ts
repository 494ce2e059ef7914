/**
 * Staff data in a real browser: an Indonesian Excel file becomes the baseline and the
 * planner's roster (its units as coverage controls, projections with it), a bad file changes
 * nothing and says what to fix, headcounts generate a roster, the data stay in the browser —
 * no request carries them — and can be removed; the page is accessible in both languages and
 * fits a phone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { scoreRoster } from '../../src/lib/engine/scoring';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { countsToRoster, rosterToCounts } from '../../src/lib/rosterFiles/counts';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

const HEADER = [
	'NIP',
	'Nama Pegawai',
	'ID',
	'Unit Kerja',
	'Jenis Jabatan',
	'Pendidikan',
	'Diklat Kepemimpinan',
	'Diklat Fungsional',
	'Seminar 2 Tahun',
	'JP Teknis Setahun',
	'Predikat SKP',
	'Hukuman Disiplin',
	'Catatan'
];

/** Person ids no request may carry; distinctive so a match cannot be chance. */
const IDS = Array.from({ length: 12 }, (_, i) => `RAHASIA-${String(i + 1).padStart(4, '0')}`);
const UNITS = ['Sekretariat Badan', 'Bidang Pajak Daerah', 'Bidang Retribusi'];

/** One row per person: NIP and name (personal data, to be dropped), then the roster columns. */
function rows(): string[][] {
	const posts = ['struktural', 'fungsional', 'pelaksana', 'pelaksana'];
	const skp = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Baik'];
	const education = ['S2', 'S1', 'D-III', 'SD'];
	return IDS.map((id, i) => [
		`19800101200501${String(1000 + i)}`,
		`Pegawai ${i + 1}`,
		id,
		UNITS[i % UNITS.length],
		posts[i % posts.length],
		education[i % education.length],
		i % 4 === 0 ? 'Ya' : 'Tidak',
		i % 4 === 1 ? 'ya' : 'tidak',
		i % 3 === 0 ? 'tidak' : 'ya',
		i % 2 === 0 ? '22,5' : '8',
		skp[i % skp.length],
		i === 5 ? 'ringan' : 'tidak ada',
		i === 2 ? '"catatan; dengan titik koma"' : ''
	]);
}

/** What Excel in an Indonesian locale saves: BOM, `;`, decimal commas, CRLF, blank line, trailing `;`. */
function excelCsv(body = rows()): string {
	const lines = [HEADER.join(';') + ';', ...body.map((r) => r.join(';') + ';'), '', ''];
	return '\uFEFF' + lines.join('\r\n');
}

const VALID = excelCsv();
const EXPECTED = (() => {
	const result = parseRosterCsv(VALID);
	if (!result.ok) throw new Error(`the fixture must be valid: ${JSON.stringify(result.errors)}`);
	return {
		roster: result.roster,
		fingerprint: rosterFingerprint(result.roster),
		index: scoreRoster(result.roster, DEFAULT_RULEBOOK).agency.index
	};
})();

async function openData(page: Page, baseURL: string, lang = 'en'): Promise<void> {
	await page.goto(`${baseURL}/data?lang=${lang}`);
	await page.waitForSelector('[data-testid="baseline"]');
}

/** Chooses a file in the file input, as a person does. */
async function chooseFile(page: Page, name: string, text: string): Promise<void> {
	await page.setInputFiles('[data-testid="roster-file"]', {
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text, 'utf8')
	});
}

async function importValid(page: Page): Promise<void> {
	await chooseFile(page, 'pegawai-excel.csv', VALID);
	await page.waitForSelector(
		`[data-testid="baseline-box"][data-fingerprint="${EXPECTED.fingerprint}"] [data-testid="baseline"]`
	);
}

const fingerprintShown = (page: Page) =>
	page.getAttribute('[data-testid="baseline-box"]', 'data-fingerprint');

/** Every request's method, URL and body, for the privacy check. */
function recordRequests(page: Page): Array<{ method: string; url: string; body: string }> {
	const seen: Array<{ method: string; url: string; body: string }> = [];
	page.on('request', (r: Request) =>
		seen.push({ method: r.method(), url: r.url(), body: r.postData() ?? '' })
	);
	return seen;
}

test('an Indonesian Excel file becomes the baseline, personal columns dropped', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'id');
	assert.equal(await fingerprintShown(page), 'illustrative');
	await importValid(page);

	const baseline = page.locator('[data-testid="baseline"]');
	assert.equal(await baseline.getAttribute('data-kind'), 'own');
	assert.equal(Number(await baseline.getAttribute('data-people')), IDS.length);
	assert.equal(
		Number(await baseline.getAttribute('data-index')).toFixed(2),
		EXPECTED.index.toFixed(2)
	);
	// Indonesian number format on an Indonesian page.
	assert.equal(
		await page.locator('[data-testid="baseline-index"]').innerText(),
		EXPECTED.index.toFixed(2).replace('.', ',')
	);
	const units = await page.locator('[data-testid="baseline-units"] tr th').allInnerTexts();
	assert.deepEqual(units, UNITS);

	const notices = await page.locator('[data-testid="import-notices"] li').allInnerTexts();
	assert.ok(
		notices.some((n) => /"NIP".*data pribadi/.test(n)),
		`the NIP column is reported as dropped: ${notices.join(' | ')}`
	);
	assert.ok(notices.some((n) => /"Nama Pegawai".*data pribadi/.test(n)));
	assert.ok(notices.some((n) => /"Catatan".*tidak dikenal/.test(n)));
	assert.match(
		await page.locator('[data-testid="import-result"] [role="status"]').innerText(),
		/12 pegawai, 3 unit/
	);
	assert.equal(
		await page.locator('[data-testid="roster-fingerprint"]').innerText(),
		EXPECTED.fingerprint
	);
	// The gaps are counts, and individual rows only appear when asked for.
	assert.equal(await page.locator('[data-testid="people-table"]').count(), 0);
	await page.locator('[data-testid="people-details"] summary').click();
	await page.locator('[data-testid="people-table"] tbody tr').first().waitFor();
	const ids = await page.locator('[data-testid="people-table"] tbody th').allInnerTexts();
	assert.deepEqual(ids, IDS);
	assert.equal(await page.getByText('Pegawai 1', { exact: true }).count(), 0, 'no names shown');
	// The histogram's table has the same people.
	const counts = await page
		.locator('[data-chart="score-histogram"] [data-count]')
		.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
	assert.equal(
		counts.reduce((a, b) => a + b, 0),
		IDS.length
	);
});

test('a file dropped on the zone is read like a chosen one; the input is reachable', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'en');
	const input = page.getByLabel('Drop a CSV or Excel file here, or choose a file');
	await input.focus();
	assert.ok(await input.evaluate((el) => el === document.activeElement && el.tabIndex >= 0));
	assert.equal(
		await page
			.locator('[data-testid="roster-drop"]')
			.evaluate((el) => getComputedStyle(el).outlineStyle),
		'solid',
		'the zone shows the keyboard focus'
	);
	await page.locator('[data-testid="roster-drop"]').evaluate((zone, text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
		for (const type of ['dragenter', 'dragover', 'drop']) {
			zone.dispatchEvent(
				new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data })
			);
		}
	}, VALID);
	await page.waitForSelector(
		`[data-testid="baseline-box"][data-fingerprint="${EXPECTED.fingerprint}"]`
	);
	assert.match(
		await page.locator('[data-testid="roster-status"]').innerText(),
		/From the file dropped\.csv/
	);
});

test('both templates download, with example rows, and import back as they are', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'id');
	for (const lang of ['id', 'en']) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator(`[data-template="${lang}"]`).click()
		]);
		const path = await download.path();
		const text = readFileSync(path, 'utf8');
		if (lang === 'id') {
			assert.match(text, /^sep=;\r\nid;unit_kerja;jenis_jabatan;/);
			assert.match(text, /;22,5;/);
		} else {
			assert.match(text, /^id,unit,post_type,/);
		}
		const parsed = parseRosterCsv(text);
		assert.ok(parsed.ok && parsed.roster.people.length === 3, `${lang} template parses`);
		await chooseFile(page, download.suggestedFilename(), text);
		await page.waitForSelector(
			`[data-testid="baseline-box"][data-fingerprint="${rosterFingerprint(parsed.roster)}"]`
		);
	}
});

test('an invalid file lists every error with row and column and changes nothing', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'en');
	await importValid(page);
	const body = rows();
	body[1][10] = 'Luar Biasa'; // row 3 (header is row 1), column Predikat SKP
	body[4][9] = 'dua puluh'; // row 6, JP Teknis Setahun
	body[6][2] = IDS[0]; // row 8, duplicate id
	await chooseFile(page, 'salah.csv', excelCsv(body));
	await page.waitForSelector('[data-testid="import-result"][data-outcome="rejected"]');

	const errors = await page.locator('[data-testid="import-errors"] li').allInnerTexts();
	assert.equal(errors.length, 3, errors.join('\n'));
	assert.match(errors[0], /^Row 3, column Predikat SKP: value "Luar Biasa" is not recognised\./);
	assert.match(errors[0], /Allowed: sangat_baik, baik, cukup, kurang, buruk/);
	assert.match(errors[1], /^Row 6, column JP Teknis Setahun: value "dua puluh" is not a number\./);
	assert.match(errors[2], /^Row 8, column ID: id "RAHASIA-0001" is already used in row 2\./);
	assert.match(
		await page.locator('[data-testid="import-result"] [role="status"]').innerText(),
		/salah\.csv was not used: it has 3 errors\. The previous data stay in use\./
	);
	// The previous roster is still the one in use, shown and stored.
	assert.equal(await fingerprintShown(page), EXPECTED.fingerprint);
	await page.reload();
	await page.waitForSelector(
		`[data-testid="baseline-box"][data-fingerprint="${EXPECTED.fingerprint}"]`
	);

	// Hundreds of errors: a capped list and a count of the rest.
	const many = rows().flatMap((r, k) =>
		Array.from({ length: 30 }, (_, j) => [
			...r.slice(0, 2),
			`X${k}-${j}`,
			...r.slice(3, 10),
			'x',
			...r.slice(11)
		])
	);
	await chooseFile(page, 'banyak.csv', excelCsv(many));
	await page.waitForSelector('[data-testid="import-result"][data-outcome="rejected"]');
	assert.equal(await page.locator('[data-testid="import-errors"] li').count(), 25);
	assert.match(
		await page.locator('[data-testid="import-errors-rest"]').innerText(),
		/^and 335 more errors not shown\.$/
	);
	assert.equal(await fingerprintShown(page), EXPECTED.fingerprint);
});

test('the planner plans on the own data, and no request carries them', async ({
	page,
	baseURL
}) => {
	const requests = recordRequests(page);
	await openData(page, baseURL, 'en');
	await importValid(page);

	// A fresh load of the planner: the server shows the default roster, the browser re-projects.
	await page.goto(`${baseURL}/?lang=en`);
	const banner = page.locator('[data-testid="roster-banner"]');
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
	assert.equal(await banner.getAttribute('data-roster'), 'own');
	assert.match(
		await banner.innerText(),
		new RegExp(
			`Using your own staff data: 12 people, 3 units \\(fingerprint ${EXPECTED.fingerprint}\\)`
		)
	);
	// The file's units are the coverage controls, the illustrative ones are gone.
	for (const name of UNITS) {
		assert.ok(
			await page.getByRole('slider', { name: `Training coverage — ${name}` }).isVisible(),
			`a coverage control for ${name}`
		);
	}
	assert.equal(
		await page.getByRole('slider', { name: 'Training coverage — Bidang Anggaran' }).count(),
		0
	);
	assert.equal(
		await page.locator('[data-chart="units"] [data-unit="bidang_pajak_daerah"]').count(),
		1
	);

	// Moving a lever projects again, with the same roster.
	const before = Number(await page.getAttribute('[data-testid="results"]', 'data-latest-request'));
	await page
		.getByRole('slider', { name: 'Training coverage — Bidang Pajak Daerah' })
		.evaluate((element) => {
			const input = element as HTMLInputElement;
			input.value = '90';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
	await page.waitForFunction((previous) => {
		const results = document.querySelector<HTMLElement>('[data-testid="results"]');
		const latest = Number(results?.dataset.latestRequest);
		return latest > previous && Number(results?.dataset.shownRequest) >= latest;
	}, before);
	assert.equal(
		await page.getAttribute('[data-testid="results"]', 'data-shown-roster'),
		EXPECTED.fingerprint
	);

	// Saving the scenario sends the scenario, not the roster.
	await page
		.locator('[data-testid="scenario-bar"]')
		.getByRole('button', { name: 'Save as…' })
		.click();
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.getByLabel('Name').fill('Rencana data sendiri');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await page
		.locator('[data-testid="scenario-status"]')
		.filter({ hasText: /Saved as/ })
		.waitFor();

	const writes = requests.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
	assert.ok(writes.length > 0, 'the save was a request');
	assert.ok(
		writes.some((r) => r.body.includes(`"rosterFingerprint":"${EXPECTED.fingerprint}"`)),
		'the saved scenario records which roster it was made with'
	);
	for (const r of requests) {
		for (const id of IDS) {
			assert.ok(!r.body.includes(id), `${r.method} ${r.url} carries person id ${id}`);
			assert.ok(!r.url.includes(id), `${r.method} ${r.url} carries person id ${id}`);
		}
		assert.ok(!r.body.includes('Pegawai 1'), `${r.method} ${r.url} carries a name`);
	}
});

test('a saved scenario made with other data says so', async ({ page, baseURL }) => {
	const create = async (rosterFingerprint: string | null) => {
		const response = await fetch(`${baseURL}/api/scenarios`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: `Dibuat dengan ${rosterFingerprint}`, rosterFingerprint })
		});
		assert.equal(response.status, 201);
		return ((await response.json()) as { id: string }).id;
	};
	const illustrative = await create(null);
	const same = await create(EXPECTED.fingerprint);
	await openData(page, baseURL, 'en');
	await importValid(page);

	await page.goto(`${baseURL}/?lang=en&id=${illustrative}`);
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
	assert.match(
		await page.locator('[data-testid="roster-mismatch"]').innerText(),
		/made with the illustrative data/
	);
	await page.goto(`${baseURL}/?lang=en&id=${same}`);
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
	assert.equal(await page.locator('[data-testid="roster-mismatch"]').count(), 0);
});

test('headcounts per unit generate a roster, said to be generated', async ({ page, baseURL }) => {
	await openData(page, baseURL, 'en');
	const table = page.locator('[data-testid="counts"]');
	// The table starts from the illustrative roster's counts; rename a unit, break a sum.
	await table.getByLabel('Name of unit 2').fill('Bidang Anggaran dan Belanja');
	const s1 = table.locator('[data-cell="education.S1"][data-unit-index="0"]');
	const s1Value = await s1.inputValue();
	await s1.fill(String(Number(s1Value) + 1));
	await table.getByRole('button', { name: 'Generate staff data from these counts' }).click();
	assert.match(
		await page.locator('[data-testid="counts-issues"]').innerText(),
		/Unit 1 \(Sekretariat\), Highest education: adds up to 31, but the unit has 30 staff\./
	);
	assert.equal(await fingerprintShown(page), 'illustrative', 'nothing generated yet');
	await s1.fill(s1Value);
	await table.getByRole('button', { name: 'Generate staff data from these counts' }).click();

	const counts = rosterToCounts(bontangRoster());
	counts.units[1].name = 'Bidang Anggaran dan Belanja';
	const expected = rosterFingerprint(countsToRoster(counts));
	await page.waitForSelector(`[data-testid="baseline-box"][data-fingerprint="${expected}"]`);
	assert.equal(await page.getAttribute('[data-testid="baseline"]', 'data-kind'), 'generated');
	assert.equal(await page.getAttribute('[data-testid="baseline"]', 'data-people'), '150');
	assert.match(
		await page.locator('[data-testid="roster-status"]').innerText(),
		/Generated from the headcounts table .* not actual person-level data/
	);
	assert.match(
		await page.locator('[data-testid="counts-note"]').innerText(),
		/not actual person-level data/
	);

	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Planner' })
		.click();
	await page.waitForSelector(`[data-testid="results"][data-shown-roster="${expected}"]`);
	assert.match(
		await page.locator('[data-testid="roster-banner"]').innerText(),
		/150 people, 5 units .*generated from headcounts per unit/
	);
	assert.ok(
		await page
			.getByRole('slider', { name: 'Training coverage — Bidang Anggaran dan Belanja' })
			.isVisible()
	);
});

test('removing the data goes back to the illustrative roster, also after a reload', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'en');
	await importValid(page);
	page.once('dialog', (d) => void d.accept());
	await page.locator('[data-testid="roster-remove"]').click();
	await page.waitForSelector('[data-testid="roster-status"][data-state="none"][data-ready="true"]');
	assert.equal(await fingerprintShown(page), 'illustrative');
	assert.equal(await page.getAttribute('[data-testid="baseline"]', 'data-kind'), 'illustrative');
	await page.reload();
	await page.waitForSelector('[data-testid="roster-status"][data-state="none"][data-ready="true"]');

	await page.goto(`${baseURL}/?lang=en`);
	await page.waitForSelector('[data-testid="results"][data-ready="true"]');
	const banner = page.locator('[data-testid="roster-banner"]');
	assert.equal(await banner.getAttribute('data-roster'), 'illustrative');
	assert.match(await banner.innerText(), /Illustrative data/);
	assert.ok(
		await page.getByRole('slider', { name: 'Training coverage — Bidang Anggaran' }).isVisible()
	);
});

test('the planner can go back to the illustrative data and use the own data again', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'en');
	await importValid(page);
	await page.goto(`${baseURL}/?lang=en`);
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
	await page.getByRole('button', { name: 'back to the illustrative data' }).click();
	await page.waitForSelector('[data-testid="results"][data-shown-roster="default"]');
	assert.equal(
		await page.getAttribute('[data-testid="roster-banner"]', 'data-roster'),
		'illustrative'
	);
	await page.getByRole('button', { name: 'Use your own staff data again (12 people)' }).click();
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
});

test('a stored roster changed outside the app is refused', async ({ page, baseURL }) => {
	await openData(page, baseURL, 'en');
	await importValid(page);
	// Someone edits the stored record: one person's rating, the fingerprint left as it was.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('ipasn-simulator', 1);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = () => db.transaction('roster', 'readwrite').objectStore('roster');
		const record = await new Promise<{ csv: string }>((resolve) => {
			const get = store().get('own');
			get.onsuccess = () => resolve(get.result);
		});
		record.csv = record.csv.replace('sangat_baik', 'buruk');
		await new Promise((resolve) => {
			const put = store().put(record, 'own');
			put.onsuccess = resolve;
		});
		db.close();
	});
	await page.reload();
	await page.waitForSelector('[data-testid="roster-status"][data-state="none"][data-ready="true"]');
	assert.match(
		await page.locator('[data-testid="roster-status"]').innerText(),
		/damaged or changed outside the app/
	);
	assert.equal(await fingerprintShown(page), 'illustrative');
});

test('the data page has no serious or critical accessibility violations', async ({
	page,
	baseURL
}) => {
	for (const lang of ['id', 'en']) {
		await openData(page, baseURL, lang);
		if (lang === 'id') await importValid(page);
		await page.locator('[data-testid="people-details"] summary').click();
		await page.locator('[data-testid="people-table"]').waitFor();
		await page.locator('[data-chart="score-histogram"] .table-toggle').click();
		await page.locator('details.columns summary').click();
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], `${lang}: ${describeViolations(violations)}`);
	}
});

test('the data page and the planner fit a 390 px phone', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openData(page, baseURL, 'id');
	await importValid(page);
	await page.locator('[data-testid="people-details"] summary').click();
	await page.locator('details.columns summary').click();
	const dataWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(dataWidth <= 390, `no sideways scrolling on /data (content ${dataWidth}px)`);
	await page.goto(`${baseURL}/?lang=id`);
	await page.waitForSelector(
		`[data-testid="results"][data-shown-roster="${EXPECTED.fingerprint}"]`
	);
	const plannerWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	assert.ok(plannerWidth <= 390, `no sideways scrolling on / (content ${plannerWidth}px)`);
});

test('a Windows-1252 file from older Excel reads right, and a workbook is refused', async ({
	page,
	baseURL
}) => {
	await openData(page, baseURL, 'en');
	// Older Excel: no byte-order mark, "–" is byte 0x96 and "é" 0xE9.
	const body = rows().map((r) => [...r]);
	for (const r of body) if (r[3] === 'Bidang Retribusi') r[3] = 'Bidang Retribusi – Café';
	const text = excelCsv(body).replace(/^\uFEFF/, '');
	const cp1252 = Buffer.from(
		Array.from(text, (c) => (c === '–' ? 0x96 : c === 'é' ? 0xe9 : c.charCodeAt(0)))
	);
	await page.setInputFiles('[data-testid="roster-file"]', {
		name: 'pegawai-excel-lama.csv',
		mimeType: 'text/csv',
		buffer: cp1252
	});
	await page.waitForSelector('[data-testid="import-result"][data-outcome="ok"]');
	const notices = await page.locator('[data-testid="import-notices"] li').allInnerTexts();
	assert.ok(
		notices.some((n) => /read as Windows-1252/.test(n)),
		`says how it read the file: ${notices.join(' | ')}`
	);
	await page.getByText('Bidang Retribusi – Café').first().waitFor();

	// A workbook whose name says .csv (renamed, or saved with the wrong type): read by its bytes.
	await page.setInputFiles('[data-testid="roster-file"]', {
		name: 'pegawai.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])
	});
	await page.waitForSelector('[data-testid="import-result"][data-outcome="rejected"]');
	const errors = await page.locator('[data-testid="import-errors"] li').allInnerTexts();
	assert.match(
		errors.join('\n'),
		/looks like an Excel workbook \(\.xlsx\) but could not be opened/
	);
	// The accepted roster stays in use: a refused file changes nothing.
	await page.getByText('Bidang Retribusi – Café').first().waitFor();
});
