/**
 * Another agency's planner, as a new user walks it: 30 staff in 4 units imported on /data,
 * the agency's name, ceilings, spending and a recorded result entered on /agency, a budget
 * typed in Rupiah on the planner — then every page (planner, decide, data, report, compare,
 * meeting) names that agency and projects on its roster and ceilings. A target year before the
 * first planning year is refused with a clear error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { after } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { nextBudgetYear } from '../../src/lib/scenario/agency';
import { describeViolations, runAxe, useApp } from './harness';
import { andProjection, openPlanner } from './plannerPage';

const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-agency-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();
after(() => rmSync(DATABASE_DIR, { recursive: true, force: true }));

const AGENCY = 'Dinas Pendidikan Kota Contoh';
const UNITS = ['Sekretariat Dinas', 'Bidang SD', 'Bidang SMP', 'Bidang PAUD'];
const RENAMED = 'Bidang Pendidikan Dasar';
const PLAN_YEAR = nextBudgetYear(new Date());
const ROSTER_YEAR = PLAN_YEAR - 1;

/** 30 staff in 4 units, as a small agency's Excel export. */
function rosterCsv(): string {
	const header = [
		'ID',
		'Unit Kerja',
		'Jenis Jabatan',
		'Pendidikan',
		'Diklat Kepemimpinan',
		'Diklat Fungsional',
		'Seminar 2 Tahun',
		'JP Teknis Setahun',
		'Predikat SKP',
		'Hukuman Disiplin'
	];
	const posts = ['struktural', 'fungsional', 'pelaksana', 'pelaksana', 'pelaksana'];
	const education = ['S1', 'S2', 'D-III', 'SMA', 'S1'];
	const rows = Array.from({ length: 30 }, (_, i) => [
		`DIK-${String(i + 1).padStart(3, '0')}`,
		UNITS[i % UNITS.length],
		posts[i % posts.length],
		education[i % education.length],
		i % 5 === 0 ? 'ya' : 'tidak',
		i % 5 === 1 ? 'ya' : 'tidak',
		i % 3 === 0 ? 'tidak' : 'ya',
		i % 4 === 0 ? '24' : '0',
		i % 6 === 0 ? 'Sangat Baik' : 'Baik',
		'tidak ada'
	]);
	return [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

const CSV = rosterCsv();
const FINGERPRINT = (() => {
	const parsed = parseRosterCsv(CSV);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return rosterFingerprint(parsed.roster);
})();

async function importRoster(page: Page, baseURL: string): Promise<void> {
	await page.goto(`${baseURL}/data?lang=id`);
	await page.waitForSelector('[data-testid="baseline"]');
	await page.setInputFiles('[data-testid="roster-file"]', {
		name: 'pegawai-dinas.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(CSV, 'utf8')
	});
	await page.waitForSelector(
		`[data-testid="baseline-box"][data-fingerprint="${FINGERPRINT}"] [data-testid="baseline"]`
	);
}

const context = (page: Page) => page.locator('[data-testid="scenario-context"]').first();

/** Fills the agency form as a planner of another agency would. */
async function enterAgency(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Instansi baru (kosong)' }).click();
	await page.getByLabel('Nama instansi').fill(AGENCY);
	await page.getByLabel('Tahun data pegawai (roster)').fill(String(ROSTER_YEAR));
	const cell = (column: string, year: number) =>
		page.getByRole('textbox', { name: `${column} ${year}`, exact: true });
	await cell('Pagu OPD (Rp)', ROSTER_YEAR).fill('12 M');
	await cell('Anggaran pengembangan (Rp)', ROSTER_YEAR).fill('90 jt');
	await cell('Pagu OPD (Rp)', PLAN_YEAR).fill('12.500.000.000');
	await page.getByRole('button', { name: 'Tambah tahun' }).nth(1).click();
	await cell('IPASN', ROSTER_YEAR).fill('64,2');
	await cell('Sumber', ROSTER_YEAR).last().fill('BKN, laporan IP ASN');
	await page.getByLabel(`Nama unit ${UNITS[1]}`).fill(RENAMED);
}

test('another agency: its name, ceilings and units on every page', async ({ page, baseURL }) => {
	await importRoster(page, baseURL);
	await openPlanner(page, `${baseURL}/?lang=id`);
	await page.waitForSelector(`[data-testid="results"][data-shown-roster="${FINGERPRINT}"]`);

	// The default plan starts with the next budget year, never a year that has happened.
	assert.match(await context(page).innerText(), /BPKAD Kota Bontang/);
	await page.getByRole('link', { name: 'Ubah data instansi' }).click();
	await page.waitForURL(/\/agency\?/);
	await page.getByLabel('Tahun rencana pertama').waitFor();
	assert.equal(await page.getByLabel('Tahun rencana pertama').inputValue(), String(PLAN_YEAR));

	await enterAgency(page);
	// A target before the plan starts is refused, naming the field; nothing is applied.
	await page.getByLabel('Tahun target').fill(String(PLAN_YEAR - 1));
	await page.getByRole('button', { name: 'Terapkan dan buka perencana' }).click();
	const targetProblem = page
		.locator('[role="alert"]')
		.filter({ hasText: /sebelum tahun rencana pertama/ });
	await targetProblem.waitFor();
	assert.match(await targetProblem.innerText(), new RegExp(`pilih ${PLAN_YEAR} atau sesudahnya`));
	assert.match(page.url(), /\/agency\?/);
	const violations = await runAxe(page);
	assert.deepEqual(violations, [], describeViolations(violations));

	await page.getByLabel('Tahun target').fill(String(PLAN_YEAR + 2));
	await page.getByRole('button', { name: 'Terapkan dan buka perencana' }).click();
	await page.waitForURL((url) => url.pathname === '/' && url.search.includes('a.name='));
	await page.waitForSelector(`[data-testid="results"][data-shown-roster="${FINGERPRINT}"]`);

	// The planner: the agency's name, its own roster, its ceiling in Rupiah, its unit names.
	assert.match(await page.locator('h1').innerText(), new RegExp(AGENCY));
	const line = await context(page).innerText();
	assert.match(line, new RegExp(AGENCY));
	assert.match(line, /milik instansi \(30 pegawai, 4 unit\)/);
	const rupiah = page.getByRole('textbox', {
		name: `Porsi anggaran pengembangan ${PLAN_YEAR} dalam Rupiah`
	});
	// The default share (0,69 %) of the agency's own 2027 ceiling, Rp 12,5 M.
	assert.equal(await rupiah.inputValue(), 'Rp 86.250.000');
	// "We have Rp 600 jt": the share follows.
	await andProjection(page, async () => {
		await rupiah.fill('Rp 600 jt');
		await rupiah.press('Enter');
	});
	const share = page.getByRole('slider', { name: /^Porsi anggaran pengembangan$/ }).first();
	assert.equal(Number(await share.inputValue()), 4.8);
	assert.equal(await rupiah.inputValue(), 'Rp 600.000.000');
	assert.ok(
		(await page.getByText(RENAMED).count()) > 0,
		'the coverage controls use the agency name'
	);
	// The chart: the start is the roster's own score; the recorded result is a point of its own.
	const chart = page.locator('[data-chart="projection"]');
	assert.doesNotMatch(await chart.innerText(), /kajian/);
	await chart.locator(`[data-recorded="${ROSTER_YEAR}"]`).waitFor({ state: 'attached' });

	// /decide and /data name the scenario and the agency.
	const query = new URL(page.url()).search;
	await page.goto(`${baseURL}/decide${query}`);
	assert.match(await context(page).innerText(), new RegExp(AGENCY));
	await page.goto(`${baseURL}/data${query}`);
	await page.waitForSelector('[data-testid="baseline"]');
	assert.match(await context(page).innerText(), new RegExp(AGENCY));

	// Saved with its roster stored, the scenario reads the same on report, compare and meeting.
	await openPlanner(page, `${baseURL}/${query}`);
	await page.waitForSelector(`[data-testid="results"][data-shown-roster="${FINGERPRINT}"]`);
	const bar = page.locator('[data-testid="scenario-bar"]');
	await bar.getByRole('button', { name: /^Simpan sebagai/ }).click();
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.waitFor();
	await dialog.getByLabel('Nama').fill('Rencana dinas');
	const store = dialog.getByRole('checkbox', { name: /Simpan juga data pegawai/ });
	if ((await store.count()) > 0) await store.check();
	await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
	await dialog.waitFor({ state: 'detached' });
	await page.waitForFunction(() =>
		document.querySelector('[data-testid="scenario-bar"]')?.getAttribute('data-scenario-id')
	);
	const id = await bar.getAttribute('data-scenario-id');
	const saved = (await (await fetch(`${baseURL}/api/scenarios/${id}`)).json()) as {
		agency?: { name: string };
	};
	assert.equal(saved.agency?.name, AGENCY, 'the API returns the agency');

	for (const path of [`/report/${id}`, `/compare?ids=${id}`, `/meeting?ids=${id}`]) {
		await page.goto(`${baseURL}${path}${path.includes('?') ? '&' : '?'}lang=id`);
		await context(page).waitFor();
		assert.match(await context(page).innerText(), new RegExp(AGENCY), path);
	}
});

test('old links and the default scenario: Bontang, the city figure said to be the city’s', async ({
	page,
	baseURL
}) => {
	// A link of the first agency-less schema opens with its own years (first 2023, target 2026).
	await openPlanner(page, `${baseURL}/?v=1.0.0&s=1&i.trainingBudgetShare=1.2&lang=en`);
	await page.waitForFunction(() => location.search.includes('s=2'));
	assert.match(page.url(), /i\.firstPlanningYear=2023/);
	assert.match(page.url(), /i\.targetYear=2026/);
	await page.goto(`${baseURL}/agency?lang=en`);
	await page.getByLabel('Agency name').waitFor();
	assert.equal(await page.getByLabel('Agency name').inputValue(), 'BPKAD Kota Bontang');
	assert.match(
		await page.locator('.note').first().innerText(),
		/Kota Bontang city government's \(every agency\), not BPKAD's own/
	);
	assert.equal(await page.getByRole('combobox', { name: 'Scope 2021' }).inputValue(), 'city');
});
