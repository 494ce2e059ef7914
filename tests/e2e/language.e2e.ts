/**
 * The language fixes of issue 13 in a real browser: a share link opens as "dari tautan", not
 * as unsaved work, until it is edited; a server failure reaches the Indonesian page in
 * Indonesian (its code translated, never the raw English JSON); a page that does not exist
 * says so in the page's language; the decision-support link looks like an action; the
 * planner's source notes follow the language.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';
import { describeViolations, runAxe, useApp } from './harness';
import { drag, openPlanner } from './plannerPage';

const DATABASE_DIR = mkdtempSync(join(tmpdir(), 'ipasn-language-e2e-'));
process.env.DATABASE_PATH = join(DATABASE_DIR, 'e2e.db');
delete process.env.PLANNER_TOKEN;

const test = useApp();
after(() => rmSync(DATABASE_DIR, { recursive: true, force: true }));

const SHARE_ID = INPUT_SPECS.find((s) => s.id === 'trainingBudgetShare')!.label.id;

test('a shared link opens as "dari tautan"; once edited it is unsaved work', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?i.trainingBudgetShare=1.2`);
	const bar = page.locator('[data-testid="scenario-bar"]');
	await bar.locator('[data-testid="link-mark"]').waitFor();
	assert.equal(await bar.locator('[data-testid="link-mark"]').innerText(), 'dari tautan');
	assert.equal(await bar.locator('[data-testid="unsaved-mark"]').count(), 0);
	assert.equal(
		await bar.locator('[data-testid="scenario-name"]').innerText(),
		'Skenario dari tautan'
	);
	assert.doesNotMatch(await bar.innerText(), /belum disimpan/);

	await drag(page, new RegExp(`^${SHARE_ID}$`), 1.5);
	await bar.locator('[data-testid="unsaved-mark"]').waitFor();
	assert.equal(await bar.locator('[data-testid="link-mark"]').count(), 0);
	assert.match(await bar.innerText(), /belum disimpan/);
});

test('a server failure is said in Indonesian, from its error code', async ({ page, baseURL }) => {
	const english = 'The database is busy; nothing was changed. Try again.';
	await page.route('**/api/scenarios', (route) =>
		route.request().method() === 'POST'
			? route.fulfill({
					status: 503,
					contentType: 'application/json',
					body: JSON.stringify({ error: 'busy', message: english })
				})
			: route.continue()
	);
	await openPlanner(page, `${baseURL}/?i.trainingBudgetShare=1.2`);
	await page.getByRole('button', { name: 'Simpan sebagai…' }).click();
	const dialog = page.locator('[data-testid="name-dialog"]');
	await dialog.getByLabel('Nama').fill('Uji bahasa');
	await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
	const problem = page.locator('[data-testid="scenario-problem"]');
	await problem.waitFor();
	const text = await problem.innerText();
	assert.match(text, /Basis data sedang sibuk/);
	assert.doesNotMatch(text, /database is busy|"error"|\{/, text);
});

test('a page that does not exist says so in the page’s language', async ({ page, baseURL }) => {
	for (const [query, words] of [
		['', /Halaman ini tidak ada/],
		['?lang=en', /This page does not exist/]
	] as const) {
		const response = await page.goto(`${baseURL}/no-such-page${query}`);
		assert.equal(response?.status(), 404);
		assert.match(await page.locator('[data-testid="error-message"]').innerText(), words);
		assert.doesNotMatch(await page.locator('main').innerText(), /Not Found/);
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], describeViolations(violations));
	}
});

test('the decision-support link is drawn as an action, and the planner’s sources follow the language', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const link = page.getByRole('link', { name: /Decision support for this scenario/ });
	const look = await link.evaluate((a) => {
		const style = getComputedStyle(a);
		return {
			border: style.borderTopWidth,
			decoration: style.textDecorationLine,
			display: style.display
		};
	});
	assert.deepEqual(look, { border: '1px', decoration: 'none', display: 'inline-block' });

	const sources = await page.locator('details.source p:first-of-type').allTextContents();
	assert.ok(sources.length > 0, 'the planner shows source notes');
	const english = new Set(INPUT_SPECS.map((s) => s.source.en));
	for (const source of sources) assert.ok(english.has(source), `English source: ${source}`);
	assert.ok(
		sources.some((s) => /0\.69 % \(2022\)/.test(s)),
		'numbers in English format'
	);
});
