/**
 * A custom response curve in a real browser, from the planner and from the decision page:
 * a bad formula shows its error and changes nothing; a good one, applied, moves the headline
 * index, travels in the address (reload, share link, goal seek's planner link) and can be
 * taken back. A link with a formula that does not compile opens the status quo and says why.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe, useApp } from './harness';
import { andProjection, kpiIndex as kpiText, openPlanner } from './plannerPage';

const test = useApp();
const PARAM = 'i.technicalResponseCurve';
/** A plan with enough technical training for the curve to matter. */
const PLAN = 'i.trainingBudgetShare=2&i.coverage=60';
const kpiIndex = async (page: Page) => Number(await kpiText(page));

/** Opens the assumptions group of training effects and the curve editor in it. */
async function openCurveEditor(page: Page): Promise<void> {
	await page.locator('details.group summary', { hasText: 'Training effects' }).click();
	await page.getByTestId('formula-edit').click();
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
}

test('from the planner: a bad formula changes nothing, a good one moves the index and stays in the address', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en&${PLAN}`);
	const builtIn = await kpiIndex(page);
	await openCurveEditor(page);
	const field = page.getByRole('textbox', { name: 'Response curve formula (variable jp)' });
	const apply = page.getByRole('button', { name: 'Apply to projections' });
	assert.equal(await field.inputValue(), 'min(1, jp / 32)');
	assert.equal(await apply.isDisabled(), true, 'the curve in use needs no applying');

	// Infinite at jp = 0: the compile finds it, the button stays off, nothing moves.
	await field.fill('1 / jp');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="false"]');
	assert.match(await page.getByTestId('curve-status').innerText(), /At jp = 0/);
	assert.equal(await apply.isDisabled(), true);
	await field.press('Enter');
	assert.equal(new URL(page.url()).searchParams.has(PARAM), false);
	assert.equal(await kpiIndex(page), builtIn);

	// Training that buys no performance: the index falls.
	await field.fill('0');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await andProjection(page, () => apply.click());
	const none = await kpiIndex(page);
	assert.ok(none < builtIn, `a curve of 0 lowers the index: ${builtIn} → ${none}`);
	await page.waitForFunction(
		(param) => new URL(location.href).searchParams.get(param) === '0',
		PARAM
	);
	assert.match(await page.getByTestId('formula-current').innerText(), /Curve in use: 0/);
	assert.match(await page.getByTestId('curve-in-use').innerText(), /your own curve: 0/);

	// The address carries it: a reload projects the same on the server.
	await openPlanner(page, page.url());
	assert.equal(await kpiIndex(page), none);
	// In the closed group: its summary counts the change.
	assert.match((await page.getByTestId('formula-current').textContent()) ?? '', /Curve in use: 0/);
	await page.locator('details.group summary', { hasText: 'Training effects' }).click();
	assert.match(await page.getByTestId('formula-current').innerText(), /Curve in use: 0/);

	// Reset (the control's own reset button) goes back to the built-in curve.
	await andProjection(page, () =>
		page.getByRole('button', { name: 'Reset Technical training response curve' }).click()
	);
	assert.equal(await kpiIndex(page), builtIn);
	await page.waitForFunction((param) => !new URL(location.href).searchParams.has(param), PARAM);
});

test('from the decision page: an applied curve is in the goal seek’s planner link', async ({
	page,
	baseURL
}) => {
	await page.goto(`${baseURL}/decide?lang=en`);
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	const field = page.getByRole('textbox', { name: 'Response curve formula (variable jp)' });
	await field.fill('jp >= 20 ? 1 : jp / 20');
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await page.getByRole('button', { name: 'Apply to projections' }).click();
	await page.waitForFunction(
		(param) => new URL(location.href).searchParams.get(param) === 'jp >= 20 ? 1 : jp / 20',
		PARAM
	);
	await page
		.getByTestId('curve-in-use')
		.filter({ hasText: 'your own curve: jp >= 20 ? 1 : jp / 20' })
		.waitFor();

	// Opened afresh with the curve in its address, the page loads the compiler before it shows
	// the optimiser and the rotation plan, which resolve the scenario in the page itself.
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.reload();
	await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
	await page.getByTestId('rotation-table').waitFor();
	await page.getByTestId('optimiser-run').click();
	await page.getByTestId('optimiser-result').waitFor({ timeout: 60_000 });
	assert.deepEqual(errors, []);

	await page.locator('[data-testid="goal-form"] button[type="submit"]').click();
	await page.getByTestId('goal-share').waitFor({ timeout: 60_000 });
	const href = await page
		.getByRole('link', { name: 'Open in planner', exact: true })
		.getAttribute('href');
	assert.ok(href);
	assert.equal(new URL(href, baseURL).searchParams.get(PARAM), 'jp >= 20 ? 1 : jp / 20');
	await openPlanner(page, new URL(href, baseURL).href);
	assert.match(
		(await page.getByTestId('formula-current').textContent()) ?? '',
		/Curve in use: jp >= 20 \? 1 : jp \/ 20/
	);
});

test('a link whose formula does not compile opens the status quo and says why', async ({
	page,
	baseURL
}) => {
	await openPlanner(page, `${baseURL}/?lang=en`);
	const statusQuo = await kpiIndex(page);
	await openPlanner(page, `${baseURL}/?lang=en&${PLAN}&${PARAM}=${encodeURIComponent('1 / jp')}`);
	const notice = await page.getByTestId('link-notices').innerText();
	assert.match(notice, /i\.technicalResponseCurve is not a usable formula: At jp = 0/);
	assert.equal(await kpiIndex(page), statusQuo);

	await page.goto(`${baseURL}/decide?lang=en&${PARAM}=${encodeURIComponent('2')}`);
	assert.match(
		await page.getByRole('alert').first().innerText(),
		/i\.technicalResponseCurve is not a usable formula: At jp = 0 the value is 2/
	);
});

test('the curve editor in the planner is accessible in both languages', async ({
	page,
	baseURL
}) => {
	for (const lang of ['id', 'en'] as const) {
		await openPlanner(page, `${baseURL}/?lang=${lang}`);
		await page
			.locator('details.group summary', {
				hasText: lang === 'en' ? 'Training effects' : 'Efek pelatihan'
			})
			.click();
		await page.getByTestId('formula-edit').click();
		await page.waitForSelector('[data-testid="curve-status"][data-valid="true"]');
		await page.getByTestId('curve-formula').fill('jp +');
		await page.waitForSelector('[data-testid="curve-status"][data-valid="false"]');
		const violations = await runAxe(page);
		assert.deepEqual(violations, [], `${lang}:\n${describeViolations(violations)}`);
	}
});
