/**
 * The decision page works on the planner's scenario and staff data, in a real browser: it
 * names the agency, the saved scenario and the staff data at the top; with the agency's own
 * roster imported on /data, the sensitivity's base is the index the planner projects for that
 * roster in the target year, goal seek answers for that roster, and the optimiser and the
 * rotation schedule list that roster's units under the agency's names.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { project } from '../../src/lib/engine/projection';
import type { Roster } from '../../src/lib/engine/roster';
import { parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { BONTANG_AGENCY } from '../../src/lib/scenario/agency';
import { goalSeek } from '../../src/lib/scenario/goalSeek';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { defaultScenario, numberInput, type Scenario } from '../../src/lib/scenario/scenario';
import { scenarioToSearchParams } from '../../src/lib/scenario/urlCodec';
import { describeViolations, runAxe, useApp } from './harness';

const test = useApp();

/** The draws of the planner and the decision page (`PLANNER_DRAWS`). */
const PLANNER_DRAWS = 200;

/** Six people in three units, as Excel writes CSV in Indonesian. */
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
const ROSTER: Roster = (() => {
	const parsed = parseRosterCsv(ROSTER_CSV);
	assert.ok(parsed.ok, 'the test roster parses');
	return parsed.roster;
})();
const FINGERPRINT = rosterFingerprint(ROSTER);

/** Another agency, with the study's figures for the rest, and a name of its own for one unit. */
const SCENARIO: Scenario = {
	...defaultScenario(),
	agency: {
		...BONTANG_AGENCY,
		name: 'Dinas Pendidikan Contoh',
		unitNames: { [ROSTER.units[0].id]: 'Sekretariat Dinas' }
	}
};
const QUERY = scenarioToSearchParams(SCENARIO).toString();
const TARGET_YEAR = numberInput(SCENARIO.inputs, 'targetYear');

/** The target year's median index as the planner projects it (200 draws) on `roster`. */
function plannerIndex(roster?: Roster): number {
	const result = project(resolveScenario(SCENARIO, { roster, draws: PLANNER_DRAWS }));
	const year = result.years.find((y) => y.year === TARGET_YEAR);
	assert.ok(year?.index, `the projection has ${TARGET_YEAR}`);
	return year.index.p50;
}

/** Imports the roster on /data (a file chosen before hydration is not seen: retried). */
async function importRoster(page: Page, baseURL: string): Promise<void> {
	await page.goto(`${baseURL}/data?lang=en`);
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
}

/** The sensitivity's base index once it is done for `roster` ('default': illustrative). */
async function sensitivityBase(page: Page, roster: string): Promise<number> {
	const done = page.locator(
		`[data-testid="sensitivity"][data-state="done"][data-roster="${roster}"]`
	);
	await done.waitFor({ timeout: 90_000 });
	return Number(await done.getAttribute('data-base'));
}

test('a saved scenario on the illustrative staff data: named at the top, projected on them', async ({
	page,
	baseURL
}) => {
	const response = await fetch(`${baseURL}/api/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			name: 'Rencana Dinas 2027',
			seed: SCENARIO.seed,
			inputs: SCENARIO.inputs,
			agency: SCENARIO.agency
		})
	});
	assert.equal(response.status, 201, await response.clone().text());
	const saved = (await response.json()) as { id: string; version: number };

	// `?id=` alone: the saved scenario as stored, as the planner opens it.
	await page.goto(`${baseURL}/decide?id=${saved.id}&lang=en`);
	const context = page.getByTestId('scenario-context');
	await context.filter({ hasText: 'illustrative (150 people' }).waitFor();
	const text = await context.innerText();
	assert.match(text, /Agency:\s*Dinas Pendidikan Contoh/);
	assert.match(text, /Scenario:\s*Rencana Dinas 2027/);
	const edit = await context.getByRole('link', { name: 'Edit agency data' }).getAttribute('href');
	assert.ok(edit, 'a link to the agency data');
	const editParams = new URL(edit, baseURL).searchParams;
	assert.equal(new URL(edit, baseURL).pathname, '/agency');
	assert.equal(editParams.get('id'), saved.id);
	assert.equal(editParams.get('rev'), String(saved.version));
	assert.equal(editParams.get('a.name'), 'Dinas Pendidikan Contoh');

	const base = await sensitivityBase(page, 'default');
	assert.ok(Math.abs(base - plannerIndex()) < 1e-9, `base ${base} = ${plannerIndex()}`);
	// The rotation schedule lists the illustrative roster's units.
	const header = await page.locator('[data-testid="rotation-table"] thead').innerText();
	assert.match(header, /Bidang Perbendaharaan/);
});

test("the agency's own roster: context, sensitivity, goal seek, optimiser and rotation use it", async ({
	page,
	baseURL
}) => {
	await importRoster(page, baseURL);
	await page.goto(`${baseURL}/decide?${QUERY}&lang=en`);
	const context = page.getByTestId('scenario-context');
	await context.filter({ hasText: "the agency's own (6 people, 3 units)" }).waitFor();
	const text = await context.innerText();
	assert.match(text, /Agency:\s*Dinas Pendidikan Contoh/);
	assert.match(text, /Scenario:\s*unsaved/);

	// The sensitivity's base is the planner's index for this roster, not the illustrative one's.
	const base = await sensitivityBase(page, FINGERPRINT);
	const expected = plannerIndex(ROSTER);
	assert.ok(Math.abs(base - expected) < 1e-9, `base ${base} = planner's ${expected}`);
	assert.notEqual(expected, plannerIndex(), 'the two rosters give different indexes');

	// Goal seek answers for this roster: what goalSeek gives on it.
	const target = 80;
	await page.getByLabel('Target index').fill(String(target));
	await page.getByLabel('Year', { exact: true }).selectOption(String(TARGET_YEAR));
	await page.getByLabel('Median (50 % chance)').check();
	await page.getByRole('button', { name: 'Find the share' }).click();
	const answer = page.locator(
		`[data-testid="goal-answer"][data-state="done"][data-roster="${FINGERPRINT}"]`
	);
	await answer.waitFor({ timeout: 90_000 });
	const seek = goalSeek(SCENARIO, {
		target,
		year: TARGET_YEAR,
		probability: 0.5,
		draws: PLANNER_DRAWS,
		roster: ROSTER,
		rosterKey: FINGERPRINT
	});
	if (seek.reachable) {
		const share = Number(await answer.getByTestId('goal-share').getAttribute('data-share'));
		assert.equal(share, seek.share);
	} else {
		await answer.getByTestId('goal-unreachable').waitFor();
	}

	// The rotation schedule: this roster's units, under the agency's names.
	const header = await page.locator('[data-testid="rotation-table"] thead').innerText();
	assert.match(header, /Sekretariat Dinas/);
	assert.match(header, /Bidang Anggaran/);
	assert.match(header, /Bidang Aset/);
	assert.doesNotMatch(header, /Perbendaharaan/);

	// The optimiser: one coverage per unit of this roster, named as the agency names them.
	const optimiser = page.getByTestId('optimiser');
	await optimiser.getByRole('button', { name: 'Find the best allocation' }).click();
	const result = optimiser.getByTestId('optimiser-result');
	await result.waitFor({ timeout: 90_000 });
	const coverage = await result
		.locator('[data-testid="optimiser-plan"] tr[data-input-id^="coverage."]')
		.count();
	assert.equal(coverage, ROSTER.units.length, 'one coverage row per unit of the own roster');
	const units = await result.getByTestId('marginal-unit').innerText();
	assert.match(units, /Sekretariat Dinas/);
	assert.doesNotMatch(units, /Perbendaharaan/);

	const violations = await runAxe(page);
	assert.deepEqual(violations, [], describeViolations(violations));
});
