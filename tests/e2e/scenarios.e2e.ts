/**
 * Saving, sharing and opening scenarios in a real browser: the planner saves through the API,
 * the list searches, a rename keeps the id, a share link reproduces the headline number in a
 * fresh browser, the unsaved mark follows the screen, a stale save opens the conflict dialog and
 * overwrites nothing, deletion asks first, a JSON file round-trips, a bad one changes nothing.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Page } from 'playwright-core';
import type { SavedScenario } from '../../src/lib/scenario/savedScenario';
import { describeViolations, runAxe, useApp } from './harness';
import { drag, kpiIndex, latestRequest, openPlanner, waitForProjection } from './plannerPage';
import { isoDate, slug } from '../../src/lib/exports/exportContext';
import {
	SCHEMA1_YEAR_DEFAULTS,
	SCHEMA_VERSION,
	calendarYears
} from '../../src/lib/scenario/scenario';

// The harness hands its environment to `node build`: a database of this file's own, so the
// tests neither see nor leave scenarios in ./data, and writes need no planner token.
const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-scenarios-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();
// Registered after useApp's hooks, so it runs once the server has stopped.
after(() => rmSync(DATABASE_DIR, { recursive: true, force: true }));

/** Marks this run's scenarios, so searches find only them. */
const RUN = `e2e-${randomBytes(3).toString('hex')}`;

/**
 * The planning years a scenario made today is kept with: their defaults follow the calendar, so
 * every save, file and link writes them out (today's, computed as the server does).
 */
const YEARS = calendarYears({}) as {
	firstPlanningYear: number;
	targetYear: number;
	endYear: number;
};
/** The same years as a link writes them, in the link's order. */
const YEAR_PARAMS = `i.firstPlanningYear=${YEARS.firstPlanningYear}&i.endYear=${YEARS.endYear}&i.targetYear=${YEARS.targetYear}`;
/** A scenario's stored inputs: `inputs` plus the calendar years. */
const kept = (inputs: Record<string, number | string>) => ({ ...inputs, ...YEARS });

// ── Page helpers ─────────────────────────────────────────────────────────────

const SHARE = /^Training budget share$/;
const share = (page: Page) => page.getByRole('slider', { name: SHARE }).first().inputValue();
const bar = (page: Page) => page.locator('[data-testid="scenario-bar"]');
const unsavedMark = (page: Page) => page.locator('[data-testid="unsaved-mark"]');
const scenarioId = (page: Page) => bar(page).getAttribute('data-scenario-id');

/** Waits until the address bar (debounced) carries `text`. */
async function waitForAddress(page: Page, text: string): Promise<void> {
	await page.waitForFunction((t) => location.search.includes(t), text);
}

/** Waits for the status line to say `pattern` (a save, a rename, a deletion went through). */
async function waitForStatus(page: Page, pattern: RegExp): Promise<void> {
	const status = page.locator('[data-testid="scenario-status"]');
	await status.filter({ hasText: pattern }).waitFor();
}

/** Fills and submits the name dialog (first save, save as, rename, copy). */
async function submitName(page: Page, name: string): Promise<void> {
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.waitFor();
	await dialog.getByLabel('Name').fill(name);
	await dialog.getByRole('button', { name: /^(Save|Rename)$/ }).click();
	await dialog.waitFor({ state: 'detached' });
}

/** "Save as…" with a name; returns the new scenario's id. */
async function saveAs(page: Page, name: string): Promise<string> {
	await bar(page).getByRole('button', { name: 'Save as…' }).click();
	await submitName(page, name);
	await waitForStatus(page, /Saved as/);
	const id = await scenarioId(page);
	assert.ok(id, 'the bar names the saved scenario');
	return id;
}

async function openList(page: Page): Promise<void> {
	const toggle = bar(page).getByRole('button', { name: /Saved scenarios/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await page.locator('[data-testid="scenario-list"]').waitFor();
}

async function search(page: Page, text: string, expectedRows: number): Promise<void> {
	await page.getByRole('searchbox', { name: /Search name/ }).fill(text);
	await page.waitForFunction(
		(n) => document.querySelectorAll('[data-testid="scenario-row"]').length === n,
		expectedRows
	);
}

// ── API helpers (Node's fetch: someone else, in another browser) ─────────────

async function api<T>(baseURL: string, path: string, init?: RequestInit): Promise<T> {
	const response = await fetch(`${baseURL}/api/scenarios${path}`, {
		...init,
		headers: { 'content-type': 'application/json', ...init?.headers }
	});
	if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status}`);
	return (await response.json()) as T;
}

const getScenario = (baseURL: string, id: string) => api<SavedScenario>(baseURL, `/${id}`);
const createScenario = (baseURL: string, body: object) =>
	api<SavedScenario>(baseURL, '', { method: 'POST', body: JSON.stringify(body) });
const updateScenario = (baseURL: string, id: string, body: object) =>
	api<SavedScenario>(baseURL, `/${id}`, { method: 'PUT', body: JSON.stringify(body) });

// ── Tests ────────────────────────────────────────────────────────────────────

test('three saved scenarios are listed, searched, and a rename keeps the id', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const shares = { alpha: 1.1, beta: 1.6, gamma: 2.4 };
	const ids: Record<string, string> = {};
	for (const [name, value] of Object.entries(shares)) {
		await drag(page, SHARE, value);
		ids[name] = await saveAs(page, `${RUN} ${name}`);
	}
	assert.equal(new Set(Object.values(ids)).size, 3, 'three different scenarios');
	for (const [name, value] of Object.entries(shares)) {
		const stored = await getScenario(baseURL, ids[name]);
		assert.equal(stored.name, `${RUN} ${name}`);
		assert.deepEqual(stored.inputs, kept({ trainingBudgetShare: value }));
	}
	// A name with markup in it is shown as text.
	const markup = await createScenario(baseURL, {
		name: `${RUN} <img src=x onerror="document.body.dataset.hacked=1">`,
		inputs: { trainingBudgetShare: 0.9 }
	});

	await openList(page);
	await search(page, RUN, 4);
	const names = await page.locator('[data-testid="scenario-open"]').allInnerTexts();
	for (const name of ['alpha', 'beta', 'gamma']) {
		assert.ok(names.includes(`${RUN} ${name}`), `${name} is listed: ${names.join(' | ')}`);
	}
	assert.ok(names.includes(markup.name), 'the markup name appears literally');
	assert.equal(await page.locator('[data-testid="scenario-list"] img').count(), 0);
	assert.equal(await page.evaluate(() => document.body.dataset.hacked), undefined);

	await search(page, `${RUN} beta`, 1);
	assert.deepEqual(await page.locator('[data-testid="scenario-open"]').allInnerTexts(), [
		`${RUN} beta`
	]);
	await search(page, `${RUN} nothing-like-this`, 0);
	await page.getByText(/No scenario matches/).waitFor();

	// Open beta from the list, then rename it.
	await search(page, `${RUN} beta`, 1);
	await page.getByRole('link', { name: `${RUN} beta` }).click();
	await page.waitForSelector(`[data-testid="scenario-bar"][data-scenario-id="${ids.beta}"]`);
	assert.equal(await share(page), '1.6', 'opening a saved scenario shows its inputs');
	assert.equal(await unsavedMark(page).count(), 0);
	await bar(page).getByRole('button', { name: 'Rename…' }).click();
	await submitName(page, `${RUN} beta renamed`);
	await waitForStatus(page, /Renamed to/);
	assert.equal(await scenarioId(page), ids.beta, 'the id stays');
	assert.equal(
		await page.locator('[data-testid="scenario-name"]').innerText(),
		`${RUN} beta renamed`
	);
	const renamed = await getScenario(baseURL, ids.beta);
	assert.equal(renamed.name, `${RUN} beta renamed`);
	assert.equal(renamed.version, 2);
	assert.deepEqual(renamed.inputs, kept({ trainingBudgetShare: 1.6 }), 'the inputs stay');
});

test('a share link opened in a fresh browser shows exactly the same headline index', async ({
	page,
	baseURL
}) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, SHARE, 1.7);
	await drag(page, /Training coverage — Bidang Anggaran/, 90);
	await page.getByRole('radio', { name: 'Least-covered units first' }).check();
	await waitForAddress(page, 'i.fundingRule=least_covered_first');
	const search = new URL(page.url()).search;
	assert.equal(
		search,
		`?v=1.0.0&s=${SCHEMA_VERSION}&i.trainingBudgetShare=1.7&i.coverage.anggaran=90&i.fundingRule=least_covered_first&${YEAR_PARAMS}`
	);
	await page.waitForFunction(() => {
		const results = document.querySelector<HTMLElement>('[data-testid="results"]');
		return results?.dataset.shownRequest === results?.dataset.latestRequest;
	});
	const headline = await kpiIndex(page);

	await bar(page).getByRole('button', { name: 'Copy link' }).click();
	await page.locator('[data-testid="copy-status"]', { hasText: 'Link copied' }).waitFor();
	const link = await page.locator('[data-testid="share-link"]').inputValue();
	assert.equal(link, page.url());
	assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

	const fresh = await page.context().browser()!.newContext();
	try {
		const other = await fresh.newPage();
		await openPlanner(other, link);
		// No language cookie there: Bahasa Indonesia, so a decimal comma.
		assert.equal((await kpiIndex(other)).replace(',', '.'), headline);
		assert.equal(
			await other.getByRole('slider', { name: /^Porsi anggaran pengembangan$/ }).inputValue(),
			'1.7'
		);
	} finally {
		await fresh.close();
	}
});

test('the unsaved mark appears after a change and goes after saving', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	assert.equal(await unsavedMark(page).count(), 0, 'the status quo is nothing to save');
	await drag(page, SHARE, 1.3);
	await unsavedMark(page).waitFor();
	assert.match(await unsavedMark(page).innerText(), /unsaved changes/);

	await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
	await submitName(page, `${RUN} marked`);
	await waitForStatus(page, /Saved as/);
	await unsavedMark(page).waitFor({ state: 'detached' });
	const id = (await scenarioId(page))!;

	await drag(page, SHARE, 1.45);
	await unsavedMark(page).waitFor();
	await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
	await waitForStatus(page, /saved \(version 2\)/);
	await unsavedMark(page).waitFor({ state: 'detached' });
	assert.deepEqual((await getScenario(baseURL, id)).inputs, kept({ trainingBudgetShare: 1.45 }));

	// Back to the saved value by hand: nothing to save again.
	await drag(page, SHARE, 1.5);
	await unsavedMark(page).waitFor();
	await drag(page, SHARE, 1.45);
	await unsavedMark(page).waitFor({ state: 'detached' });

	// Leaving with unsaved changes: the browser asks first.
	await drag(page, SHARE, 2);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	const asked = new Promise<string>((resolve) =>
		page.once('dialog', (dialog) => {
			resolve(dialog.type());
			void dialog.dismiss();
		})
	);
	void page.evaluate(() => location.reload()).catch(() => {});
	assert.equal(await asked, 'beforeunload');
});

test('a stale save shows the conflict dialog and overwrites nothing', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, SHARE, 1.2);
	const id = await saveAs(page, `${RUN} contested`);
	await drag(page, SHARE, 1.9);

	// Meanwhile a colleague saves version 2.
	const theirs = await updateScenario(baseURL, id, {
		version: 1,
		inputs: { trainingBudgetShare: 3 },
		author: 'Rekan'
	});
	assert.equal(theirs.version, 2);

	await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
	const dialog = page.locator('[data-testid="conflict-dialog"]');
	await dialog.waitFor();
	assert.match(await dialog.innerText(), /Someone else changed this scenario/);
	assert.match(await dialog.innerText(), /at version 1.*saved version 2.* by Rekan/s);
	const stored = await getScenario(baseURL, id);
	assert.equal(stored.version, 2, 'not overwritten');
	assert.deepEqual(stored.inputs, kept({ trainingBudgetShare: 3 }));
	assert.equal(await share(page), '1.9', 'my changes are still on screen');

	// Escape keeps everything as it is.
	await page.keyboard.press('Escape');
	await dialog.waitFor({ state: 'detached' });
	assert.equal(await share(page), '1.9');
	await unsavedMark(page).waitFor();

	// Save mine as a copy: theirs stays, mine is a new scenario.
	await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
	await dialog.getByRole('button', { name: 'Save mine as a copy' }).click();
	const nameDialog = page.locator('[data-testid="name-dialog"]');
	await nameDialog.waitFor();
	assert.equal(await nameDialog.getByLabel('Name').inputValue(), `${RUN} contested (copy)`);
	await nameDialog.getByRole('button', { name: 'Save' }).click();
	await waitForStatus(page, /Saved as/);
	const copyId = (await scenarioId(page))!;
	assert.notEqual(copyId, id);
	assert.deepEqual((await getScenario(baseURL, copyId)).inputs, kept({ trainingBudgetShare: 1.9 }));
	assert.deepEqual((await getScenario(baseURL, id)).inputs, kept({ trainingBudgetShare: 3 }));

	// Another stale save, this time loading theirs.
	await updateScenario(baseURL, copyId, { version: 1, inputs: { trainingBudgetShare: 4 } });
	await drag(page, SHARE, 0.5);
	await bar(page).getByRole('button', { name: 'Save', exact: true }).click();
	await dialog.getByRole('button', { name: 'Load their version' }).click();
	await dialog.waitFor({ state: 'detached' });
	await waitForAddress(page, 'i.trainingBudgetShare=4');
	assert.equal(await share(page), '4');
	assert.equal(await unsavedMark(page).count(), 0);
	assert.equal((await getScenario(baseURL, copyId)).version, 2, 'loading theirs writes nothing');
});

test('a link made before someone else saved does not overwrite their version', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, SHARE, 1.3);
	const id = await saveAs(page, `${RUN} shared`);
	await drag(page, SHARE, 1.8);
	await waitForAddress(page, `id=${id}&rev=1&i.trainingBudgetShare=1.8`);
	const link = page.url();
	await updateScenario(baseURL, id, { version: 1, inputs: { trainingBudgetShare: 2.5 } });

	// The link opened later (a reload, a colleague): their version 2 is on the server.
	const later = await page.context().newPage();
	await openPlanner(later, `${link}&lang=en`);
	assert.match(
		await later.locator('[data-testid="link-notices"]').innerText(),
		/made from version 1 of .*saved again since \(version 2/
	);
	assert.equal(await share(later), '1.8', 'the link’s inputs are shown');
	await unsavedMark(later).waitFor();
	await bar(later).getByRole('button', { name: 'Save', exact: true }).click();
	const dialog = later.locator('[data-testid="conflict-dialog"]');
	await dialog.waitFor();
	assert.match(await dialog.innerText(), /at version 1.*saved version 2/s);
	const stored = await getScenario(baseURL, id);
	assert.equal(stored.version, 2, 'not overwritten');
	assert.deepEqual(stored.inputs, kept({ trainingBudgetShare: 2.5 }));
});

test('deleting asks for confirmation first', async ({ page, baseURL }) => {
	const doomed = await createScenario(baseURL, {
		name: `${RUN} doomed`,
		inputs: { trainingBudgetShare: 2 }
	});
	await openPlanner(page, `${baseURL}/?lang=en`);
	await openList(page);
	await search(page, `${RUN} doomed`, 1);
	const remove = page.getByRole('button', { name: `Delete ${RUN} doomed` });

	await remove.click();
	const dialog = page.locator('[data-testid="delete-dialog"]');
	await dialog.waitFor();
	assert.match(await dialog.innerText(), /will be deleted from the server for everyone/);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await dialog.waitFor({ state: 'detached' });
	assert.equal((await getScenario(baseURL, doomed.id)).version, 1, 'cancel keeps it');
	assert.ok(await remove.evaluate((el) => el === document.activeElement), 'focus comes back');

	await remove.click();
	await dialog.waitFor();
	await page.keyboard.press('Escape');
	await dialog.waitFor({ state: 'detached' });
	assert.equal((await getScenario(baseURL, doomed.id)).version, 1, 'Escape keeps it');

	await remove.click();
	await dialog.getByRole('button', { name: 'Yes, delete' }).click();
	await waitForStatus(page, /deleted/);
	const gone = await fetch(`${baseURL}/api/scenarios/${doomed.id}`);
	assert.equal(gone.status, 404);
	await search(page, `${RUN} doomed`, 0);
});

test('a downloaded JSON file imported again restores the inputs', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, SHARE, 2.2);
	await drag(page, /Training coverage — Bidang Aset/, 75);
	await saveAs(page, `${RUN} exported`);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		bar(page).getByRole('button', { name: 'Download JSON' }).click()
	]);
	assert.equal(
		download.suggestedFilename(),
		`ipasn-bpkad-kota-bontang-${slug(`${RUN} exported`)}-${isoDate(new Date())}.json`
	);
	const path = await download.path();
	const file = JSON.parse(readFileSync(path, 'utf8'));
	assert.deepEqual(file, {
		schemaVersion: SCHEMA_VERSION,
		modelVersion: '1.0.0',
		name: `${RUN} exported`,
		description: '',
		seed: 20210,
		inputs: kept({ trainingBudgetShare: 2.2, 'coverage.aset': 75 })
	});

	await drag(page, SHARE, 0.4);
	await page.locator('[data-testid="import-file"]').setInputFiles(path);
	const replace = page.locator('[data-testid="replace-dialog"]');
	await replace.waitFor();
	const before = await latestRequest(page);
	await replace.getByRole('button', { name: 'Replace with the file' }).click();
	await waitForProjection(page, before);
	assert.equal(await share(page), '2.2');
	assert.equal(
		await page.getByRole('slider', { name: /Training coverage — Bidang Aset/ }).inputValue(),
		'75'
	);
	await waitForStatus(page, /loaded on screen; not yet saved/);
	assert.equal(await scenarioId(page), '', 'an imported file is a new, unsaved scenario');
	assert.equal(await page.locator('[data-testid="scenario-name"]').innerText(), `${RUN} exported`);
	await waitForAddress(page, 'i.trainingBudgetShare=2.2&i.coverage.aset=75');
});

test('a bad JSON file shows why and changes nothing', async ({ page, baseURL }) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	await drag(page, SHARE, 1.4);
	await waitForAddress(page, 'i.trainingBudgetShare=1.4');
	const address = page.url();
	const file = page.locator('[data-testid="import-file"]');
	const problem = page.locator('[data-testid="scenario-problem"]');

	await file.setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				schemaVersion: 1,
				modelVersion: '1.0.0',
				seed: 1,
				inputs: { trainingBudgetShare: 1, 'coverage.anggaran': 120 },
				extra: true
			})
		)
	});
	await problem.waitFor();
	const text = await problem.innerText();
	assert.match(text, /The file "bad\.json" cannot be imported; nothing on screen changed/);
	assert.match(text, /inputs\.coverage\.anggaran must be between 0 and 100; got 120/);
	assert.match(text, /extra: unknown field; remove it/);
	assert.equal(await share(page), '1.4');
	assert.equal(page.url(), address);

	await file.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('this is not json')
	});
	await problem.filter({ hasText: 'notes.json' }).waitFor();
	assert.match(await problem.innerText(), /not valid JSON/);
	assert.equal(await share(page), '1.4');
	assert.equal(page.url(), address);
});

test('a link that cannot be opened says why and shows the status quo', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const statusQuo = await kpiIndex(page);
	const notices = page.locator('[data-testid="link-notices"]');

	const newer = SCHEMA_VERSION + 1;
	await openPlanner(page, `${baseURL}/?lang=en&v=9.0.0&s=${newer}&i.trainingBudgetShare=2`);
	assert.match(
		await notices.innerText(),
		new RegExp(`newer version of the simulator \\(format ${newer}\\)`)
	);
	assert.equal(await kpiIndex(page), statusQuo);

	await openPlanner(page, `${baseURL}/?lang=en&v=1.0.0&s=1&i.coverage.anggaran=120`);
	assert.match(await notices.innerText(), /i\.coverage\.anggaran must be between 0 and 100/);
	assert.equal(await kpiIndex(page), statusQuo);

	// Another model version opens, with a notice; an old-format link is migrated.
	await openPlanner(page, `${baseURL}/?lang=en&v=0.9.0&s=1&i.trainingBudgetShare=1.5`);
	assert.match(await notices.innerText(), /model version 0\.9\.0.*numbers may differ/);
	assert.equal(await share(page), '1.5');
	await openPlanner(page, `${baseURL}/?lang=en&share=0.015`);
	assert.equal(await share(page), '1.5');
	// Migrated links keep the planning years of their day (2023, target 2026, to 2030).
	const { firstPlanningYear, targetYear, endYear } = SCHEMA1_YEAR_DEFAULTS;
	await waitForAddress(
		page,
		`v=1.0.0&s=${SCHEMA_VERSION}&i.trainingBudgetShare=1.5&i.firstPlanningYear=${firstPlanningYear}&i.endYear=${endYear}&i.targetYear=${targetYear}`
	);
});

test('the scenario tools have no serious accessibility violations', async ({ page, baseURL }) => {
	const saved = await createScenario(baseURL, { name: `${RUN} axe`, inputs: {} });
	for (const lang of ['id', 'en']) {
		await openPlanner(page, `${baseURL}/?lang=${lang}&id=${saved.id}`);
		await bar(page).locator('button[aria-controls]').click();
		await page.locator('[data-testid="scenario-row"]').first().waitFor();
		let violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
		await bar(page).locator('.actions button').nth(1).click();
		await page.locator('[data-testid="name-dialog"]').waitFor();
		violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="name-dialog"]').waitFor({ state: 'detached' });
	}
});
