/**
 * Staff ids that look like NIPs are never stored on the server: saving a scenario with an
 * imported roster whose ids are 18-digit NIPs, the planner ticks "store the staff data" and is
 * offered (by keyboard) to replace the ids with row numbers first; the roster stored is the
 * numbered one, the scenario names its new fingerprint, and the planner goes on with it.
 * Declining the offer gets the server's refusal, in the page's language, and stores nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { withRowNumberIds } from '../../src/lib/rosterFiles/personalIds';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { describeViolations, launchBrowser, runAxe, startServer, type AppServer } from './harness';

const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-nip-ids-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

const NIPS = [
	'198001012005011001',
	'198502142010012002',
	'197703302000031003',
	'199001012015032004',
	'198811112012121005'
];
const ROSTER_CSV =
	'id,unit,post_type,education,leadership_training,functional_training,' +
	'seminar_last_2_years,technical_jp_last_year,skp_rating,punishment\n' +
	[
		`${NIPS[0]},Sekretariat,structural,S2,yes,no,yes,24,sangat_baik,none`,
		`${NIPS[1]},Sekretariat,pelaksana,SLTA,no,no,no,8,cukup,ringan`,
		`${NIPS[2]},Bidang Anggaran,functional,S1,no,yes,no,22.5,baik,none`,
		`P004,Bidang Anggaran,pelaksana,D3,no,no,yes,12,baik,none`,
		`${NIPS[3]},Bidang Aset,structural,S1,yes,no,yes,30,baik,none`,
		`${NIPS[4]},Bidang Aset,pelaksana,SLTA,no,no,no,0,kurang,sedang`
	].join('\n') +
	'\n';
const ROSTER = (() => {
	const parsed = parseRosterCsv(ROSTER_CSV);
	assert.ok(parsed.ok, 'the test roster parses');
	return parsed.roster;
})();
const FINGERPRINT = rosterFingerprint(ROSTER);
const NUMBERED = rosterFingerprint(withRowNumberIds(ROSTER));

let server: AppServer | undefined;
let browser: Browser | undefined;

before(async () => {
	server = await startServer();
	browser = await launchBrowser();
});

after(async () => {
	await browser?.close().catch(() => {});
	await server?.stop();
	rmSync(DATABASE_DIR, { recursive: true, force: true });
});

/** A fresh page with the roster imported on /data and the planner open in `lang`. */
async function plannerWithRoster(lang: 'en' | 'id'): Promise<{ page: Page; baseURL: string }> {
	if (!server || !browser) throw new Error('the app or the browser failed to start');
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	const page = await context.newPage();
	await page.goto(`${server.baseURL}/data?lang=${lang}`);
	await page.waitForLoadState('networkidle');
	const own = page.locator('[data-testid="roster-status"][data-state="own"]');
	for (let attempt = 0; attempt < 5 && !(await own.count()); attempt++) {
		await page.locator('[data-testid="roster-drop"] input[type="file"]').setInputFiles({
			name: 'pegawai.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(ROSTER_CSV)
		});
		await own.waitFor({ timeout: 3_000 }).catch(() => {});
	}
	await own.waitFor();
	await page.goto(`${server.baseURL}/?lang=${lang}`);
	await page.waitForSelector(
		`[data-testid="results"][data-ready="true"][data-shown-roster="${FINGERPRINT}"]`
	);
	return { page, baseURL: server.baseURL };
}

const bar = (page: Page) => page.locator('[data-testid="scenario-bar"]');

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(url);
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('NIP ids: the save dialog offers row numbers; the numbered roster is stored and named', async () => {
	const { page, baseURL } = await plannerWithRoster('en');
	try {
		await bar(page).getByRole('button', { name: 'Save as…' }).click();
		const dialog = page.locator('[data-testid="name-dialog"]');
		await dialog.waitFor();
		await dialog.getByLabel('Name').fill('Nomor baris');
		assert.equal(await dialog.locator('[data-testid="nip-ids"]').count(), 0, 'not before ticking');

		// By keyboard: Space ticks "store", Tab reaches the offer, already ticked.
		await dialog.locator('[data-testid="store-roster"]').focus();
		await page.keyboard.press('Space');
		const offer = dialog.locator('[data-testid="nip-ids"]');
		await offer.waitFor();
		assert.match(await offer.innerText(), /5 staff ids look like a NIP \(18 digits\) or NIK/);
		const renumber = offer.getByRole('checkbox', {
			name: 'Replace the ids with row numbers (1 to 6) before storing'
		});
		await page.keyboard.press('Tab');
		assert.ok(await renumber.evaluate((el) => el === document.activeElement), 'Tab reaches it');
		assert.equal(await renumber.isChecked(), true, 'the offer is made ticked');
		// Declined and taken back by keyboard: the help says what each choice does.
		await page.keyboard.press('Space');
		assert.match(await offer.innerText(), /the server refuses to store these staff data/);
		await page.keyboard.press('Space');
		assert.match(await offer.innerText(), /your original file is unchanged/);
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));

		await dialog.getByRole('button', { name: 'Save', exact: true }).click();
		await dialog.waitFor({ state: 'detached' });
		await page
			.locator('[data-testid="scenario-status"]')
			.filter({ hasText: /The staff data \(6 people\) is stored on the server/ })
			.waitFor();
		const id = await bar(page).getAttribute('data-scenario-id');
		assert.ok(id);

		const saved = await getJson(`${baseURL}/api/scenarios/${id}`);
		assert.equal(saved.body.rosterFingerprint, NUMBERED, 'the scenario names the numbered roster');
		assert.notEqual(NUMBERED, FINGERPRINT);
		const stored = await getJson(`${baseURL}/api/rosters/${NUMBERED}`);
		assert.equal(stored.status, 200);
		const csv = String(stored.body.csv);
		for (const nip of NIPS) assert.ok(!csv.includes(nip), `${nip} is not stored`);
		assert.deepEqual(
			csv
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split(',')[0]),
			['1', '2', '3', '4', '5', '6']
		);
		assert.equal((await getJson(`${baseURL}/api/rosters/${FINGERPRINT}`)).status, 404);
		// The planner goes on with the numbered roster.
		await page.waitForSelector(
			`[data-testid="results"][data-ready="true"][data-shown-roster="${NUMBERED}"]`
		);
	} finally {
		await page.context().close();
	}
});

test('NIP ids, offer declined (Indonesian): the server refuses, nothing is stored', async () => {
	const { page, baseURL } = await plannerWithRoster('id');
	const puts: number[] = [];
	page.on('response', (response) => {
		if (response.request().method() === 'PUT' && response.url().includes('/api/rosters/')) {
			puts.push(response.status());
		}
	});
	try {
		await bar(page).getByRole('button', { name: 'Simpan sebagai…' }).click();
		const dialog = page.locator('[data-testid="name-dialog"]');
		await dialog.waitFor();
		await dialog.getByLabel('Nama').fill('Tetap NIP');
		await dialog.locator('[data-testid="store-roster"]').check();
		const offer = dialog.locator('[data-testid="nip-ids"]');
		assert.match(await offer.innerText(), /5 id pegawai tampak seperti NIP \(18 angka\)/);
		await offer.locator('[data-testid="renumber-ids"]').uncheck();
		await dialog.locator('button[type="submit"]').click();
		await page
			.getByText(/Id pegawai tampak seperti NIP atau NIK; data pribadi itu tidak disimpan/)
			.waitFor();
		assert.deepEqual(puts, [400]);
		assert.equal((await getJson(`${baseURL}/api/rosters/${FINGERPRINT}`)).status, 404);
		const list = await getJson(
			`${baseURL}/api/scenarios?search=${encodeURIComponent('Tetap NIP')}`
		);
		assert.deepEqual(list.body.scenarios, [], 'the save stopped before the scenario');
	} finally {
		await page.context().close();
	}
});
