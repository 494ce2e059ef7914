/**
 * Saving a scenario made with an imported roster, in a real browser: the save dialog offers
 * "Also store the staff data on the server", unticked, with a notice saying what, where and
 * who; unticked, the scenario records the roster's fingerprint and no staff data leaves the
 * browser; ticked, the roster is stored (gzip) before the scenario.
 *
 * Needs the planner page to hand the roster in use to `ScenarioBar` (its `roster` prop, see
 * `src/lib/ui/scenarios/activeRoster.ts`); until it does, the tests are skipped and say why.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { describeViolations, launchBrowser, runAxe, startServer, type AppServer } from './harness';

// A database of this file's own; writes and roster reads need no planner token.
const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-roster-save-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

/** Excel's Indonesian dialect: BOM, `;`, decimal commas, CRLF, Indonesian headers. */
const ROSTER_CSV =
	'\ufeffid;unit_kerja;jenis_jabatan;pendidikan;diklat_kepemimpinan;diklat_fungsional;' +
	'seminar_2_tahun;jp_teknis_setahun;predikat_skp;hukuman_disiplin\r\n' +
	[
		'A1;Sekretariat;struktural;S2;ya;tidak;ya;24;sangat_baik;tidak_ada',
		'A2;Sekretariat;pelaksana;SLTA;tidak;tidak;tidak;8;cukup;ringan',
		'A3;Bidang Anggaran;fungsional;S1;tidak;ya;tidak;22,5;baik;tidak_ada',
		'A4;Bidang Anggaran;pelaksana;D3;tidak;tidak;ya;12;baik;tidak_ada',
		'A5;Bidang Aset;struktural;S1;ya;tidak;ya;30;baik;tidak_ada',
		'A6;Bidang Aset;pelaksana;SLTA;tidak;tidak;tidak;0;kurang;sedang'
	].join('\r\n') +
	'\r\n';
const FINGERPRINT = (() => {
	const parsed = parseRosterCsv(ROSTER_CSV);
	assert.ok(parsed.ok, 'the test roster parses');
	return rosterFingerprint(parsed.roster);
})();

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

/** A fresh page with the roster imported on /data and the planner open (English). */
async function plannerWithRoster(): Promise<{ page: Page; baseURL: string; puts: string[] }> {
	if (!server || !browser) throw new Error('the app or the browser failed to start');
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	const page = await context.newPage();
	const puts: string[] = [];
	page.on('request', (request) => {
		if (request.method() === 'PUT' && request.url().includes('/api/rosters/')) {
			puts.push(request.url());
		}
	});
	await page.goto(`${server.baseURL}/data?lang=en`);
	// A file chosen before the page has hydrated is not seen: choose it again until it is.
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
	await page.goto(`${server.baseURL}/?lang=en`);
	await page.waitForSelector(
		`[data-testid="results"][data-ready="true"][data-shown-roster="${FINGERPRINT}"]`
	);
	return { page, baseURL: server.baseURL, puts };
}

const bar = (page: Page) => page.locator('[data-testid="scenario-bar"]');

/** Opens "Save as…"; false when the planner page does not offer the roster choice yet. */
async function openSaveAs(page: Page): Promise<boolean> {
	await bar(page).getByRole('button', { name: 'Save as…' }).click();
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.waitFor();
	return (await dialog.locator('[data-testid="roster-choice"]').count()) > 0;
}

async function submit(page: Page, name: string): Promise<string> {
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.getByLabel('Name').fill(name);
	await dialog.getByRole('button', { name: 'Save', exact: true }).click();
	await dialog.waitFor({ state: 'detached' });
	await page
		.locator('[data-testid="scenario-status"]')
		.filter({ hasText: /Saved as/ })
		.waitFor();
	const id = await bar(page).getAttribute('data-scenario-id');
	assert.ok(id, 'the bar names the saved scenario');
	return id;
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(url);
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const NOT_WIRED =
	'the planner page does not pass the roster in use to ScenarioBar yet (its `roster` prop)';

test('unticked (the default): the fingerprint is recorded, no staff data is sent', async (t: TestContext) => {
	const { page, baseURL, puts } = await plannerWithRoster();
	try {
		if (!(await openSaveAs(page))) {
			t.skip(NOT_WIRED);
			return;
		}
		const choice = page.locator('[data-testid="roster-choice"]');
		const box = choice.getByRole('checkbox', { name: 'Also store the staff data on the server' });
		assert.equal(await box.isChecked(), false, 'unticked by default');
		const notice = await choice.locator('[data-testid="roster-notice"]').innerText();
		assert.match(notice, /every person, the id, unit, post type, education, training/);
		assert.match(notice, /6 people, 3 units/);
		assert.match(notice, /Where: this server’s database/);
		assert.match(notice, /Who can read it: anyone who can reach this server/);
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));

		const id = await submit(page, 'Roster tetap di peramban');
		await page
			.locator('[data-testid="scenario-status"]')
			.filter({ hasText: /The staff data stays in this browser/ })
			.waitFor();
		assert.deepEqual(puts, [], 'no roster was sent');
		const saved = await getJson(`${baseURL}/api/scenarios/${id}`);
		assert.equal(saved.body.rosterFingerprint, FINGERPRINT);
		assert.equal((await getJson(`${baseURL}/api/rosters/${FINGERPRINT}`)).status, 404);
	} finally {
		await page.context().close();
	}
});

test('ticked: the roster is stored on the server, then the scenario', async (t: TestContext) => {
	const { page, baseURL, puts } = await plannerWithRoster();
	try {
		if (!(await openSaveAs(page))) {
			t.skip(NOT_WIRED);
			return;
		}
		await page
			.locator('[data-testid="roster-choice"]')
			.getByRole('checkbox', { name: 'Also store the staff data on the server' })
			.check();
		const id = await submit(page, 'Roster disimpan');
		await page
			.locator('[data-testid="scenario-status"]')
			.filter({ hasText: /The staff data \(6 people\) is stored on the server/ })
			.waitFor();
		assert.equal(puts.length, 1, 'one roster upload');
		assert.ok(puts[0].endsWith(`/api/rosters/${FINGERPRINT}`));
		const stored = await getJson(`${baseURL}/api/rosters/${FINGERPRINT}`);
		assert.equal(stored.status, 200);
		assert.equal(stored.body.people, 6);
		assert.equal(stored.body.units, 3);
		assert.doesNotMatch(String(stored.body.csv), /pegawai\.csv/);
		const saved = await getJson(`${baseURL}/api/scenarios/${id}`);
		assert.equal(saved.body.rosterFingerprint, FINGERPRINT);
	} finally {
		await page.context().close();
	}
});
